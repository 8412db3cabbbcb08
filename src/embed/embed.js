// Démarche on a host page, in a few hundred bytes and no dependencies: sizes each Démarche
// frame to its content, and turns <div data-demarche="https://…/?view"> into such a frame.
// It listens only to its own frames on this page, from its own origin, and sends nothing.
(() => {
  // A frame without its own title is named in its view's language (cs.html or ?lang=cs).
  const TITLES = {
    en: "Démarche: who answered a state-attributed cyber attack, and how",
    cs: "Démarche: kdo a\u00a0jak reagoval na kybernetický útok připsaný státu",
  };
  const language = (url) => url.searchParams.get("lang") ?? (url.pathname.endsWith("/cs.html") ? "cs" : "en");
  // The widget's origin is this script's: a message from anywhere else is not Démarche's.
  const WIDGET = new URL(document.currentScript?.src || location.href).origin;
  addEventListener("message", (event) => {
    const height = event.data?.demarche?.height;
    if (event.origin !== WIDGET || !Number.isFinite(height) || height <= 0 || height > 100000) return;
    for (const frame of document.getElementsByTagName("iframe")) {
      if (frame.contentWindow === event.source) frame.style.height = `${height}px`;
    }
  });
  const mount = () => {
    for (const holder of document.querySelectorAll("div[data-demarche]:not([data-demarche-frame])")) {
      const frame = document.createElement("iframe");
      frame.src = holder.dataset.demarche;
      frame.title = holder.dataset.demarcheTitle || TITLES[language(new URL(frame.src))] || TITLES.en;
      frame.loading = "lazy";
      frame.style.cssText = "display:block;width:100%;height:37.5rem;border:0";
      holder.dataset.demarcheFrame = "";
      holder.append(frame);
    }
  };
  if (document.readyState === "loading") addEventListener("DOMContentLoaded", mount);
  else mount();
})();
