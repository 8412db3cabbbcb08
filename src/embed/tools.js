// The widget's way to its tools module (src/bin/demarche-tools.rs), which the first load does
// not carry: imported on first need, once, from beside the page. wasm-bindgen copies this file
// into the build's snippets; the widget calls it when a reader opens a file of their own.

let tools;

function load() {
  tools ??= import(new URL("demarche-tools.js", document.baseURI).href).then(async (module) => {
    await module.default();
    return module;
  });
  // A failed import is tried again the next time (Try again in the panel).
  tools.catch(() => (tools = undefined));
  return tools;
}

/** The errors of a reader's own (packed) incident file, as `demarche check` prints them. */
export async function checkOwn(url, bytes) {
  return (await load()).check(url, bytes);
}
