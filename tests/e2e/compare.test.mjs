// The comparison and the timeline in a real browser, checked against the data files: every
// responder's row and every cell's rung, the detail a cell opens, the sorts, the link that
// reopens them, the marks on the day axis, and all of it by keyboard alone.
import { test } from "node:test";
import assert from "node:assert/strict";
import { addressOf, dayOf, days, openPage, reactedActors, settledAttribute, useBrowser } from "./support.mjs";

const running = useBrowser();

/** The ladder's rungs, as the codebook orders them (src/model/response_kind.rs). */
const LADDER = ["concern", "solidarity", "call-to-refrain", "condemnation", "summons", "recall-ambassador", "expulsion", "severing-relations", "indictment", "sanctions"];
/** The accused state's retaliation: off the ladder, printed ⇄ where a rung prints its number. */
const RETALIATION = ["counter-summons", "retaliatory-expulsion", "counter-sanctions"];

/** What each responder did in an incident, read from its file: responder id → kinds. */
function responses(seed) {
  const actors = new Map(seed.actors.map((actor) => [actor.id, actor]));
  const byResponder = new Map();
  for (const reaction of seed.reactions) {
    const actor = actors.get(reaction.actor);
    const responder = actor.country ?? actor.speaks_for;
    byResponder.set(responder, [...(byResponder.get(responder) ?? []), ...reaction.responses]);
  }
  return byResponder;
}

const strongest = (kinds) => Math.max(0, ...kinds.map((kind) => LADDER.indexOf(kind) + 1));
/** What a cell prints: its rung, else ⇄ when the accused state hit back, else nothing. */
const printed = (kinds) => {
  const step = strongest(kinds);
  if (step) return String(step);
  return kinds.some((kind) => RETALIATION.includes(kind)) ? "⇄" : "";
};

test("the comparison has a row for every responder and each cell the strongest rung the files give (or ⇄)", async () => {
  const { page, errors } = await openPage(running.browser, `${running.server.url}?view=compare`);
  await page.locator("table.compare").waitFor();
  const expected = new Map();
  for (const seed of running.seeds) {
    for (const [responder, kinds] of responses(seed)) {
      expected.set(responder, [...(expected.get(responder) ?? []), [seed.incident.id, printed(kinds)]]);
    }
  }
  const rows = await page.locator("tr[data-responder]").evaluateAll((trs) => trs.map((tr) => tr.dataset.responder));
  assert.deepEqual([...rows].sort(), [...expected.keys()].sort());
  for (const [responder, cells] of expected) {
    for (const [incident, text] of cells) {
      const cell = page.locator(`tr[data-responder="${responder}"] td[data-incident="${incident}"] button`);
      assert.equal((await cell.textContent()).trim(), text, `${responder} in ${incident}`);
    }
  }
  const columns = await page.locator("table.compare thead th[data-incident]").evaluateAll((ths) => ths.map((th) => th.dataset.incident));
  const byDate = [...running.seeds].sort((a, b) => a.incident.made_public.localeCompare(b.incident.made_public));
  assert.deepEqual(columns, byDate.map((seed) => seed.incident.id), "oldest first");
  assert.deepEqual(errors, []);
  await page.close();
});

test("a cell opens what that state said in that incident, and the link reopens it", async () => {
  const { page } = await openPage(running.browser, `${running.server.url}?view=compare`);
  const exchange = running.seeds.find((seed) => seed.incident.id === "exchange-china-2021");
  await page.locator(`tr[data-responder=GB] td[data-incident=${exchange.incident.id}] button`).click();
  const url = new URL(await addressOf(page));
  assert.deepEqual([url.searchParams.get("view"), url.searchParams.get("incident"), url.searchParams.get("country")], ["compare", exchange.incident.id, "GB"]);
  const spoke = new Set(exchange.reactions.map((reaction) => reaction.actor));
  const british = exchange.actors.filter((actor) => actor.country === "GB" && spoke.has(actor.id));
  await page.locator("aside#detail h2", { hasText: "United Kingdom" }).waitFor();
  const detail = await page.locator("aside#detail").innerText();
  for (const actor of british) assert.ok(detail.includes(actor.name.en), `${actor.name.en} in:\n${detail}`);
  await page.reload();
  await page.locator(`tr[data-responder=GB] td[data-incident=${exchange.incident.id}] button[aria-pressed=true]`).waitFor();
  await page.close();
});

test("rows sort by incidents answered, by strongest rung and by name, and the sort is in the link", async () => {
  const { page } = await openPage(running.browser, `${running.server.url}?view=compare`);
  const states = () => page.locator("tbody:last-of-type tr[data-responder]").evaluateAll((trs) => trs.map((tr) => tr.dataset.responder));
  const all = new Map();
  for (const seed of running.seeds) {
    for (const [responder, kinds] of responses(seed)) {
      if (responder.length !== 2 || responder === "EU") continue;
      const known = all.get(responder) ?? { answered: 0, step: 0 };
      all.set(responder, { answered: known.answered + 1, step: Math.max(known.step, strongest(kinds)) });
    }
  }
  // The part redraws from the new link a moment after the address has it (CI once read the
  // rows in between): read until they come in order, and fail with the last reading if never.
  const ordered = async (read, order, message) => {
    let values;
    for (const until = Date.now() + 10000; Date.now() < until; await page.waitForTimeout(50)) {
      values = await read();
      if (values.join() === [...values].sort(order).join()) break;
    }
    assert.deepEqual(values, [...values].sort(order), message);
  };
  const descending = (a, b) => b - a;
  await ordered(async () => (await states()).map((code) => all.get(code).answered), descending, "most incidents first");
  await page.getByLabel("Sort rows by").selectOption("strength");
  await page.waitForURL(/rank=strength/);
  await ordered(async () => (await states()).map((code) => all.get(code).step), descending, "strongest first");
  await page.getByLabel("Sort rows by").selectOption("name");
  await page.waitForURL(/rank=name/);
  const names = () => page.locator("tbody:last-of-type tr[data-responder] th").allTextContents();
  await ordered(names, (a, b) => a.localeCompare(b, "en"), "by name");
  await page.close();
});

test("the comparison works by keyboard: Tab reaches a cell, Enter opens it", async () => {
  const { page } = await openPage(running.browser, `${running.server.url}?view=compare`);
  await page.locator("table.compare td button").first().focus();
  const label = await page.evaluate(() => document.activeElement.getAttribute("aria-label"));
  await page.keyboard.press("Enter");
  await page.waitForURL(/(country|actor)=/);
  assert.ok(label.includes(": "), label);
  await page.keyboard.press("Tab");
  assert.equal(await page.evaluate(() => document.activeElement.tagName), "BUTTON", "the next cell is one Tab away");
  await page.close();
});

test("the summary lines follow the filter", async () => {
  const { page } = await openPage(running.browser, `${running.server.url}?view=compare`);
  const lines = () => page.locator(".compare-summary li").allTextContents();
  const before = await lines();
  assert.ok(before.some((line) => /^Of the 27 EU member states, \d+ spoke for themselves/.test(line)), before.join("\n"));
  await page.goto(`${running.server.url}?view=compare&response=denial`);
  await page.locator(".compare-summary").waitFor();
  const after = await lines();
  assert.ok(after.some((line) => line.startsWith("Of the 27 EU member states, none spoke")), after.join("\n"));
  await page.close();
});

test("the timeline puts every reaction at its day from the attribution, keyboard and all", async () => {
  const seed = running.czech;
  const { page } = await openPage(running.browser, `${running.server.url}?view=timeline`);
  await page.locator("table.timeline").waitFor();
  const rows = await page.locator(".timeline tr[data-actor]").evaluateAll((trs) => trs.map((tr) => tr.dataset.actor));
  assert.deepEqual([...rows].sort(), reactedActors(seed).sort());
  for (const actor of reactedActors(seed)) {
    const expected = [...new Set(seed.reactions.filter((reaction) => reaction.actor === actor).map((reaction) => dayOf(seed.incident.made_public, reaction)))];
    const shown = await page.locator(`.timeline tr[data-actor="${actor}"] .mark`).evaluateAll((marks) => marks.map((mark) => Number(mark.dataset.day)));
    assert.deepEqual(shown.sort((a, b) => a - b), expected.sort((a, b) => a - b), actor);
  }
  const first = page.locator(".timeline .mark").first();
  await first.focus();
  await page.keyboard.press("Enter");
  await page.waitForURL(/reaction=/);
  assert.equal(await settledAttribute(first, "aria-pressed", "true"), "true");
  assert.match(await first.getAttribute("aria-label"), /the day of the attribution|day \d+/);
  await page.keyboard.press("Tab");
  assert.equal(await page.evaluate(() => document.activeElement.getAttribute("role")), "button");
  await page.close();
});

test("a filter click redraws the table at once and what lies below it once the browser is idle, as a fresh page draws it", async () => {
  const { page, errors } = await openPage(running.browser, `${running.server.url}?view=compare`);
  const below = () => page.locator("section.comparison").evaluate((section) => [section.querySelector(".coalitions").outerHTML, section.querySelector(".aligned").outerHTML]);
  const before = await below();
  // Read in the moment the table changes: the section is busy, and below it nothing has moved.
  const inTheClicksFrame = await page.evaluate(
    () =>
      new Promise((done) => {
        const section = document.querySelector("section.comparison");
        const aligned = section.querySelector(".aligned").outerHTML;
        const watch = new MutationObserver(() => {
          watch.disconnect();
          done({ busy: section.getAttribute("aria-busy"), alignedKept: section.querySelector(".aligned").outerHTML === aligned });
        });
        watch.observe(section.querySelector("table.compare"), { subtree: true, childList: true, characterData: true, attributes: true });
        document.querySelector(".chip[data-value=condemnation]").click();
      }),
  );
  assert.deepEqual(inTheClicksFrame, { busy: "true", alignedKept: true });
  await page.locator("section.comparison:not([aria-busy])").waitFor();
  const after = await below();
  assert.notDeepEqual(after, before, "the filter changes what lies below the table");
  const fresh = await openPage(running.browser, page.url());
  const freshBelow = await fresh.page.locator("section.comparison").evaluate((section) => [section.querySelector(".coalitions").outerHTML, section.querySelector(".aligned").outerHTML]);
  assert.deepEqual(after, freshBelow);
  assert.deepEqual([...errors, ...fresh.errors], []);
  await Promise.all([page.close(), fresh.page.close()]);
});

test("the aligned timeline has a row per incident on one day axis", async () => {
  const { page } = await openPage(running.browser, `${running.server.url}?view=compare`);
  // It comes once the browser is idle after the comparison's table.
  await page.locator(".aligned tr[data-incident]").first().waitFor();
  const rows = await page.locator(".aligned tr[data-incident]").evaluateAll((trs) => trs.map((tr) => tr.dataset.incident));
  assert.deepEqual([...rows].sort(), running.seeds.map((seed) => seed.incident.id).sort());
  for (const seed of running.seeds) {
    const expected = new Set(seed.reactions.filter((reaction) => reaction.date.length === 10).map((reaction) => days(seed.incident.made_public, reaction.date)));
    const shown = new Set(await page.locator(`.aligned tr[data-incident="${seed.incident.id}"] .mark`).evaluateAll((marks) => marks.map((mark) => Number(mark.dataset.day))));
    for (const day of expected) assert.ok(shown.has(day), `${seed.incident.id}: day ${day}`);
  }
  await page.close();
});
