// A reader's own incident: packed with `demarche pack`, served from another origin, opened
// with ?data=URL and checked again in the browser. A good file is shown; a bad one, an
// unreachable one or one from a server that forbids other sites gets the panel that says why;
// hostile strings in every field render as text, run nothing and stay inside their boxes.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parse, stringify } from "smol-toml";
import { addressOf, exportModel, handoutDrawn, parseCsv, reactedActors, ready, serveDist, useBrowser } from "./support.mjs";

const running = useBrowser();
const fixture = fileURLToPath(new URL("../fixtures/minimal.toml", import.meta.url));
const own = parse(readFileSync(fixture, "utf8"));
const files = mkdtempSync(join(tmpdir(), "demarche-own-"));
let cors, closed;

/** Writes an incident as TOML and packs it with the command a newsroom would run. */
function pack(name, incident) {
  const toml = join(files, `${name}.toml`);
  writeFileSync(toml, stringify(incident));
  execFileSync(process.env.DEMARCHE_BIN ?? "../../target/debug/demarche", ["pack", toml, "-o", join(files, `${name}.bin`)]);
}

const SCRIPT = "<script>window.__pwned = 1</script>";
const IMG = "\"><img src=x onerror=\"window.__pwned = 1\">";
// Czech text may not hold ASCII quotes (the loader wants „…“), so its attack has none.
const IMG_CS = "'><img src=x onerror=window.__pwned=1>";
const LONG = "W".repeat(10_000);

/** The fixture with an attack in every string it holds: names, roles, prose, quotes, ids,
 *  addresses, publishers; one name 10 KB long and one in a right-to-left script. */
function hostile() {
  const incident = structuredClone(own);
  const poison = (value, key) => {
    if (typeof value !== "string") return value;
    if (key === "cs") return `${value} ${IMG_CS} ${SCRIPT.replaceAll("\"", "")}`;
    if (key === "en") return `${value} ${SCRIPT} ${IMG} javascript:alert(1)`;
    return value;
  };
  const walk = (node) => {
    for (const [key, value] of Object.entries(node)) {
      if (value && typeof value === "object") walk(value);
      else node[key] = poison(value, key);
    }
  };
  walk(incident);
  incident.actors[0].name.en = LONG;
  incident.actors[1].name.en = "מערך הסייבר הלאומי <b>";
  for (const source of incident.sources) {
    source.url = `${source.url}/"><script>window.__pwned=1</script>`;
    source.publisher = `${source.publisher} ${IMG}`;
    source.title = SCRIPT;
  }
  incident.incident.attributed_to.name = `APT0 ${IMG}`;
  const renamed = "x\"><img/src=x/onerror=window.__pwned=1>";
  for (const reaction of incident.reactions) if (reaction.actor === "cn-embassy") reaction.actor = renamed;
  incident.actors.find((actor) => actor.id === "cn-embassy").id = renamed;
  return incident;
}

/** The fixture as an English-only team writes it: every Czech text left out. */
function englishOnly() {
  const incident = structuredClone(own);
  const walk = (node) => {
    for (const [key, value] of Object.entries(node)) {
      if (key === "cs") delete node[key];
      else if (value && typeof value === "object") walk(value);
    }
  };
  walk(incident);
  return incident;
}

before(async () => {
  pack("own", own);
  pack("english", englishOnly());
  pack("hostile", hostile());
  const good = readFileSync(join(files, "own.bin"));
  // Same length, so the file stays whole: only the browser's own check can refuse it.
  const bad = Buffer.from(good.toString("latin1").replace("https://example.org/statement", "javascript:alert(document)///"), "latin1");
  writeFileSync(join(files, "javascript.bin"), bad);
  writeFileSync(join(files, "page.bin"), "<!doctype html><title>Not found</title>");
  cors = await serveDist(files, { "access-control-allow-origin": "*" });
  closed = await serveDist(files);
});
after(() => {
  cors?.close();
  closed?.close();
});

async function openWith(data, lang = "") {
  const page = await running.browser.newPage();
  const dialogs = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    dialog.dismiss();
  });
  await page.goto(`${running.server.url}?data=${encodeURIComponent(data)}${lang}`);
  return { page, dialogs };
}

test("?data= opens a packed file served from another origin, and links keep it", async () => {
  const { page } = await openWith(`${cors.url}own.bin`);
  await ready(page);
  await page.locator("h1", { hasText: own.incident.title.en }).waitFor();
  const rows = await page.locator("tbody tr[data-actor]").evaluateAll((trs) => trs.map((tr) => tr.dataset.actor).sort());
  assert.deepEqual(rows, reactedActors(own).sort());
  await page.getByRole("button", { name: "Europe", exact: true }).click();
  const address = await addressOf(page);
  assert.ok(new URL(address).searchParams.get("data").endsWith("/own.bin"), address);
  await page.goto(`${page.url()}&lang=cs`);
  await page.locator("h1", { hasText: own.incident.title.cs }).waitFor();
  await page.close();
});

const failures = [
  ["a link that is not a web address", () => `${cors.url}javascript.bin`, ["is not a web address", "javascript:alert(document)///"]],
  ["a page that is not a data file", () => `${cors.url}page.bin`, ["is not the data file asked for"]],
  ["a server that forbids other sites", () => `${closed.url}own.bin`, ["CORS"]],
  ["an address with nothing there", () => `${cors.url}gone.bin`, ["(404)"]],
];

for (const [what, address, expected] of failures) {
  test(`${what} gets the panel that says why, above a readable page`, async () => {
    const { page } = await openWith(address());
    const panel = page.locator(".load-error");
    await panel.waitFor();
    const text = await panel.innerText();
    for (const words of expected) assert.ok(text.includes(words), `${what}: ${text}`);
    assert.ok(text.includes(address()), "the panel names the file");
    assert.ok(await page.locator("#demarche h1").isVisible(), "the written first screen stays");
    await page.close();
  });
}

test("the Czech panel explains in Czech and lists the checker's errors in English", async () => {
  const { page } = await openWith(`${cors.url}javascript.bin`, "&lang=cs");
  const panel = page.locator(".load-error");
  await panel.waitFor();
  assert.match(await panel.locator("p").innerText(), /se nepodařilo načíst: soubor obsahuje 1\schybu\./);
  assert.equal(await panel.locator("ul").getAttribute("lang"), "en");
  await page.close();
});

/** Everything the hostile file could have done, checked on the page as it stands. */
async function assertHarmless(page, dialogs) {
  const found = await page.evaluate(() => {
    const root = document.querySelector("#demarche");
    const handlers = [...root.querySelectorAll("*")].flatMap((element) =>
      [...element.attributes].filter((attribute) => attribute.name.startsWith("on")).map((attribute) => attribute.name),
    );
    return {
      pwned: window.__pwned ?? null,
      injected: root.querySelectorAll("script, img, b").length,
      handlers,
      links: [...root.querySelectorAll("a[href]")].map((a) => a.href).filter((href) => !/^https?:/.test(href)),
      overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
    };
  });
  assert.deepEqual(found, { pwned: null, injected: 0, handlers: [], links: [], overflow: 0 });
  assert.deepEqual(dialogs, []);
}

for (const width of [375, 1280]) {
  test(`hostile strings in every field render as text and stay in their boxes at ${width} px`, async () => {
    const { page, dialogs } = await openWith(`${cors.url}hostile.bin`);
    await page.setViewportSize({ width, height: 900 });
    await ready(page);
    await page.locator("h1", { hasText: "<script>" }).waitFor();
    await assertHarmless(page, dialogs);
    const cells = await page.locator("tbody td.filled").all();
    assert.ok(cells.length >= 3);
    for (const cell of cells) {
      await cell.click();
      await page.locator("#detail .source-list, #detail cite, #detail a[href]").first().waitFor();
      await assertHarmless(page, dialogs);
    }
    const long = await page.locator(`text=${"W".repeat(50)}`).first().boundingBox();
    assert.ok(long && long.x >= 0 && long.x + long.width <= width, `the 10 KB name wraps: ${JSON.stringify(long)}`);
    await page.close();
  });
}

/** What a failure needs to be understood: the rows drawn, the focus, the scroll position. */
function whereTheMatrixIs() {
  const rows = [...document.querySelectorAll("table.matrix tr[aria-rowindex]")].map((tr) => tr.getAttribute("aria-rowindex"));
  const focus = document.activeElement;
  return JSON.stringify({
    drawn: `${rows[1]}…${rows[rows.length - 1]} (${rows.length})`,
    focus: `${focus.tagName}.${focus.className} ${focus.closest("tr")?.getAttribute("aria-rowindex") ?? ""}`,
    scrollY: window.scrollY,
    height: document.body.scrollHeight,
  });
}

/** The fixture with `count` more governments, each condemning: a matrix far too long to draw
 *  whole in a frame. */
function large(count) {
  const incident = structuredClone(own);
  const template = incident.reactions.find((reaction) => reaction.actor === "cz-government");
  for (let n = 1; n <= count; n++) {
    const id = `government-${n}`;
    incident.actors.push({ id, kind: "government", name: { en: `Government ${n}`, cs: `Vláda ${n}` }, country: "CZ" });
    incident.reactions.push({ ...structuredClone(template), actor: id, responses: ["condemnation"] });
  }
  return incident;
}

test("a matrix of hundreds of rows draws those in view, and keyboard and screen reader still reach every row", async () => {
  const incident = large(300);
  pack("large", incident);
  const { page } = await openWith(`${cors.url}large.bin`);
  await ready(page);
  const table = page.locator("table.matrix");
  const lines = Number(await table.getAttribute("aria-rowcount"));
  const rows = await page.locator("table.matrix tr[data-row]").count();
  assert.ok(lines > 300, `the screen reader is told every line: ${lines}`);
  assert.ok(rows > 0 && rows < 150, `only the rows in view and a margin are drawn: ${rows}`);
  // The keyboard walks to the last row, which is drawn when it gets there.
  await table.locator("[tabindex='0']").first().focus();
  await page.keyboard.press("Control+End");
  await table
    .locator(`tr[aria-rowindex="${lines}"]`)
    .waitFor({ timeout: 10_000 })
    .catch(async (error) => {
      throw new Error(`${error.message}\nwhere the page was: ${await page.evaluate(whereTheMatrixIs)}`);
    });
  const focused = () => page.evaluate(() => Number(document.activeElement.closest("tr")?.dataset.row));
  await page.waitForFunction((lines) => document.activeElement.closest("tr")?.getAttribute("aria-rowindex") === String(lines), lines);
  const last = await focused();
  await page.keyboard.press("ArrowUp");
  assert.equal(await focused(), last - 1);
  // Back at the top, the first rows are drawn again.
  await page.keyboard.press("Control+Home");
  await table.locator('tr[data-row="0"]').waitFor();
  await page.waitForFunction(() => document.activeElement.closest("tr")?.dataset.row === "0");
  assert.ok((await page.locator("table.matrix tr[data-row]").count()) < 150);
  // So does the list of every reaction in full, each item saying its place in the whole.
  const items = page.locator(".reaction-list > li:not(.spacer)");
  assert.ok((await items.count()) < 150, `${await items.count()} reactions drawn in full`);
  assert.equal(await items.first().getAttribute("aria-setsize"), String(incident.reactions.length));
  // Scrolled to the end (the space left for the lines not drawn is an estimate, refined as they
  // are drawn), the last reaction is drawn.
  await page.waitForFunction((total) => {
    window.scrollTo(0, document.body.scrollHeight);
    const drawn = document.querySelectorAll(".reaction-list > li:not(.spacer)");
    return drawn[drawn.length - 1]?.getAttribute("aria-posinset") === String(total);
  }, incident.reactions.length);
  await page.close();
});

test("a timeline of hundreds of rows draws those in view, and Tab walks on to the marks beyond them", async () => {
  pack("large", large(300));
  const { page } = await openWith(`${cors.url}large.bin`, "&view=timeline");
  await ready(page);
  const table = page.locator("table.timeline");
  const lines = Number(await table.getAttribute("aria-rowcount"));
  const rows = page.locator("table.timeline tr[data-actor]");
  assert.ok(lines > 300, `the screen reader is told every line: ${lines}`);
  assert.ok((await rows.count()) < 150, `only the rows in view and a margin are drawn: ${await rows.count()}`);
  // The last mark drawn, reached by the keyboard, is brought into view with the rows beyond it.
  const last = Number(await rows.last().getAttribute("aria-rowindex"));
  await rows.last().locator("g[role=button]").last().focus();
  await table.locator(`tr[aria-rowindex="${last + 1}"]`).waitFor();
  await page.keyboard.press("Tab");
  const reached = await page.evaluate(() => Number(document.activeElement.closest("tr")?.getAttribute("aria-rowindex")));
  assert.ok(reached > last, `Tab went on to row ${reached}, past the last drawn (${last})`);
  // Scrolled to the end, the last row is drawn.
  await page.waitForFunction((lines) => {
    window.scrollTo(0, document.body.scrollHeight);
    const drawn = document.querySelectorAll("table.timeline tr[aria-rowindex]");
    return drawn[drawn.length - 1]?.getAttribute("aria-rowindex") === String(lines);
  }, lines);
  await page.close();
});

/** The line every view of an own file shows: the host it was served from. */
const originLine = () => `This incident comes from ${new URL(cors.url).host}, not from this site.`;

test("an own file says where it comes from in the explorer, timeline, comparison, compact embed, handout and CSV", async () => {
  const { page } = await openWith(`${cors.url}own.bin`);
  await ready(page);
  const line = originLine();
  assert.equal(await page.locator("main > p.origin").innerText(), line, "under the title, in words");
  await handoutDrawn(page);
  assert.equal(await page.locator(".handout p.origin").textContent(), line, "on paper too");
  const csv = parseCsv((await exportModel(page)).csv);
  const version = csv[0].indexOf("data_version");
  const rows = csv.slice(1).filter((row) => row.length > 1);
  assert.ok(rows.length > 1 && rows.every((row) => row[version] === line), "every row of the download");
  const link = await addressOf(page);
  for (const [view, where] of [
    ["&view=timeline", "main > p.origin"],
    ["&embed=compact", ".credit + p.origin"],
    ["&view=compare", `table.compare thead th[data-incident="${own.incident.id}"] small.origin`],
  ]) {
    await page.goto(`${link}${view}`);
    await ready(page);
    assert.equal(await page.locator(where).innerText(), line, view);
  }
  // The site's own incidents say nothing of the kind.
  assert.equal(await page.locator("table.compare small.origin").count(), 1, "only the own file's column");
  await page.close();
});

test("an English-only own file opens in Czech: its English marked as English, said once", async () => {
  const { page } = await openWith(`${cors.url}english.bin`, "&lang=cs");
  await ready(page);
  assert.equal(await page.locator(".demarche-app").getAttribute("lang"), "cs");
  const title = page.locator("h1#incident-title");
  assert.deepEqual([await title.innerText(), await title.getAttribute("lang")], [own.incident.title.en, "en"]);
  assert.equal(await page.locator("select option:checked").first().innerText(), own.incident.title.en, "the picker lists it");
  const names = await page.locator("table.matrix .actor-name").evaluateAll((spans) => spans.map((span) => [span.textContent, span.lang]));
  assert.ok(names.length > 0 && names.every(([, lang]) => lang === "en"), JSON.stringify(names));
  assert.ok(names.some(([name]) => own.actors.some((actor) => actor.name.en === name)), "the English names");
  const notes = page.locator(".untranslated");
  assert.equal(await notes.count(), 1, "said once");
  assert.match(await notes.innerText(), /není celý přeložen do češtiny/);
  assert.match(await page.locator("main > p.origin").innerText(), /^Tento incident pochází z\swebu /);
  await page.close();
});
