let extras;

function load() {
  extras ??= Promise.all([
    import(new URL("demarche-extras.js", document.baseURI).href).then(async (module) => {
      await module.default();
      return module;
    }),
    styled(),
  ]).then(([module]) => module);
  extras.catch(() => (extras = undefined));
  return extras;
}

function styled() {
  const linked = document.getElementById("demarche-parts");
  if (!linked) return Promise.resolve();
  const sheet = linked.cloneNode();
  sheet.removeAttribute("disabled");
  return new Promise((resolve, reject) => {
    sheet.onload = resolve;
    sheet.onerror = reject;
    linked.replaceWith(sheet);
  });
}

export function prefetch(compareLang) {
  load()
    .then((module) => {
      const catalogue = document.getElementById("demarche")?.dataset.catalogue;
      if (compareLang && catalogue) module.read_ahead(catalogue, compareLang);
    })
    .catch(() => {});
}

export async function mount(element, catalogue, query, pageLang, part, print, onLink) {
  return (await load()).mount(element, catalogue, query, pageLang, part, print, onLink);
}

export function update(handle, query) {
  handle.update(query);
}

export function unmount(handle) {
  handle.unmount();
}

export function whenIdle(then, soon) {
  if (window.requestIdleCallback) window.requestIdleCallback(() => then(), { timeout: soon ? 200 : 4000 });
  else setTimeout(then, soon ? 0 : 1500);
}
