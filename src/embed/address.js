import { whenIdle } from "./extras.js";

export function writeAddress(query, replace) {
  document.getElementById("demarche").dataset.link = query;
  whenIdle(() => {
    if (location.search === query) return;
    const url = location.pathname + query + location.hash;
    if (replace || window.top !== window) history.replaceState(null, "", url);
    else history.pushState(null, "", url);
  }, true);
}
