// Every incident in seeds/: the picker lists it, it loads on demand, and its matrix, map and
// filters show what its file says. The expected rows and marks are read from the file itself.
import { test } from "node:test";
import assert from "node:assert/strict";
import { addressOf, openPage, reactedActors, useBrowser } from "./support.mjs";

const running = useBrowser();

const rows = (page) => page.locator("tbody tr[data-actor]").evaluateAll((trs) => trs.map((tr) => tr.dataset.actor));
const sorted = (list) => [...list].sort();

/** The states that attributed: the file's list, or the target's state. */
const attributing = (seed) => seed.incident.attributed_by ?? [seed.incident.target.country];

test("the incident picker lists every incident in seeds/, and each loads when picked", async () => {
  const { page, errors } = await openPage(running.browser, running.server.url);
  const picker = page.locator("select#incident-picker, .toolbar select").first();
  const offered = await picker.locator("option").evaluateAll((options) => options.map((option) => option.value));
  assert.deepEqual(sorted(offered), sorted(running.seeds.map((seed) => seed.incident.id)));
  const fetched = [];
  page.on("request", (request) => request.url().includes("/data/") && fetched.push(request.url()));
  for (const seed of running.seeds.filter((seed) => seed !== running.czech)) {
    await picker.selectOption(seed.incident.id);
    await page.locator("h1", { hasText: seed.incident.title.en }).waitFor();
    assert.deepEqual(sorted(await rows(page)), sorted(reactedActors(seed)), seed.incident.id);
  }
  // The extras module reads the same files for the handout (the first incident's too), from
  // the browser's cache, and each one's lesson file (its story and questions).
  const picked = (url) => /\/data\/(?!lesson-)[a-z0-9-]+\.en\.[0-9a-f]+\.bin$/.test(url) && !url.includes(`/${running.czech.incident.id}.`);
  const incidentFiles = new Set(fetched.filter(picked));
  assert.equal(incidentFiles.size, running.seeds.length - 1, "each incident's file is fetched when picked");
  assert.deepEqual(errors, []);
  await page.close();
});

for (const seedIndex of [0, 1, 2, 3]) {
  test(`incident ${seedIndex + 1} of seeds/: its rows, its attributing and accused states, a response filter`, async () => {
    const seed = running.seeds[seedIndex];
    assert.ok(seed, "seeds/ holds at least four incidents");
    const id = seed.incident.id;
    const { page, errors } = await openPage(running.browser, `${running.server.url}?incident=${id}&map=world`);
    await page.locator("table.matrix").waitFor();
    assert.equal(await page.locator("h1").textContent(), seed.incident.title.en);
    assert.deepEqual(sorted(await rows(page)), sorted(reactedActors(seed)));
    for (const code of attributing(seed)) {
      const state = page.locator(`svg [data-country=${code}], .beyond-country[value=${code}]`).first();
      assert.match(await state.getAttribute("class"), /\battributing\b/, `${id}: ${code} attributed`);
    }
    const accused = page.locator(`svg [data-country=${seed.incident.attributed_to.state}]`);
    assert.match(await accused.getAttribute("class"), /\baccused\b/);
    // Keep one response kind: the rows left are the actors with a reaction of that kind.
    const kind = seed.reactions[0].responses[0];
    const chips = await page.locator(".chip[data-value]").evaluateAll((chips) => chips.map((chip) => chip.dataset.value));
    for (const other of chips.filter((value) => value !== kind && !value.match(/^(government|agency|official|mission|intergovernmental|legislature)$/))) {
      await page.locator(`.chip[data-value=${other}]`).click();
    }
    const expected = reactedActors({ reactions: seed.reactions.filter((reaction) => reaction.responses.includes(kind)) });
    assert.deepEqual(sorted(await rows(page)), sorted(expected), `${id}: only ${kind}`);
    assert.equal(await page.locator("thead th.kind").count(), 1);
    assert.equal(new URL(await addressOf(page)).searchParams.get("response"), kind);
    assert.deepEqual(errors, []);
    await page.close();
  });
}
