// The share and embed panel, loaded by page.js the first time a reader opens it: a link to
// this exact view, and the code that puts the view in an article, pinned (every parameter with
// a default named) so a later change of an incident's defaults leaves published embeds alone.
// The view's pinned link and the panel's words come from the widget (src/view/share_panel.rs).

const THEMES = ["auto", "light", "dark"];

export function open(details) {
  if (details.querySelector(".share-body")) return;
  const [linkLabel, copyLink, copiedLink, options, language, theme, ...rest] = details.dataset.words.split("\u001f");
  const [auto, light, dark, compact, fixedHeight, iframeLabel, scriptLabel, copyCode, copiedCode, preview, ...more] = rest;
  const [downloads, csvLabel, jsonLabel, svgLabel, pngLabel, citeLabel, versionLabel, appName] = more;
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
    downloadSection(details, { downloads, csvLabel, jsonLabel, svgLabel, pngLabel, citeLabel, versionLabel, appName }),
  );
  update();
  details.append(body);
}

/** Downloads of what the view shows, made here in the browser (no server): the data as CSV and
 *  JSON, one row per mark of the matrix (a reaction and one of its response kinds), read with
 *  the incident's JSON copy that the build writes beside its data file; and the map as SVG,
 *  with its key and a credit, and as PNG drawn from that SVG at twice its size. */
function downloadSection(details, words) {
  const app = details.closest(".demarche-app");
  const root = document.getElementById("demarche");
  const source = new URL(app.dataset.export, new URL(root.dataset.catalogue, location.href));
  const version = app.dataset.export.split(".").at(-2);
  const today = new Date().toISOString().slice(0, 10);
  let incident;
  const data = async () => (incident ??= await (await fetch(source)).json());
  const name = (extension) => `${new URLSearchParams(details.dataset.pinned).get("incident")}-${today}.${extension}`;
  const cite = element("p", { class: "cite" });
  let credit = [];
  data().then((incident) => {
    const title = incident.incident.title[app.lang] || incident.incident.title.en;
    credit = [`${words.appName}, „${title}“`, `${words.versionLabel} ${version}, ${today}, ${location.href}`];
    cite.textContent = `${words.citeLabel}: ${credit.join(", ")}`;
  });
  return element("section", { class: "downloads" }, [
    element("h3", {}, [words.downloads]),
    element("div", { class: "download-buttons" }, [
      button(words.csvLabel, async () => save(name("csv"), "text/csv", csv(await rows(await data(), app)))),
      button(words.jsonLabel, async () => save(name("json"), "application/json", JSON.stringify({ view: location.href, version, rows: await rows(await data(), app) }, null, 2))),
      button(words.svgLabel, () => save(name("svg"), "image/svg+xml", mapSvg(app, credit))),
      button(words.pngLabel, async () => save(name("png"), "image/png", await png(mapSvg(app, credit)))),
    ].map((make) => make())),
    cite,
  ]);
}

/** One row per mark of the matrix, in the matrix's order. */
function rows(incident, app) {
  const actors = new Map(incident.actors.map((actor) => [actor.id, actor]));
  const sources = new Map(incident.sources.map((source) => [source.id, source]));
  const text = (pair) => pair?.[app.lang] || pair?.en || "";
  return [...app.querySelectorAll("td.filled")].flatMap((cell) =>
    [...cell.querySelectorAll(".mark[data-reaction]")].map((mark) => {
      const reaction = incident.reactions[Number(mark.dataset.reaction)];
      const actor = actors.get(reaction.actor);
      const quote = reaction.quotes[0];
      return {
        actor: text(actor.name),
        actor_kind: actor.kind,
        state: actor.country ?? "",
        bloc: actor.speaks_for ?? "",
        date: reaction.date,
        response: cell.dataset.kind,
        summary: text(reaction.summary),
        quote: quote?.text ?? "",
        quote_lang: quote?.lang ?? "",
        sources: reaction.sources.map((id) => sources.get(id)?.url).filter(Boolean).join(" "),
      };
    }),
  );
}

/** UTF-8 with a byte order mark, so spreadsheets read the accents right. */
function csv(rows) {
  const columns = ["actor", "actor_kind", "state", "bloc", "date", "response", "summary", "quote", "quote_lang", "sources"];
  const field = (value) => `"${String(value).replaceAll('"', '""')}"`;
  return "\ufeff" + [columns, ...rows.map((row) => columns.map((column) => row[column]))].map((line) => line.map(field).join(",")).join("\r\n");
}

/** The map as drawn, its colours written into it, with its key and the credit's lines below. */
function mapSvg(app, credit) {
  const drawn = app.querySelector(".map-canvas svg");
  const [, , width, height] = drawn.getAttribute("viewBox").split(" ").map(Number);
  const copy = drawn.cloneNode(true);
  const originals = drawn.querySelectorAll("*");
  copy.querySelectorAll("*").forEach((node, at) => {
    const style = getComputedStyle(originals[at]);
    for (const property of ["fill", "stroke", "stroke-width", "font-size", "font-weight", "paint-order"]) {
      node.setAttribute(property, style.getPropertyValue(property));
    }
  });
  const svg = document.createElementNS("http://www.w3.org/2000/svg", "svg");
  const keys = [...app.querySelectorAll(".map-legend li")];
  const total = height + 24 * keys.length + 16 + 18 * credit.length;
  svg.setAttribute("xmlns", "http://www.w3.org/2000/svg");
  svg.setAttribute("viewBox", `0 0 ${width} ${total}`);
  svg.setAttribute("width", width);
  svg.setAttribute("height", total);
  svg.setAttribute("font-family", "system-ui, sans-serif");
  const background = getComputedStyle(app).backgroundColor;
  svg.append(shape("rect", { width, height: total, fill: background }), copy);
  copy.setAttribute("width", width);
  copy.setAttribute("height", height);
  const ink = getComputedStyle(app).color;
  keys.forEach((key, at) => {
    const swatch = key.querySelector(".swatch");
    const y = height + 16 + 24 * at;
    // The swatch's own text is the rung's number: "4 Condemnation".
    const label = [swatch?.textContent, key.textContent.replace(swatch?.textContent ?? "", "")].map((part) => part?.trim()).filter(Boolean);
    svg.append(
      shape("rect", { x: 8, y, width: 16, height: 16, fill: swatch ? getComputedStyle(swatch).backgroundColor : "none", stroke: ink }),
      shape("text", { x: 32, y: y + 13, "font-size": 14, fill: ink }, label.join(" ")),
    );
  });
  credit.forEach((line, at) => {
    const y = height + 24 * keys.length + 28 + 18 * at;
    svg.append(shape("text", { x: 8, y, "font-size": 12, fill: ink }, line));
  });
  return new XMLSerializer().serializeToString(svg);
}

function shape(name, attributes, text) {
  const node = document.createElementNS("http://www.w3.org/2000/svg", name);
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, value);
  if (text) node.textContent = text;
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
