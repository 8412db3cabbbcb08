// The whole dataset the build writes beside the data files (data/all.csv, data/all.json, and
// in Czech all.cs.*), as a reader gets it from the served build: a row per reaction and
// response kind of every incident file, the same rows a download of one incident gives, and
// links to it from the comparison, in both languages, that resolve.
import { test } from "node:test";
import assert from "node:assert/strict";
import { exportModel, openPage, parseCsv, useBrowser } from "./support.mjs";

const running = useBrowser();

/** A file of the served build, as text with its byte order mark kept (`text()` drops it). */
async function served(path) {
  const response = await fetch(new URL(path, running.server.url));
  assert.equal(response.status, 200, path);
  return new TextDecoder("utf-8", { ignoreBOM: true }).decode(await response.arrayBuffer());
}

/** The dataset's CSV as records, after checking its byte order mark. */
async function records(path) {
  const text = await served(path);
  assert.ok(text.startsWith("\ufeff"), "a byte order mark, so spreadsheets read the accents right");
  const [header, ...rows] = parseCsv(text.slice(1));
  return { header, rows, records: rows.map((row) => Object.fromEntries(header.map((column, at) => [column, row[at]]))) };
}

/** Each incident file's reactions times their kinds. */
const expected = (seeds) => new Map(seeds.map((seed) => [seed.incident.id, seed.reactions.reduce((sum, reaction) => sum + reaction.responses.length, 0)]));

const countBy = (list, key) => list.reduce((counts, item) => counts.set(item[key], (counts.get(item[key]) ?? 0) + 1), new Map());

test("the whole dataset has a row per reaction and kind of every incident file, in each language", async () => {
  const perIncident = expected(running.seeds);
  const total = [...perIncident.values()].reduce((sum, count) => sum + count, 0);
  for (const lang of ["", ".cs"]) {
    const csv = await records(`data/all${lang}.csv`);
    assert.deepEqual(csv.header.slice(-3), ["incident_title", "attribution_date", "data_version"]);
    assert.ok(csv.rows.every((row) => row.length === csv.header.length), "every row has every column");
    assert.equal(csv.records.length, total);
    assert.deepEqual(countBy(csv.records, "incident"), perIncident);

    const json = JSON.parse(await served(`data/all${lang}.json`));
    assert.deepEqual(json.fields, csv.header);
    assert.match(json.version, /^[0-9a-f]{16}$/);
    assert.match(json.as_of, /^\d{4}-\d{2}-\d{2}$/);
    assert.equal(json.language, lang ? "cs" : "en");
    assert.deepEqual(json.rows, csv.records, "the JSON holds the CSV's rows");
    assert.deepEqual(json.incidents.map((incident) => incident.id).sort(), [...perIncident.keys()].sort());
  }
  const english = await records("data/all.csv");
  for (const seed of running.seeds) {
    const row = english.records.find((record) => record.incident === seed.incident.id);
    assert.deepEqual([row.attribution_date, row.incident_title], [seed.incident.made_public, seed.incident.title.en]);
  }
});

test("a download of one incident gives the whole dataset's rows for that incident", async () => {
  const { page, errors } = await openPage(running.browser, `${running.server.url}?incident=czech-mfa-apt31-2025`);
  const downloaded = (await exportModel(page)).rows;
  const whole = (await records("data/all.csv")).rows.filter((row) => row[0] === "czech-mfa-apt31-2025");
  assert.ok(downloaded.length > 0);
  assert.deepEqual(downloaded, whole);
  assert.deepEqual(errors, []);
  await page.close();
});

test("the comparison links the whole dataset in both languages, and the links resolve", async () => {
  const pages = [
    ["?view=compare", "Download the whole dataset", "data/all"],
    ["cs.html?view=compare", "Stáhnout celou datovou sadu", "data/all.cs"],
  ];
  for (const [query, words, file] of pages) {
    const { page, errors } = await openPage(running.browser, `${running.server.url}${query}`);
    const links = await page
      .locator(".comparison .compare-dataset a")
      .evaluateAll((anchors) => anchors.map((anchor) => ({ text: anchor.textContent, href: anchor.getAttribute("href"), url: anchor.href })));
    assert.deepEqual(
      links.map(({ text, href }) => [text, href]),
      [
        [`${words} (CSV)`, `${file}.csv`],
        [`${words} (JSON)`, `${file}.json`],
      ],
    );
    for (const { url } of links) {
      const status = await page.evaluate(async (address) => (await fetch(address)).status, url);
      assert.equal(status, 200, url);
    }
    assert.deepEqual(errors, []);
    await page.close();
  }
});
