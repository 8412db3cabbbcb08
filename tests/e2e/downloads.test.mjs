// Downloads of what a view shows, made in the browser: the CSV's rows are the matrix's marks
// for a filtered view; the SVG parses and holds every state the map draws; the PNG is twice
// the SVG's size. File names say the incident and the date.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { DIST, STRICT_CSP, ready, useBrowser } from "./support.mjs";

// Under the strict policy: the downloads must work there too.
const running = useBrowser(DIST, { "content-security-policy": STRICT_CSP });

/** RFC 4180 fields: quoted, "" for a quote inside. */
function parseCsv(text) {
  const rows = [[]];
  let field = "";
  let quoted = false;
  for (let at = 0; at < text.length; at += 1) {
    const c = text[at];
    if (quoted && c === '"' && text[at + 1] === '"') (field += '"'), (at += 1);
    else if (c === '"') quoted = !quoted;
    else if (!quoted && c === ",") rows.at(-1).push(field), (field = "");
    else if (!quoted && c === "\r" && text[at + 1] === "\n") rows.at(-1).push(field), (field = ""), rows.push([]), (at += 1);
    else field += c;
  }
  rows.at(-1).push(field);
  return rows;
}

async function saved(page, label) {
  const [download] = await Promise.all([page.waitForEvent("download"), page.locator(".downloads button", { hasText: label }).click()]);
  return { name: download.suggestedFilename(), bytes: await readFile(await download.path()) };
}

test("the view's data as CSV and JSON, the map as SVG and PNG, with a line to cite", async () => {
  const context = await running.browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  const violations = [];
  page.on("console", (message) => message.type() === "error" && violations.push(message.text()));
  await page.goto(`${running.server.url}?response=summons,condemnation&sort=name`);
  await ready(page);
  await page.locator("svg [data-country]").first().waitFor();
  await page.locator("details.share > summary").click();
  await page.locator(".downloads .cite", { hasText: "Cite" }).waitFor();
  const marks = await page.locator("td.filled .mark").count();

  const csv = await saved(page, "CSV");
  assert.match(csv.name, /^czech-mfa-apt31-2025-\d{4}-\d{2}-\d{2}\.csv$/);
  const text = csv.bytes.toString("utf8");
  assert.ok(text.startsWith("\ufeff"), "a byte order mark");
  const [header, ...rows] = parseCsv(text.slice(1));
  assert.equal(header.join(), "actor,actor_kind,state,bloc,date,response,summary,quote,quote_lang,sources");
  assert.equal(rows.length, marks, "one row per mark of the matrix");
  assert.ok(rows.every((row) => ["summons", "condemnation"].includes(row[5])));
  assert.ok(rows.some((row) => row[0] === "Jan Lipavský" && row[5] === "summons" && row[9].startsWith("https://")));

  const json = JSON.parse((await saved(page, "JSON")).bytes.toString("utf8"));
  assert.equal(json.rows.length, marks);

  const svg = await saved(page, "SVG");
  assert.match(svg.name, /\.svg$/);
  const drawn = await page.locator(".map-canvas svg [data-country]").count();
  const parsed = await page.evaluate((source) => {
    const document = new DOMParser().parseFromString(source, "image/svg+xml");
    return { error: document.querySelector("parsererror") !== null, states: document.querySelectorAll("[data-country]").length, width: Number(document.documentElement.getAttribute("width")), height: Number(document.documentElement.getAttribute("height")) };
  }, svg.bytes.toString("utf8"));
  assert.equal(parsed.error, false);
  assert.equal(parsed.states, drawn);

  const png = (await saved(page, "PNG")).bytes;
  assert.equal(png.subarray(1, 4).toString(), "PNG");
  assert.deepEqual([png.readUInt32BE(16), png.readUInt32BE(20)], [parsed.width * 2, parsed.height * 2]);
  assert.deepEqual(violations, []);
  await context.close();
});
