let tools;

function load() {
  tools ??= import(new URL("demarche-tools.js", document.baseURI).href).then(async (module) => {
    await module.default();
    return module;
  });
  tools.catch(() => (tools = undefined));
  return tools;
}

export async function prepareOwn(url, bytes) {
  return (await load()).prepare(url, bytes);
}
