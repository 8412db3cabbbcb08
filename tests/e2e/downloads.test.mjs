// Downloads of what a view shows, in every mode, in both languages, for a built-in incident and
// a reader's own file: each file's rows are the core's export model's rows (what the panel's
// module derives from the view's link) and the marks the screen shows; the exported map paints,
// hatches and outlines every state as the screen does, keeps the states the map does not draw,
// and sits on an opaque background in the reader's theme. The test reads the page to compare;
// the widget and the panel never do.
import { test, after, before } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { DIST, STRICT_CSP, exportModel, parseCsv, ready, serveDist, useBrowser } from "./support.mjs";

// Under the strict policy: the downloads, the panel's module included, must work there too.
const running = useBrowser(DIST, { "content-security-policy": STRICT_CSP });
const files = mkdtempSync(join(tmpdir(), "demarche-downloads-"));
// A reader's file comes from another site, which the strict policy (connect-src 'self') would
// refuse: that test opens the same build served without it.
let own, plain;

before(async () => {
  plain = await serveDist(DIST);
  const fixture = fileURLToPath(new URL("../fixtures/minimal.toml", import.meta.url));
  execFileSync(process.env.DEMARCHE_BIN ?? "../../target/debug/demarche", ["pack", fixture, "-o", join(files, "own.bin")]);
  own = await serveDist(files, { "access-control-allow-origin": "*" });
});
after(() => {
  own?.close();
  plain?.close();
});

/** A page of the build under the strict policy, with every request it makes recorded. */
async function open(query, base = running.server.url, init = undefined) {
  const context = await running.browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  if (init) await page.addInitScript(init);
  const requests = [];
  const errors = [];
  page.on("request", (request) => requests.push(new URL(request.url()).pathname));
  page.on("console", (message) => message.type() === "error" && errors.push(message.text()));
  page.on("pageerror", (error) => errors.push(String(error)));
  await page.goto(`${base}${query}`);
  await ready(page);
  return { context, page, requests, errors };
}

async function openPanel(page) {
  await page.locator("details.share > summary").click();
  await page.locator(".downloads .cite").waitFor();
}

async function saved(page, label) {
  const [download] = await Promise.all([page.waitForEvent("download"), page.locator(".downloads button", { hasText: label }).click()]);
  return { name: download.suggestedFilename(), bytes: readFileSync(await download.path()) };
}

/** The CSV's rows as records, after checking its byte order mark. */
async function csvRecords(page, label = "Data (CSV)") {
  const file = await saved(page, label);
  const text = file.bytes.toString("utf8");
  assert.ok(text.startsWith("\ufeff"), "a byte order mark");
  const [header, ...rows] = parseCsv(text.slice(1));
  return { name: file.name, header, records: rows.map((row) => Object.fromEntries(header.map((column, at) => [column, row[at]]))) };
}

const sorted = (list) => [...list].sort();

/** Each mark of the matrix as actor|kind. */
const matrixMarks = (page) =>
  page.evaluate(() =>
    [...document.querySelectorAll("table.matrix tr[data-actor] td.filled")].flatMap((cell) =>
      [...cell.querySelectorAll(".mark")].map(() => `${cell.closest("tr").dataset.actor}|${cell.dataset.kind}`),
    ),
  );

/** The rows a file and the model agree on, and that they are the screen's marks. */
async function agree(page, records, screen) {
  const exported = await exportModel(page);
  assert.deepEqual(
    records.map((record) => Object.values(record)),
    exported.rows,
    "the file's rows are the model's",
  );
  assert.deepEqual(sorted(screen), sorted(records.map((record) => `${record.actor_id}|${record.response}`)));
  return exported;
}

/** What the screen paints for each state, and what the exported SVG paints for it. */
async function paints(page, svg) {
  return page.evaluate((source) => {
    const document_ = new DOMParser().parseFromString(source, "image/svg+xml");
    const outlinesOnScreen = new Map(
      [...document.querySelectorAll(".map-canvas .outlines path")].map((path) => [path.getAttribute("d"), path.getAttribute("class")]),
    );
    const classes = (value) => (value ?? "").split(" ").filter((name) => ["attributing", "accused", "selected"].includes(name)).sort().join(" ");
    const screen = [...document.querySelectorAll(".map-canvas g.country[data-country]")].map((group) => {
      const shape = group.querySelector("path");
      const style = getComputedStyle(shape);
      return {
        code: group.dataset.country,
        fill: style.fill,
        opacity: Number(style.fillOpacity),
        hatch: group.querySelector(".hatch") !== null,
        dots: group.querySelector(".dots") !== null,
        outline: classes(outlinesOnScreen.get(shape.getAttribute("d"))),
      };
    });
    const exported = screen.map(({ code }) => {
      const group = document_.querySelector(`g[data-country="${code}"]:not(.off-map)`);
      const shape = group?.querySelector("path");
      return {
        code,
        fill: shape?.getAttribute("fill"),
        opacity: Number(shape?.getAttribute("fill-opacity")),
        hatch: group?.querySelector(".hatch") !== null,
        dots: group?.querySelector(".dots") !== null,
        outline: classes(document_.querySelector(`path.outline[data-country="${code}"]`)?.getAttribute("class")),
      };
    });
    return {
      screen,
      exported,
      error: document_.querySelector("parsererror") !== null,
      offScreen: [...document.querySelectorAll(".map-panel > p.beyond .beyond-country")].map((button) => button.value).sort(),
      offExported: [...document_.querySelectorAll("g.off-map")].map((group) => group.dataset.country).sort(),
      keyScreen: document.querySelectorAll(".map-legend li").length,
      keyExported: document_.querySelectorAll("g.key").length,
      background: document_.querySelector("svg > rect").getAttribute("fill"),
      width: Number(document_.documentElement.getAttribute("width")),
      height: Number(document_.documentElement.getAttribute("height")),
    };
  }, svg);
}

/** The colour of a PNG's corner, drawn in the page. */
const corner = (page, png) =>
  page.evaluate(async (base64) => {
    const image = new Image();
    image.src = `data:image/png;base64,${base64}`;
    await image.decode();
    const canvas = document.createElement("canvas");
    [canvas.width, canvas.height] = [image.naturalWidth, image.naturalHeight];
    const context = canvas.getContext("2d");
    context.drawImage(image, 0, 0);
    return [...context.getImageData(2, 2, 1, 1).data];
  }, png.toString("base64"));

test("the matrix downloads its marks and a map that paints every state as the screen does", async () => {
  const { context, page, requests, errors } = await open("?response=summons,condemnation,solidarity,denial&sort=name&country=DE");
  await page.locator("svg [data-country]").first().waitFor();
  assert.ok(!requests.some((path) => path.includes("demarche-tools")), "the panel's module is not in the first load");
  await openPanel(page);
  assert.ok(requests.includes("/demarche-tools_bg.wasm"), "it comes when the panel opens");
  const { name, header, records } = await csvRecords(page);
  assert.match(name, /^czech-mfa-apt31-2025-\d{4}-\d{2}-\d{2}\.csv$/);
  assert.deepEqual(header.slice(0, 3), ["incident", "accused_state", "attributing_states"]);
  assert.ok(records.length > 0);
  await agree(page, records, await matrixMarks(page));
  const lipavsky = records.find((record) => record.actor_id === "cz-lipavsky" && record.response === "summons");
  assert.deepEqual(
    [lipavsky.incident, lipavsky.accused_state, lipavsky.attributing_states, lipavsky.state, lipavsky.date_precision, lipavsky.days_from_attribution],
    ["czech-mfa-apt31-2025", "CN", "CZ", "CZ", "day", "0"],
  );
  assert.ok(lipavsky.sources.startsWith("https://"));

  const json = JSON.parse((await saved(page, "JSON")).bytes.toString("utf8"));
  assert.equal(json.rows.length, records.length);
  assert.deepEqual(json.rows[0], records[0]);
  assert.equal(json.incidents[0].accused_state, "CN");
  assert.match(json.incidents[0].version, /^[0-9a-f]+$/);
  assert.deepEqual(
    [lipavsky.incident_title, lipavsky.attribution_date, lipavsky.data_version],
    [json.incidents[0].title, "2025-05-28", json.incidents[0].version],
    "the columns an analyst needs across incidents",
  );
  assert.match(json.view, /\?incident=czech-mfa-apt31-2025&lang=en/);

  const svg = (await saved(page, "SVG")).bytes.toString("utf8");
  const painted = await paints(page, svg);
  assert.equal(painted.error, false);
  assert.ok(painted.screen.length >= 25, `every state drawn: ${painted.screen.length}`);
  assert.deepEqual(painted.exported, painted.screen, "fill, hatching and outline as on screen");
  assert.ok(painted.screen.some((state) => state.hatch), "a state only the EU covered is hatched");
  assert.ok(painted.screen.some((state) => state.outline.includes("selected")), "the selection is outlined");
  assert.deepEqual(painted.offExported, painted.offScreen, "the states not drawn on the map");
  assert.ok(painted.offScreen.includes("CN") && painted.offScreen.includes("US"));
  assert.equal(painted.keyExported, painted.keyScreen, "every key entry");
  const paper = await page.evaluate(() => {
    const probe = document.createElement("span");
    document.querySelector(".demarche-app").append(probe);
    probe.style.color = "var(--paper)";
    const colour = getComputedStyle(probe).color;
    probe.remove();
    return colour;
  });
  assert.equal(painted.background, paper, "an opaque background in the page's theme");

  const png = (await saved(page, "PNG")).bytes;
  assert.equal(png.subarray(1, 4).toString(), "PNG");
  assert.deepEqual([png.readUInt32BE(16), png.readUInt32BE(20)], [painted.width * 2, painted.height * 2]);
  assert.deepEqual(await corner(page, png), [255, 255, 255, 255], "opaque white in the light theme");
  // The model's cite line, in English: English quotation marks and dates, the data's version explained.
  const cite = await page.locator(".downloads .cite").textContent();
  assert.match(cite, /^Cite: Démarche, “[^„”]+”, data of \d{1,2} [A-Z][a-z]+ \d{4}, version [0-9a-f]{16}, accessed \d{1,2} [A-Z][a-z]+ \d{4}, http.+\?incident=czech-mfa-apt31-2025&/);
  assert.ok(!cite.includes("„"), cite);
  assert.equal(cite, `Cite: ${(await exportModel(page)).cite}`);
  assert.ok(svg.includes("Démarche, “"), "the picture's credit is the same line");
  assert.deepEqual(errors, []);
  await context.close();
});

test("a panel opened the moment after a filter click downloads what the click shows", async () => {
  // A browser busy for seconds: the widget writes the click's view into the address only
  // once the browser is idle after drawing it, so the address still holds the view before.
  const busy = () => {
    window.requestIdleCallback = (callback) => setTimeout(callback, 5000);
  };
  const { context, page, requests, errors } = await open("", running.server.url, busy);
  await page.locator("details.share > summary").hover();
  await page.waitForFunction(() => performance.getEntriesByType("resource").some((entry) => entry.name.endsWith("/share.js")));
  assert.ok(requests.includes("/share.js"), "the panel's code is fetched ahead");
  await page.evaluate(() => {
    document.querySelector(".chip[data-value=condemnation]").click();
    document.querySelector("details.share").open = true;
  });
  await page.locator(".downloads .cite").waitFor();
  const { records } = await csvRecords(page);
  assert.ok(records.length > 0);
  assert.deepEqual(records.filter((record) => record.response === "condemnation"), [], "the click's view, not the one before");
  await agree(page, records, await matrixMarks(page));
  assert.equal(new URL(page.url()).search, "", "the address has not followed yet");
  assert.deepEqual(errors, []);
  await context.close();
});

test("in the dark theme the map's picture is dark, and in Czech its key is Czech", async () => {
  const { context, page } = await open("cs.html?theme=dark");
  await page.locator("svg [data-country]").first().waitFor();
  await openPanel(page);
  const svg = (await saved(page, "Mapa (SVG)")).bytes.toString("utf8");
  const painted = await paints(page, svg);
  assert.deepEqual(painted.exported, painted.screen);
  assert.match(svg, /Odsouzení/, "the key in Czech");
  // The cite line in Czech: Czech quotation marks, Czech dates, the Czech page's address.
  const cite = await page.locator(".downloads .cite").textContent();
  const month = "(ledna|února|března|dubna|května|června|července|srpna|září|října|listopadu|prosince)";
  assert.match(cite, new RegExp(`^Jak citovat: Démarche, „[^“”]+“, data ze?\\s\\d{1,2}\\.\\s${month} \\d{4}, verze\\s[0-9a-f]{16}, citováno \\d{1,2}\\.\\s${month} \\d{4}, http.+/cs\\.html\\?incident=`));
  assert.ok(!cite.includes("”"), cite);
  assert.ok(svg.includes("Démarche, „"), "the picture's credit is in Czech too");
  const [red, green, blue, alpha] = await corner(page, (await saved(page, "Mapa (PNG)")).bytes);
  assert.ok(red < 60 && green < 60 && blue < 60 && alpha === 255, `an opaque dark background: ${[red, green, blue, alpha]}`);
  const { records } = await csvRecords(page, "Data (CSV)");
  await agree(page, records, await matrixMarks(page));
  assert.ok(records.some((record) => /vláda/i.test(record.actor)), "names in Czech");
  await context.close();
});

test("the timeline downloads the reactions it marks, day by day, in Czech", async () => {
  const { context, page, errors } = await open("?view=timeline&lang=cs&response=summons,condemnation,attribution,denial");
  await page.locator("table.timeline g.mark").first().waitFor();
  await openPanel(page);
  const { records } = await csvRecords(page, "Data (CSV)");
  const screen = await page.evaluate(() =>
    [...document.querySelectorAll("table.timeline tr[data-actor] g.mark")].map((mark) => `${mark.closest("tr").dataset.actor}|${mark.dataset.day}`),
  );
  assert.ok(records.length >= screen.length && screen.length > 0);
  assert.deepEqual(sorted(new Set(records.map((record) => `${record.actor_id}|${record.days_from_attribution}`))), sorted(new Set(screen)));
  const exported = await exportModel(page);
  assert.deepEqual(records.map((record) => Object.values(record)), exported.rows);
  assert.ok(exported.map, "the timeline's view has its map, and its picture");
  assert.equal(await page.locator(".downloads button", { hasText: "Mapa (SVG)" }).count(), 1);
  assert.deepEqual(errors, []);
  await context.close();
});

test("the comparison downloads every incident's reactions it compares, and says it has no picture", async () => {
  const { context, page, errors } = await open("?view=compare&response=condemnation,denial,sanctions");
  await page.locator("table.compare").waitFor();
  await openPanel(page);
  const { name, records } = await csvRecords(page);
  assert.match(name, /^comparison-\d{4}-\d{2}-\d{2}\.csv$/);
  const spoke = await page.evaluate(() =>
    [...document.querySelectorAll("table.compare tr[data-responder] td[data-incident]")]
      .filter((cell) => cell.querySelector("button") && !/\b(covered|quiet)\b/.test(cell.className))
      .map((cell) => `${cell.closest("tr").dataset.responder}|${cell.dataset.incident}`),
  );
  assert.deepEqual(sorted(new Set(records.map((record) => `${record.state || record.bloc}|${record.incident}`))), sorted(spoke));
  assert.ok(new Set(records.map((record) => record.incident)).size >= 4, "every incident compared");
  const exported = await exportModel(page);
  assert.deepEqual(records.map((record) => Object.values(record)), exported.rows);
  assert.equal(exported.map, null);
  assert.equal(await page.locator(".downloads button", { hasText: "SVG" }).count(), 0);
  assert.match(await page.locator(".downloads .no-picture").textContent(), /no map/);
  const json = JSON.parse((await saved(page, "JSON")).bytes.toString("utf8"));
  assert.ok(json.incidents.length >= 4 && json.rows.length === records.length);
  assert.deepEqual(errors, []);
  await context.close();
});

test("a reader's own file can be shared, embedded and downloaded, and its links keep data=", async () => {
  const data = `${own.url}own.bin`;
  const { context, page, errors } = await open(`?data=${encodeURIComponent(data)}`, plain.url);
  await page.locator("svg [data-country]").first().waitFor();
  await openPanel(page);
  const link = await page.locator(".share input[type=url]").inputValue();
  const pinned = new URL(link).searchParams;
  assert.equal(pinned.get("incident"), "minimal");
  assert.equal(pinned.get("data"), data);
  assert.match(await page.locator(".share textarea").first().inputValue(), /data=/);
  const { records } = await csvRecords(page);
  await agree(page, records, await matrixMarks(page));
  assert.deepEqual(sorted(new Set(records.map((record) => record.incident))), ["minimal"]);
  const svg = (await saved(page, "SVG")).bytes.toString("utf8");
  const painted = await paints(page, svg);
  assert.deepEqual(painted.exported, painted.screen);
  assert.match(await page.locator(".downloads .cite").textContent(), new RegExp(`data from ${data.replaceAll(".", "\\.")}`));
  assert.deepEqual(errors, []);
  await context.close();
});
