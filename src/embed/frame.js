// Inside a frame, Démarche tells the page around it how tall it is, whenever that changes:
// one namespaced message for embed.js, AMP's embed-size message, and, where the page opted in
// (<meta name="responsive-embedded-sizing">), the browser's own requestResize().
if (window.parent !== window) {
  let reported = 0;
  const report = () => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === reported) return;
    reported = height;
    // The height is no secret: any page may frame the widget, so any page may hear it.
    window.parent.postMessage({ demarche: { height, id: window.name || null } }, "*");
    window.parent.postMessage({ sentinel: "amp", type: "embed-size", height }, "*");
    // Where the browser sizes frames itself; one that has the method but not the feature
    // refuses the call (NotAllowedError), and the messages above still size the frame.
    try {
      window.requestResize?.();
    } catch {}
  };
  new ResizeObserver(report).observe(document.documentElement);
}
