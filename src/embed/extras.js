// The widget's way to its extras module (src/bin/demarche-extras.rs): the comparison, the
// timeline, the story and the print handout, which the first load does not carry. Imported
// once, when a part is first opened or when the browser is idle (or a control that opens one is
// hovered or focused), from beside the page. wasm-bindgen copies this file into the build's
// snippets.

let extras;

function load() {
  extras ??= import(new URL("demarche-extras.js", document.baseURI).href).then(async (module) => {
    await module.default();
    return module;
  });
  // A failed import is tried again the next time (Try again in the panel).
  extras.catch(() => (extras = undefined));
  return extras;
}

/** Fetches and compiles the module ahead of need; a failure waits for the real opening. */
export function prefetch() {
  load().catch(() => {});
}

/** Draws `part` of the view `query` opens inside `element`; resolves to its handle. */
export async function mount(element, catalogue, query, pageLang, part, print, onLink) {
  return (await load()).mount(element, catalogue, query, pageLang, part, print, onLink);
}

export function update(handle, query) {
  handle.update(query);
}

export function unmount(handle) {
  handle.unmount();
}

/** Calls `then` once the browser is idle (after a moment where it cannot say). */
export function whenIdle(then) {
  if (window.requestIdleCallback) window.requestIdleCallback(() => then(), { timeout: 4000 });
  else setTimeout(then, 1500);
}
