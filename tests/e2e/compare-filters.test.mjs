// The comparison's choice of incidents and its sort by speed in a real browser, checked against
// the data files: the state held responsible, an attributing state and the period each keep the
// incidents the files say; the rows sort by the median day of each state's first answers; all of
// it is in the link, which reopens the same view; a profile opened from it covers the same
// incidents; and a choice nothing fits says so in words.
import { test } from "node:test";
import assert from "node:assert/strict";
import { addressOf, axeFindings, dayOf, openPage, useBrowser } from "./support.mjs";

const running = useBrowser();

/** The states that made the attribution, as the core reads them (`Facts::attributing`). */
const attributing = ({ incident }) => (incident.attributed_by?.length ? incident.attributed_by : [incident.target.country]);

/** The responders that spoke in the incidents (states and blocs through their bodies). */
function responders(seeds) {
  const found = new Set();
  for (const seed of seeds) {
    const actors = new Map(seed.actors.map((actor) => [actor.id, actor]));
    for (const reaction of seed.reactions) {
      const actor = actors.get(reaction.actor);
      for (const responder of [actor.country, actor.speaks_for]) if (responder) found.add(responder);
    }
  }
  return [...found].sort();
}

/** A state's median first answer over the incidents, in half days, from the files. */
function medianHalfDays(state, seeds) {
  const firsts = [];
  for (const seed of seeds) {
    const own = new Set(seed.actors.filter((actor) => actor.country === state).map((actor) => actor.id));
    const days = seed.reactions.filter((reaction) => own.has(reaction.actor)).map((reaction) => dayOf(seed.incident.made_public, reaction));
    if (days.length) firsts.push(Math.min(...days));
  }
  firsts.sort((a, b) => a - b);
  const middle = Math.floor(firsts.length / 2);
  return firsts.length % 2 ? 2 * firsts[middle] : firsts[middle - 1] + firsts[middle];
}

/** What the page shows: its columns' incidents and its rows' responders. */
async function shown(page) {
  const columns = await page.locator("table.compare thead th[data-incident]").evaluateAll((ths) => ths.map((th) => th.dataset.incident));
  const rows = await page.locator("table.compare tr[data-responder]").evaluateAll((trs) => trs.map((tr) => tr.dataset.responder));
  return { columns, rows: [...rows].sort() };
}

/** What the files say the comparison of these incidents shows. */
const expected = (seeds) => ({
  columns: [...seeds].sort((a, b) => a.incident.made_public.localeCompare(b.incident.made_public)).map((seed) => seed.incident.id),
  rows: responders(seeds),
});

test("the choice of incidents and the sort by speed keep what the files say, and the link reopens them", async () => {
  const { page, errors } = await openPage(running.browser, `${running.server.url}?view=compare`);
  await page.locator("table.compare").waitFor();
  const russia = running.seeds.filter((seed) => seed.incident.attributed_to.state === "RU");
  await page.getByRole("combobox", { name: "State held responsible" }).selectOption("RU");
  await page.waitForURL(/accused=RU/);
  assert.deepEqual(await shown(page), expected(russia));
  assert.equal(await page.locator(".compare-kept").textContent(), `Incidents compared: ${russia.length} of ${running.seeds.length}`);

  const british = russia.filter((seed) => attributing(seed).includes("GB"));
  await page.getByRole("combobox", { name: "Attributing state" }).selectOption("GB");
  await page.waitForURL(/attributed_by=GB/);
  assert.deepEqual(await shown(page), expected(british));

  const from = page.getByLabel("Made public from");
  await from.fill("1 June 2018");
  await from.press("Enter");
  await page.waitForURL(/made_from=2018-06-01/);
  const kept = british.filter((seed) => seed.incident.made_public >= "2018-06-01");
  assert.ok(kept.length >= 2 && kept.length < british.length, kept.map((seed) => seed.incident.id).join(", "));
  assert.deepEqual(await shown(page), expected(kept));

  await page.getByLabel("Sort rows by").selectOption("speed");
  await page.waitForURL(/rank=speed/);
  await page.locator("table.compare th.median-col", { hasText: "Median first answer" }).waitFor();
  const states = await page.locator("tbody:last-of-type tr[data-responder]").evaluateAll((trs) => trs.map((tr) => tr.dataset.responder));
  const medians = states.map((state) => medianHalfDays(state, kept));
  assert.deepEqual(medians, [...medians].sort((a, b) => a - b), `soonest first: ${states.join(", ")}`);
  const words = await page.locator("tbody:last-of-type tr[data-responder] td.median").allTextContents();
  assert.equal(words.length, states.length);
  assert.ok(words.every((text) => /the day of the attribution|day \d|days? (after|before) the attribution/.test(text)), words.join(" | "));

  const link = await addressOf(page);
  for (const [name, value] of [["view", "compare"], ["accused", "RU"], ["attributed_by", "GB"], ["made_from", "2018-06-01"], ["rank", "speed"]]) {
    assert.equal(new URL(link).searchParams.get(name), value, name);
  }
  const before = { ...(await shown(page)), states };
  const { page: again } = await openPage(running.browser, link);
  await again.locator("table.compare th.median-col").waitFor();
  const after = {
    ...(await shown(again)),
    states: await again.locator("tbody:last-of-type tr[data-responder]").evaluateAll((trs) => trs.map((tr) => tr.dataset.responder)),
  };
  assert.deepEqual(after, before, "the link reopens the same view");
  assert.equal(await again.getByRole("combobox", { name: "State held responsible" }).inputValue(), "RU");
  assert.equal(await again.getByRole("combobox", { name: "Attributing state" }).inputValue(), "GB");
  assert.equal(await again.getByLabel("Made public from").inputValue(), "1 June 2018");
  assert.equal(await again.getByLabel("Sort rows by").inputValue(), "speed");
  await again.close();
  assert.deepEqual(errors, []);
  await page.close();
});

test("a profile opened from a choice of incidents covers those incidents and says so", async () => {
  const { page } = await openPage(running.browser, `${running.server.url}?view=compare&accused=CN`);
  await page.locator("table.compare").waitFor();
  const china = running.seeds.filter((seed) => seed.incident.attributed_to.state === "CN");
  await page.locator("tr[data-responder=GB] th button").click();
  await page.waitForURL(/profile=GB/);
  assert.equal(await page.locator("#profile-heading").textContent(), "United Kingdom across the incidents compared");
  assert.equal(await page.locator(".profile .compare-kept").textContent(), `Incidents compared: ${china.length} of ${running.seeds.length}`);
  const incidents = await page.locator(".profile tbody[data-incident]").evaluateAll((bodies) => bodies.map((body) => body.dataset.incident));
  assert.deepEqual([...incidents].sort(), china.map((seed) => seed.incident.id).sort());
  assert.match(new URL(await addressOf(page)).search, /accused=CN/);
  await page.close();
});

test("a choice nothing fits says so in words, and a link's value that names nothing gets a notice", async () => {
  const { page } = await openPage(running.browser, `${running.server.url}?view=compare&made_from=2019-01-01&made_until=2018-01-01&accused=Russia`);
  await page.locator(".compare-empty").waitFor();
  assert.equal(await page.locator(".compare-empty").textContent(), "No incident fits this choice.");
  assert.equal(await page.locator("table.compare").count(), 0, "no empty table");
  const notice = page.locator("aside.notice", { hasText: "Russia" });
  await notice.waitFor();
  assert.ok((await notice.textContent()).includes("accused"));
  await page.close();
});

test("in Czech the choice and the sort by speed have their labels, and axe-core finds nothing", async () => {
  const { page } = await openPage(running.browser, `${running.server.url}cs.html?view=compare&accused=RU&made_from=2018-06-01&rank=speed`);
  await page.locator("table.compare th.median-col", { hasText: "Medián první reakce" }).waitFor();
  assert.equal(await page.getByRole("combobox", { name: "Stát označený za odpovědný" }).inputValue(), "RU");
  assert.equal(await page.getByLabel("Zveřejněno od").inputValue(), "1. 6. 2018");
  const russia = running.seeds.filter((seed) => seed.incident.attributed_to.state === "RU" && seed.incident.made_public >= "2018-06-01");
  const kept = (await page.locator(".compare-kept").textContent()).replace(/\s/g, " ");
  assert.match(kept, new RegExp(`^Srovnávané incidenty: ${russia.length} ze? ${running.seeds.length}$`));
  assert.deepEqual(await axeFindings(page), []);
  await page.close();
});
