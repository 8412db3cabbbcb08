// The share and embed panel, loaded by page.js the first time a reader opens it: a link to
// this exact view, the code that puts it in an article, and downloads of what it shows. What
// the view shows comes from the core's export model (view_model::Export), made by the panel's
// own WebAssembly module (src/bin/demarche-tools.rs) from the view's link, which the widget
// keeps in the address bar: the same rows, paints and key the screen is drawn from, in every
// mode and for a reader's own file — never read back from the page. This file only formats
// them. Links are pinned (every parameter with a default named, the incident always) so a
// published link or embed keeps showing what it showed. The panel's words come from the
// widget (src/view/share_panel.rs), like every other string.

const THEMES = ["auto", "light", "dark"];

/** The panel's module (src/bin/demarche-tools.rs), fetched once, when the panel is about to
 *  open (page.js) or opens. */
let module;
const exporter = () =>
  (module ??= import("./demarche-tools.js").then(async (exporter) => {
    await exporter.default();
    return exporter;
  }));

/** The editor points at the panel's summary or tabs to it. A failure here is forgotten: opening
 *  the panel fetches again and says what went wrong. */
export function prefetch() {
  exporter().catch(() => (module = undefined));
  styled();
}

/** The panel's styles (styles/share.css, copied beside this file), linked once. Settles either
 *  way: a panel without its styles still works, and a sheet that failed goes, so that the next
 *  opening links it afresh. */
let styles;
function styled() {
  styles ??= new Promise((settle) => {
    const sheet = element("link", { rel: "stylesheet", href: new URL("share.css", import.meta.url).href });
    sheet.onload = settle;
    sheet.onerror = () => {
      sheet.remove();
      styles = undefined;
      settle();
    };
    document.head.append(sheet);
  });
  return styles;
}

/** The model of what is on screen now: the view's link read by the core, as the widget read it
 *  (the page's own presentation first, as src/bin/demarche/widget.rs does). */
async function screen() {
  const root = document.getElementById("demarche");
  // The view's link as the widget last wrote it on its root (src/embed/address.js): the address
  // follows only once the browser is idle after the frame that drew the view.
  const query = `?${root.dataset.query ?? ""}&${(root.dataset.link ?? location.search).slice(1)}`;
  const catalogue = new URL(root.dataset.catalogue, location.href).href;
  return JSON.parse(await (await exporter()).screen(catalogue, query, root.dataset.lang ?? "en"));
}

export async function open(details) {
  if (details.refresh) return details.refresh();
  details.refresh = () => {};
  const lang = details.closest(".demarche-app")?.lang ?? "en";
  let words;
  try {
    words = JSON.parse((await exporter()).words(lang));
  } catch (problem) {
    // Opening the panel again tries again.
    module = undefined;
    details.refresh = undefined;
    return details.append(failure(details, problem));
  }
  const folder = new URL(".", location.href).href;
  const choices = { lang, theme: new URLSearchParams(location.search).get("theme") ?? "auto", compact: true, height: "" };
  let model = { link: "", embed_titles: { en: "", cs: "" } };
  const body = element("div", { class: "share-body" });
  const status = element("p", { class: "copied", role: "status" });
  const copyButton = (text, said, source) =>
    button(text, async () => {
      await navigator.clipboard.writeText(source());
      status.textContent = said;
    });
  const link = element("input", { type: "url", readonly: "", lang: "zxx" });
  const codes = [0, 1].map(() => element("textarea", { readonly: "", rows: "4", lang: "zxx", translate: "no" }));
  const frame = element("iframe", { title: words.preview, loading: "lazy" });
  const downloads = element("section", { class: "downloads" });
  const update = () => {
    link.value = viewUrl(folder, model.link, { lang, theme: choices.theme, compact: false });
    const url = viewUrl(folder, model.link, choices);
    // Called in the embedded view's language, which may not be the page's.
    const title = attribute(model.embed_titles[choices.lang]);
    const script = `<script src="${attribute(folder)}embed.js" async></script>`;
    const height = choices.height ? Number(choices.height) : 600;
    codes[0].value =
      `<iframe src="${attribute(url)}" title="${title}" loading="lazy" style="display:block;width:100%;height:${height}px;border:0"></iframe>` +
      (choices.height ? "" : script);
    codes[1].value = `<div data-demarche="${attribute(url)}" data-demarche-title="${title}"></div>${script}`;
    if (frame.src !== url) frame.src = url;
  };
  const choose = (control, key, read = (target) => target.value) => {
    control.addEventListener("change", (event) => {
      choices[key] = read(event.target);
      update();
    });
    return control;
  };
  body.append(
    field(words.linkLabel, link),
    copyButton(words.copyLink, words.copiedLink, () => link.value),
    element("fieldset", { class: "share-options" }, [
      element("legend", {}, [words.options]),
      // Each language named in itself, and marked so: "Čeština" is read in Czech.
      field(words.language, choose(select([["en", "English", "en"], ["cs", "Čeština", "cs"]], choices.lang), "lang")),
      field(words.theme, choose(select(THEMES.map((id) => [id, words[id]]), choices.theme), "theme")),
      element("label", { class: "check" }, [
        choose(element("input", { type: "checkbox", checked: "" }), "compact", (target) => target.checked),
        ` ${words.compact}`,
      ]),
      field(words.fixedHeight, choose(element("input", { type: "number", min: "200", max: "5000", step: "10" }), "height")),
    ]),
    ...codes.map((code, at) =>
      element("div", { class: "embed-code" }, [field([words.iframeLabel, words.scriptLabel][at], code), copyButton(words.copyCode, words.copiedCode, () => code.value)]),
    ),
    status,
    element("figure", { class: "share-preview" }, [element("figcaption", {}, [words.preview]), frame]),
    downloads,
  );
  // Each opening shows the view as it is now: the reader may have filtered since.
  details.refresh = async () => {
    downloads.setAttribute("aria-busy", "true");
    try {
      model = await screen();
      update();
      downloads.replaceChildren(...downloadSection(details, model, words));
    } catch (problem) {
      downloads.replaceChildren(failure(details, problem));
    }
    downloads.removeAttribute("aria-busy");
  };
  // The panel appears with the view's link and files ready, and styled, not before.
  await Promise.all([details.refresh(), styled()]);
  details.append(body);
}

/** What went wrong, said in the panel. */
function failure(details, problem) {
  details.querySelector(".share-failed")?.remove();
  return element("p", { class: "share-failed", role: "alert" }, [`${details.dataset.failed} ${problem?.message ?? problem}`]);
}

/** Downloads of what the view shows, made here in the browser (no server): its rows as CSV and
 *  JSON, and, where the view has a map, the map as SVG and PNG with its key, the states not
 *  drawn on it, a title and the model's line to cite. */
function downloadSection(details, model, words) {
  const app = details.closest(".demarche-app");
  const name = (extension) => `${model.file_stem}.${extension}`;
  const records = () => model.rows.map((row) => Object.fromEntries(model.columns.map((column, at) => [column, row[at]])));
  const buttons = [
    button(words.csvLabel, () => save(name("csv"), "text/csv", model.csv)),
    button(words.jsonLabel, () =>
      save(name("json"), "application/json", JSON.stringify({ view: model.address, title: model.title, incidents: model.incidents, rows: records() }, null, 2)),
    ),
  ];
  // The comparison's coalition table, as the reader's relation counts it.
  if (model.coalitions) {
    const { relation, csv } = model.coalitions;
    buttons.push(button(words.coalitionsLabel, () => save(`${model.file_stem}-coalitions-${relation}.csv`, "text/csv", csv)));
  }
  if (model.map) {
    buttons.push(
      button(words.svgLabel, () => save(name("svg"), "image/svg+xml", mapSvg(app, model))),
      button(words.pngLabel, async () => save(name("png"), "image/png", await png(mapSvg(app, model)))),
    );
  }
  return [
    element("h3", {}, [words.downloads]),
    element("div", { class: "download-buttons" }, buttons),
    ...(model.map ? [] : [element("p", { class: "no-picture" }, [words.noPicture])]),
    element("p", { class: "cite" }, [`${words.citeLabel}: ${model.cite}`]),
  ];
}

/** The colours of the stylesheet's variables here, in this theme. A variable's own value may
 *  be `light-dark(…)`, so each is resolved through an element's computed colour. A swatch
 *  class names its variable (`step-4` → `--step-4`); `quiet` is the bare land. */
function palette(app) {
  const probe = element("span", { hidden: "" });
  app.append(probe);
  const names = ["ink", "paper", "land", "focus", "off-ladder", "retaliation", ...[1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((step) => `step-${step}`)];
  const colours = Object.fromEntries(
    names.map((name) => {
      probe.style.color = `var(--${name})`;
      return [name, getComputedStyle(probe).color];
    }),
  );
  probe.remove();
  return { ...colours, fill: (swatch) => colours[swatch === "quiet" ? "land" : swatch] };
}

/** The map as the model paints it: a title, every state's fill, hatching and outline, the land
 *  around them, the states not drawn on this map, the key and the credit, on an opaque
 *  background in the reader's theme. */
function mapSvg(app, model) {
  const map = model.map;
  const colours = palette(app);
  const { width, height } = map;
  const line = 24;
  // Lines as long as the picture is wide, at each font's average letter width.
  const title = wrap(model.title, Math.floor((width - 16) / 10.5));
  const credit = wrap(model.cite, Math.floor((width - 16) / 6.6));
  const top = 16 + line * title.length;
  const drawn = map.states.filter((state) => state.d);
  const off = map.states.filter((state) => !state.d);
  const offAt = top + height + 16;
  const keyAt = offAt + (off.length ? line * (off.length + 1) : 0) + 8;
  const creditAt = keyAt + line * map.key.length + 16;
  const total = creditAt + 18 * credit.length;
  const svg = shape("svg", { xmlns: "http://www.w3.org/2000/svg", viewBox: `0 0 ${width} ${total}`, width, height: total, "font-family": "system-ui, sans-serif" });
  svg.append(
    shape("defs", {}, [
      shape("pattern", { id: "hatch", patternUnits: "userSpaceOnUse", width: 7, height: 7, patternTransform: "rotate(45)" }, [
        shape("line", { x1: 0, y1: 0, x2: 0, y2: 7, stroke: colours.ink, "stroke-opacity": 0.35, "stroke-width": 1.2 }),
      ]),
      shape("pattern", { id: "dots", patternUnits: "userSpaceOnUse", width: 6, height: 6 }, [shape("circle", { cx: 3, cy: 3, r: 1.3, fill: colours.ink, "fill-opacity": 0.6 })]),
    ]),
    shape("rect", { width, height: total, fill: colours.paper }),
    ...title.map((text, at) => shape("text", { x: 8, y: 26 + line * at, "font-size": 18, "font-weight": 700, fill: colours.ink }, [text])),
  );
  const canvas = shape("g", { transform: `translate(0 ${top})` }, [
    shape("g", { class: "land" }, map.land.map((d) => shape("path", { d, fill: colours.land, stroke: colours.paper, "stroke-width": 0.6 }))),
    ...drawn.map((state) => paintedShape(state, colours)),
    ...drawn.filter((state) => state.role || state.selected).map((state) => outline(state, colours)),
  ]);
  svg.append(canvas);
  if (off.length) {
    svg.append(shape("text", { x: 8, y: offAt + 13, "font-size": 14, fill: colours.ink }, [map.off_map]));
    off.forEach((state, at) => {
      const y = offAt + line * (at + 1);
      svg.append(
        swatch(8, y, state.fill, { covered: state.covered, role: state.role, code: state.code }, colours),
        shape("text", { x: 32, y: y + 13, "font-size": 14, fill: colours.ink }, [state.name]),
      );
    });
  }
  map.key.forEach((entry, at) => {
    const y = keyAt + line * at;
    const signs = { covered: entry.class === "covered", role: ["attributing", "accused"].includes(entry.class) ? entry.class : null };
    const fill = entry.number ? entry.class : signs.role || signs.covered ? "quiet" : entry.class;
    svg.append(
      swatch(8, y, fill, signs, colours),
      shape("text", { x: 32, y: y + 13, "font-size": 14, fill: colours.ink }, [[entry.number ?? entry.sign, entry.label].filter((part) => part != null).join(" ")]),
    );
  });
  credit.forEach((text, at) => svg.append(shape("text", { x: 8, y: creditAt + 18 * at, "font-size": 12, fill: colours.ink }, [text])));
  return new XMLSerializer().serializeToString(svg);
}

/** Text in lines of at most `max` characters, broken at spaces and, in an address, after each
 *  "&" (a word longer than a line keeps a line to itself). */
function wrap(text, max) {
  const lines = [""];
  for (const word of text.split(/(?<=[ &])/)) {
    if (lines.at(-1) && lines.at(-1).length + word.length > max) lines.push("");
    lines[lines.length - 1] += word;
  }
  return lines.map((text) => text.trimEnd());
}

/** A state on the map: its fill (paler when only a bloc covered it), the hatching over a
 *  covered state and the dots over the accused one, as on screen. */
function paintedShape(state, colours) {
  const parts = [shape("path", { d: state.d, fill: colours.fill(state.fill), "fill-opacity": state.covered ? 0.45 : 1, stroke: colours.paper, "stroke-width": 0.6 })];
  if (state.covered) parts.push(shape("path", { d: state.d, class: "hatch", fill: "url(#hatch)" }));
  if (state.role === "accused") parts.push(shape("path", { d: state.d, class: "dots", fill: "url(#dots)" }));
  // A state too small to find gets a marker, as on screen.
  if (state.marker) {
    const [cx, cy, r] = state.marker;
    parts.push(shape("circle", { class: "marker", cx, cy, r, fill: colours.fill(state.fill), stroke: colours.ink, "stroke-width": 1 }));
  }
  return shape("g", { "data-country": state.code, "data-fill": state.fill, "aria-label": state.label }, parts);
}

/** The attributing state's thick border, the accused state's dashed one, the selection. */
function outline(state, colours) {
  const stroke = state.selected ? colours.focus : colours.ink;
  const width = state.selected || state.role === "attributing" ? 2.5 : state.role === "accused" ? 1.5 : 1;
  const dashes = state.role === "accused" && !state.selected ? { "stroke-dasharray": "4 2" } : {};
  return shape("path", { d: state.d, class: ["outline", state.role, state.selected && "selected"].filter(Boolean).join(" "), "data-country": state.code, fill: "none", stroke, "stroke-width": width, ...dashes });
}

/** A key or off-map swatch: its fill, hatched when covered, dotted and dashed when accused,
 *  a thick border when attributing. */
function swatch(x, y, fill, { covered, role, code }, colours) {
  const box = { x, y, width: 16, height: 16 };
  const parts = [shape("rect", { ...box, fill: colours.fill(fill), "fill-opacity": covered ? 0.45 : 1 })];
  if (covered) parts.push(shape("rect", { ...box, class: "hatch", fill: "url(#hatch)" }));
  if (role === "accused") parts.push(shape("rect", { ...box, class: "dots", fill: "url(#dots)" }));
  const border = role === "attributing" ? { "stroke-width": 3 } : role === "accused" ? { "stroke-dasharray": "3 2" } : {};
  parts.push(shape("rect", { ...box, fill: "none", stroke: colours.ink, ...border }));
  return shape("g", code ? { "data-country": code, "data-fill": fill, class: "off-map" } : { class: "key" }, parts);
}

function shape(name, attributes, children = []) {
  const node = document.createElementNS("http://www.w3.org/2000/svg", name);
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, value);
  node.append(...children);
  return node;
}

/** The SVG drawn at twice its size (a data: URL, which a strict policy's img-src allows). */
async function png(svg) {
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  await image.decode();
  const canvas = element("canvas", { width: image.naturalWidth * 2, height: image.naturalHeight * 2 });
  const context = canvas.getContext("2d");
  context.scale(2, 2);
  context.drawImage(image, 0, 0);
  return new Promise((resolve) => canvas.toBlob(resolve, "image/png"));
}

function save(name, type, content) {
  const blob = content instanceof Blob ? content : new Blob([content], { type: `${type};charset=utf-8` });
  const link = element("a", { href: URL.createObjectURL(blob), download: name });
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 1000);
}

/** The page written to paint this language and presentation from the start (cs.html,
 *  embed.html, embed-cs.html), with the model's pinned view as the editor chose. */
function viewUrl(folder, pinned, { lang, theme, compact }) {
  const query = new URLSearchParams(pinned);
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

function button(label, act) {
  const node = element("button", { type: "button" }, [label]);
  node.addEventListener("click", act);
  return node;
}
