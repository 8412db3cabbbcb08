// The comparison's coalition table in a real browser, checked against the incident files: each
// cell's count for two relations computed here from the files as the README defines them, the
// incidents a cell opens and what each opens, the relation in the link, and a phone's width.
import { test } from "node:test";
import assert from "node:assert/strict";
import { exportModel, openPage, parseCsv, settledAttribute, useBrowser } from "./support.mjs";

const running = useBrowser();

/** Who speaks through an actor: its state, or the bloc it speaks for. */
const responderOf = (seed, id) => {
  const actor = seed.actors.find((actor) => actor.id === id);
  return actor.country ?? actor.speaks_for;
};

/** The groups of responders that stood together in one incident, each a list, for a relation:
 *  `attributed` (the file's attributing states and whoever made an attribution), `day` (who
 *  reacted on each day the file gives exactly, upper bounds left out). The state held
 *  responsible is never in one. */
function groups(seed, relation) {
  const accused = seed.incident.attributed_to.state;
  const without = (responders) => [...new Set(responders)].filter((responder) => responder !== accused);
  if (relation === "attributed") {
    const files = seed.incident.attributed_by?.length ? seed.incident.attributed_by : [seed.incident.target.country];
    const own = seed.reactions.filter((reaction) => reaction.responses.includes("attribution")).map((reaction) => responderOf(seed, reaction.actor));
    return [without([...files, ...own])];
  }
  const byDay = new Map();
  for (const reaction of seed.reactions) {
    if (reaction.date.length !== 10 || reaction.date_upper_bound) continue;
    byDay.set(reaction.date, [...(byDay.get(reaction.date) ?? []), responderOf(seed, reaction.actor)]);
  }
  return [...byDay.values()].map(without);
}

/** responder → responder → the incidents (ids) behind the pair; on the diagonal, the union. */
function expected(seeds, relation) {
  const table = new Map();
  const put = (one, other, id) => {
    if (!table.has(one)) table.set(one, new Map());
    const row = table.get(one);
    row.set(other, new Set([...(row.get(other) ?? []), id]));
  };
  for (const seed of seeds) {
    for (const group of groups(seed, relation)) {
      for (const one of group) {
        for (const other of group) {
          if (one !== other) put(one, other, seed.incident.id), put(one, one, seed.incident.id);
        }
      }
    }
  }
  return table;
}

/** What the table prints: responder → column → the count in the cell ("" when empty). */
const printed = (page) =>
  page.locator("table.coalition tbody tr").evaluateAll((trs) =>
    Object.fromEntries(
      trs.map((tr) => [
        tr.dataset.partner,
        Object.fromEntries([...tr.querySelectorAll("td")].map((td) => [td.dataset.partner, td.querySelector("button")?.textContent ?? ""])),
      ]),
    ),
  );

for (const relation of ["attributed", "day"]) {
  test(`the ${relation} table's counts are those the incident files give`, async () => {
    const { page, errors } = await openPage(running.browser, `${running.server.url}?view=compare&coalition=${relation}`);
    await page.locator("table.coalition").waitFor();
    const want = expected(running.seeds, relation);
    const shown = await printed(page);
    assert.deepEqual(Object.keys(shown).sort(), [...want.keys()].sort(), "a row for every responder paired at least once");
    const columns = await page.locator("table.coalition thead th[data-partner]").evaluateAll((ths) => ths.map((th) => th.dataset.partner));
    assert.deepEqual(columns, Object.keys(shown), "the columns in the rows' order");
    for (const [one, row] of want) {
      for (const other of columns) {
        assert.equal(shown[one][other], String(row.get(other)?.size ?? ""), `${one} × ${other}`);
      }
    }
    const paired = (id) => [...want.get(id)].filter(([other]) => other !== id).reduce((sum, [, ids]) => sum + ids.size, 0);
    const order = Object.keys(shown).map(paired);
    assert.deepEqual(order, [...order].sort((a, b) => b - a), "the most paired first");
    assert.deepEqual(errors, []);
    await page.close();
  });
}

test("a cell opens the incidents behind it, oldest first, each opening what the row's state did there", async () => {
  const { page } = await openPage(running.browser, `${running.server.url}?view=compare`);
  const want = expected(running.seeds, "attributed");
  const [one, other] = ["US", "GB"];
  const ids = [...want.get(one).get(other)];
  const byDate = running.seeds.filter((seed) => ids.includes(seed.incident.id)).sort((a, b) => a.incident.made_public.localeCompare(b.incident.made_public));
  const cell = page.locator(`table.coalition tr[data-partner=${one}] td[data-partner=${other}] button`);
  await cell.focus();
  await page.keyboard.press("Enter");
  assert.equal(await settledAttribute(cell, "aria-expanded", "true"), "true");
  const listed = await page.locator("#coalition-incidents li").evaluateAll((lis) => lis.map((li) => li.dataset.incident));
  assert.deepEqual(listed, byDate.map((seed) => seed.incident.id));
  const heading = await page.locator("#coalition-incidents h4").textContent();
  assert.match(heading, new RegExp(`United States and United Kingdom: ${ids.length}\u00a0incidents`));
  const first = byDate[0];
  await page.locator(`#coalition-incidents li[data-incident="${first.incident.id}"] button`).click();
  await page.waitForURL((url) => url.searchParams.get("incident") === first.incident.id && url.searchParams.get("country") === one);
  assert.equal(new URL(page.url()).searchParams.get("view"), "compare");
  await page.locator("aside#detail h2", { hasText: "United States" }).waitFor();
  await page.close();
});

test("the relation is in the link, a strange one gets a notice, and a phone's page never scrolls sideways", async () => {
  const { page } = await openPage(running.browser, `${running.server.url}?view=compare`);
  await page.locator("button[data-coalition=day]").click();
  await page.waitForURL((url) => url.searchParams.get("coalition") === "day");
  await page.locator("button[data-coalition=day][aria-pressed=true]").waitFor();
  const before = await printed(page);
  await page.reload();
  await page.locator("button[data-coalition=day][aria-pressed=true]").waitFor();
  assert.deepEqual(await printed(page), before, "the reloaded link shows the same table");
  await page.locator("button[data-coalition=attributed]").click();
  await page.waitForURL((url) => !url.searchParams.has("coalition"), { timeout: 5000 });
  await page.close();

  const strange = await openPage(running.browser, `${running.server.url}?view=compare&coalition=friends`);
  assert.match(await strange.page.locator("aside.notice").textContent(), /friends/);
  await strange.page.locator("button[data-coalition=attributed][aria-pressed=true]").waitFor();
  await strange.page.close();

  for (const [width, height] of [[375, 900], [1280, 900]]) {
    const page = await running.browser.newPage({ viewport: { width, height } });
    await page.goto(`${running.server.url}?view=compare&coalition=attributed`);
    await page.locator("table.coalition").waitFor();
    const cell = page.locator("table.coalition tr[data-partner=US] td[data-partner=GB] button");
    await cell.click();
    await page.locator("#coalition-incidents li").first().waitFor();
    const wide = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.equal(wide, 0, `the page scrolls sideways at ${width} px`);
    const section = page.locator("section.coalitions");
    await section.scrollIntoViewIfNeeded();
    if (process.env.SHOTS) await section.screenshot({ path: `${process.env.SHOTS}/coalitions-${width}.png` });
    await page.close();
  }
});

test("the comparison's downloads hold the coalition table the reader sees", async () => {
  const { page } = await openPage(running.browser, `${running.server.url}?view=compare&coalition=bloc`);
  await page.locator("table.coalition").waitFor();
  const shown = await printed(page);
  const model = await exportModel(page);
  assert.equal(model.coalitions.relation, "bloc");
  const [header, ...rows] = parseCsv(model.coalitions.csv.replace(/^\ufeff/, ""));
  assert.deepEqual(header, ["responder", ...Object.keys(Object.values(shown)[0])]);
  const saved = Object.fromEntries(rows.map(([id, ...counts]) => [id, Object.fromEntries(header.slice(1).map((column, at) => [column, counts[at] === "0" ? "" : counts[at]]))]));
  assert.deepEqual(saved, shown);
  await page.close();
});
