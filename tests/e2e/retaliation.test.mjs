// The accused state hitting back (a counter-summons, a retaliatory expulsion, counter-sanctions)
// is a family of its own, off the ladder, in every view: the map and its key paint it apart and
// never with a rung, the matrix gives it columns and a mark of its own, the comparison prints ⇄
// and gives it a sentence of its own apart from the denials, and the timeline draws a diamond.
// The incident and what its accused state did are read from the data files (SolarWinds, 2021).
import { test } from "node:test";
import assert from "node:assert/strict";
import { openPage, useBrowser } from "./support.mjs";

const running = useBrowser();

const RETALIATION = ["counter-summons", "retaliatory-expulsion", "counter-sanctions"];
const REPLIES = ["denial", "counter-accusation"];
const SIGN = "⇄";

/** The first incident in seeds/ in which the accused state hits back, with its accused state's
 *  actors and their reactions. */
function retaliating() {
  const seed = running.seeds.find((seed) => seed.reactions.some((reaction) => reaction.responses.some((kind) => RETALIATION.includes(kind))));
  assert.ok(seed, "an incident in seeds/ has the accused state hitting back");
  const accused = seed.incident.attributed_to.state;
  const actors = new Set(seed.actors.filter((actor) => actor.country === accused).map((actor) => actor.id));
  const reactions = seed.reactions.filter((reaction) => actors.has(reaction.actor));
  return { seed, id: seed.incident.id, accused, actors, reactions };
}

test("the map paints the accused state's retaliation with a swatch of its own, never a rung, and the key names it", async () => {
  const { id, accused } = retaliating();
  const { page, errors } = await openPage(running.browser, `${running.server.url}?incident=${id}&map=world`);
  const state = page.locator(`svg [data-country=${accused}], .beyond-country[value=${accused}]`).first();
  const classes = await state.getAttribute("class");
  assert.match(classes, /\bretaliation\b/, classes);
  assert.match(classes, /\baccused\b/, classes);
  assert.doesNotMatch(classes, /\bstep-\d+\b/, "no rung of the ladder");
  const key = page.locator(".other-key li", { has: page.locator(".swatch.retaliation") });
  assert.equal((await key.locator(".swatch").textContent()).trim(), SIGN, "its sign, not a number");
  assert.match(await key.textContent(), /hit back/);
  assert.equal(await page.locator(".ladder-key li").count(), 10, "the ladder has ten rungs");
  assert.deepEqual(errors, []);
  await page.close();
});

test("the matrix gives retaliation columns of their own, and the accused state's rows touch no rung", async () => {
  const { id, actors, reactions } = retaliating();
  const { page, errors } = await openPage(running.browser, `${running.server.url}?incident=${id}`);
  await page.locator("table.matrix").waitFor();
  for (const kind of RETALIATION) assert.equal(await page.locator(`thead th.kind-${kind}`).count(), 1, kind);
  for (const actor of actors) {
    const filled = await page.locator(`tr[data-actor="${actor}"] td.filled`).evaluateAll((cells) => cells.map((cell) => cell.dataset.kind));
    const did = [...new Set(reactions.filter((reaction) => reaction.actor === actor).flatMap((reaction) => reaction.responses))];
    assert.deepEqual(filled.sort(), did.sort(), actor);
    for (const kind of filled) assert.ok([...REPLIES, ...RETALIATION].includes(kind), `${actor}: ${kind}`);
  }
  const marks = await page.locator(`td.filled[data-kind^="counter-s"] .mark > span[aria-hidden], td.filled[data-kind=retaliatory-expulsion] .mark > span[aria-hidden]`).allTextContents();
  assert.ok(marks.length > 0 && marks.every((mark) => mark === SIGN), marks.join());
  assert.deepEqual(errors, []);
  await page.close();
});

test("the comparison prints ⇄ for the accused state and says it hit back apart from its denials", async () => {
  const { id, accused } = retaliating();
  const { page, errors } = await openPage(running.browser, `${running.server.url}?view=compare`);
  await page.locator("table.compare").waitFor();
  const cell = page.locator(`tr[data-responder=${accused}] td[data-incident=${id}] button`);
  assert.equal((await cell.textContent()).trim(), SIGN);
  assert.match(await cell.getAttribute("class"), /\bretaliation\b/);
  assert.doesNotMatch(await cell.getAttribute("class"), /\bstep-\d+\b/);
  assert.match(await cell.getAttribute("aria-label"), /retaliation, off the ladder/);
  const lines = await page.locator(".compare-summary li").allTextContents();
  const hitBack = lines.find((line) => line.startsWith("The state held responsible hit back, off the ladder"));
  assert.ok(hitBack, lines.join("\n"));
  assert.ok(RETALIATION.some((kind) => hitBack.includes(kind.replace("-", " ")) || hitBack.includes(kind)), hitBack);
  const answered = lines.find((line) => line.startsWith("The state held responsible answered"));
  for (const kind of ["counter-summons", "retaliatory expulsion", "counter-sanctions"]) {
    assert.ok(!answered?.includes(kind), `no ${kind} among the replies: ${answered}`);
  }
  assert.deepEqual(errors, []);
  await page.close();
});

test("the timeline draws the accused state's retaliation as a diamond with ⇄, and says so", async () => {
  const { id, reactions } = retaliating();
  const { page, errors } = await openPage(running.browser, `${running.server.url}?incident=${id}&view=timeline`);
  await page.locator("table.timeline").waitFor();
  const hitting = reactions.filter((reaction) => reaction.responses.some((kind) => RETALIATION.includes(kind)));
  for (const reaction of hitting) {
    const marks = page.locator(`.timeline tr[data-actor="${reaction.actor}"] .mark.retaliation`);
    assert.ok((await marks.count()) > 0, `${reaction.actor} on ${reaction.date}`);
  }
  const mark = page.locator(".timeline .mark.retaliation").first();
  assert.equal(await mark.locator("rect.diamond").count(), 1);
  assert.equal(await mark.locator("circle").count(), 0, "a circle is a rung's");
  assert.equal((await mark.locator("text").first().textContent()).trim(), SIGN);
  assert.match(await mark.getAttribute("aria-label"), /retaliation, off the ladder/);
  assert.deepEqual(errors, []);
  await page.close();
});
