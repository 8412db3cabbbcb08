// The share and embed panel, loaded by page.js the first time a reader opens it: a link to
// this exact view, and the code that puts the view in an article, pinned (every parameter with
// a default named) so a later change of an incident's defaults leaves published embeds alone.
// The view's pinned link and the panel's words come from the widget (src/view/share_panel.rs).

const THEMES = ["auto", "light", "dark"];

export function open(details) {
  if (details.querySelector(".share-body")) return;
  const [linkLabel, copyLink, copiedLink, options, language, theme, ...rest] = details.dataset.words.split("\u001f");
  const [auto, light, dark, compact, fixedHeight, iframeLabel, scriptLabel, copyCode, copiedCode, preview] = rest;
  const folder = new URL(".", location.href).href;
  const pinned = new URLSearchParams(details.dataset.pinned);
  const choices = { lang: pinned.get("lang"), theme: pinned.get("theme"), compact: true, height: "" };
  const body = element("div", { class: "share-body" });
  const status = element("p", { class: "copied", role: "status" });
  const copyButton = (text, said) =>
    button(text, async (source) => {
      await navigator.clipboard.writeText(source());
      status.textContent = said;
    });
  const link = element("input", { type: "url", readonly: "", lang: "zxx", value: location.href });
  const codes = [iframeLabel, scriptLabel].map(() => element("textarea", { readonly: "", rows: "4", lang: "zxx", translate: "no" }));
  const frame = element("iframe", { title: preview, loading: "lazy" });
  const update = () => {
    const url = viewUrl(folder, pinned, choices);
    const title = attribute(details.dataset.title);
    const script = `<script src="${attribute(folder)}embed.js" async></script>`;
    const height = choices.height ? Number(choices.height) : 600;
    codes[0].value =
      `<iframe src="${attribute(url)}" title="${title}" loading="lazy" style="display:block;width:100%;height:${height}px;border:0"></iframe>` +
      (choices.height ? "" : script);
    codes[1].value = `<div data-demarche="${attribute(url)}" data-demarche-title="${title}"></div>${script}`;
    frame.src = url;
  };
  const choose = (control, key, read = (target) => target.value) => {
    control.addEventListener("change", (event) => {
      choices[key] = read(event.target);
      update();
    });
    return control;
  };
  body.append(
    field(linkLabel, link),
    copyButton(copyLink, copiedLink)(() => location.href),
    element("fieldset", { class: "share-options" }, [
      element("legend", {}, [options]),
      // Each language named in itself, and marked so: "Čeština" is read in Czech.
      field(language, choose(select([["en", "English", "en"], ["cs", "Čeština", "cs"]], choices.lang), "lang")),
      field(theme, choose(select(THEMES.map((id, at) => [id, [auto, light, dark][at]]), choices.theme), "theme")),
      element("label", { class: "check" }, [
        choose(element("input", { type: "checkbox", checked: "" }), "compact", (target) => target.checked),
        ` ${compact}`,
      ]),
      field(fixedHeight, choose(element("input", { type: "number", min: "200", max: "5000", step: "10" }), "height")),
    ]),
    ...codes.map((code, at) =>
      element("div", { class: "embed-code" }, [field([iframeLabel, scriptLabel][at], code), copyButton(copyCode, copiedCode)(() => code.value)]),
    ),
    status,
    element("figure", { class: "share-preview" }, [element("figcaption", {}, [preview]), frame]),
  );
  update();
  details.append(body);
}

/** The page to frame, written by the build to paint this language and presentation from the
 *  start (cs.html, embed.html, embed-cs.html), with the view as the editor chose. */
function viewUrl(folder, pinned, { lang, theme, compact }) {
  const query = new URLSearchParams(pinned.toString());
  query.set("lang", lang);
  query.set("theme", theme);
  if (compact) query.set("embed", "compact");
  else query.delete("embed");
  const page = compact ? (lang === "cs" ? "embed-cs.html" : "embed.html") : lang === "cs" ? "cs.html" : "";
  return `${folder}${page}?${query}`;
}

const attribute = (text) => text.replaceAll("&", "&amp;").replaceAll('"', "&quot;").replaceAll("<", "&lt;");

function element(name, attributes = {}, children = []) {
  const node = document.createElement(name);
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, value);
  node.append(...children);
  return node;
}

function field(label, control) {
  return element("label", { class: "field" }, [element("span", {}, [label]), control]);
}

function select(options, chosen) {
  return element(
    "select",
    {},
    options.map(([value, label, lang]) => {
      const option = element("option", lang ? { value, lang } : { value }, [label]);
      option.selected = value === chosen;
      return option;
    }),
  );
}

/** A button that runs `act` with the text it is given when pressed; curried so the text can
 *  be read at the moment of the press. */
function button(label, act) {
  return (source) => {
    const node = element("button", { type: "button" }, [label]);
    node.addEventListener("click", () => act(source));
    return node;
  };
}
