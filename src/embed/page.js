// Runs before the page is drawn (a plain script in <head>, no module), so a dark embed is dark
// from its first paint: the theme, accent colour and typeface a link asks for (?theme=,
// ?accent=, ?font=), switched at run time by the page that frames the widget and by no one
// else; inside a frame, the widget's height told to that page whenever it changes; and the
// share panel's code, fetched when it is about to be opened; and should the widget crash, the
// panel that says so.
(() => {
  const root = document.documentElement;
  const look = ({ theme, accent, font }) => {
    if (["auto", "light", "dark"].includes(theme)) root.dataset.theme = theme;
    // Set through the style object, which a strict Content-Security-Policy allows.
    if (accent && CSS.supports("color", accent)) root.style.setProperty("--host-accent", accent);
    if (font && CSS.supports("font-family", font)) root.style.setProperty("--host-font", font);
  };
  look(Object.fromEntries(new URLSearchParams(location.search)));
  // The share panel's code is fetched only when an editor first opens it (share.js), or points
  // at it or tabs to it just before, so that it opens at once.
  const share = () => import("./share.js");
  document.addEventListener("toggle", (event) => event.target.matches?.("details.share[open]") && share().then((share) => share.open(event.target)), true);
  const ahead = (event) => event.target.closest?.("details.share") && share().then((share) => share.prefetch(), () => {});
  for (const type of ["pointerover", "focusin"]) document.addEventListener(type, ahead, { passive: true });
  // A panic stops the widget's module at once (a trap; Makefile, WASM_STD), so this script,
  // not the module, puts the panel the build wrote (src/view/error_panel.rs) in its place.
  const crashed = (error) => {
    const host = document.getElementById("demarche");
    if (!(error instanceof WebAssembly.RuntimeError) || !host || host.dataset.crashed) return;
    const panels = [...(document.getElementById("demarche-crash")?.content.children ?? [])];
    // The link's language, as the widget reads it: one it does not know leaves the page's.
    const speaking = (lang) => panels.find((panel) => panel.lang === lang);
    const panel = speaking(new URLSearchParams(location.search).get("lang")) ?? speaking(host.dataset.lang) ?? panels[0];
    if (!panel) return;
    host.dataset.crashed = "";
    host.replaceChildren(panel.cloneNode(true));
    host.querySelector(".crash-detail").textContent = error.stack ?? String(error);
  };
  addEventListener("error", (event) => crashed(event.error));
  addEventListener("unhandledrejection", (event) => crashed(event.reason));
  if (window.parent === window) return;
  addEventListener("message", (event) => {
    if (event.source === window.parent && event.data?.demarche) look(event.data.demarche);
  });
  let reported = 0;
  new ResizeObserver(() => {
    const height = Math.ceil(root.getBoundingClientRect().height);
    if (height === reported) return;
    reported = height;
    // The height is no secret: any page may frame the widget, so any page may hear it.
    window.parent.postMessage({ demarche: { height, id: window.name || null } }, "*");
    window.parent.postMessage({ sentinel: "amp", type: "embed-size", height }, "*");
    // Where the browser sizes frames itself (CSS frame-sizing); one that has the method but
    // not the feature refuses the call, and the messages above still size the frame.
    try {
      window.requestResize?.();
    } catch {}
  }).observe(root);
})();
