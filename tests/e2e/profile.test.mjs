// A responder's profile in a real browser, checked against the data files: opened from the
// comparison and from the detail panel, every cell of Germany's equal to what the files say it
// did, the link that reopens it, Czech, a 320 px phone, its table within its column at 1280 px,
// both themes and axe.
import { test } from "node:test";
import assert from "node:assert/strict";
import { addressOf, axeFindings, dayOf, openPage, ready, useBrowser } from "./support.mjs";

const running = useBrowser();

/** The codebook's English labels by id (src/i18n.rs), as a profile's cells print them. */
const LABELS = {
  concern: "concern",
  solidarity: "solidarity",
  "call-to-refrain": "call to refrain",
  condemnation: "condemnation",
  summons: "summons",
  "recall-ambassador": "recall of ambassador",
  expulsion: "expulsion",
  "severing-relations": "severing relations",
  indictment: "legal action",
  sanctions: "sanctions",
  investigation: "investigation",
  attribution: "attribution",
  "policy-measure": "policy measure",
  denial: "denial",
  "counter-accusation": "counter-accusation",
  "counter-summons": "counter-summons",
  "retaliatory-expulsion": "retaliatory expulsion",
  "counter-sanctions": "counter-sanctions",
};
const ORDER = Object.keys(LABELS);
/** The ladder's rungs: the first ten kinds of the codebook. */
const rung = (kind) => ORDER.indexOf(kind) + 1;
/** A kind as a cell prints it: its label, and its rung where the ladder has one. */
const printed = (kind) => (rung(kind) <= 10 ? `${LABELS[kind]} (rung ${rung(kind)})` : LABELS[kind]);
const inCodebookOrder = (kinds) => [...new Set(kinds)].sort((a, b) => ORDER.indexOf(a) - ORDER.indexOf(b));


/** What the file says a state did in an incident: its reactions (numbered from 1, as links
 *  name them) and whether a bloc whose body spoke lists it as a member. */
function stateIn(seed, code) {
  const actors = new Map(seed.actors.map((actor) => [actor.id, actor]));
  const reactions = seed.reactions.map((reaction, at) => ({ ...reaction, number: at + 1 })).filter((reaction) => actors.get(reaction.actor).country === code);
  const covered = seed.reactions.some((reaction) => {
    const bloc = seed.blocs?.find((bloc) => bloc.id === actors.get(reaction.actor).speaks_for);
    return bloc?.members.includes(code);
  });
  return { reactions, covered };
}

const profileShown = (page, code) => page.locator(`section.profile[data-responder="${code}"] table`).waitFor();

test("Germany's profile, opened from the comparison, holds in every cell what the files say it did", async () => {
  const { page, errors } = await openPage(running.browser, `${running.server.url}?view=compare`);
  await page.locator('tr[data-responder="DE"] th button').click();
  await profileShown(page, "DE");
  assert.equal(new URL(await addressOf(page)).searchParams.get("profile"), "DE");
  assert.equal(await page.locator("#profile-heading").textContent(), "Germany across all incidents");
  const byDate = [...running.seeds].sort((a, b) => a.incident.made_public.localeCompare(b.incident.made_public));
  const groups = await page.locator("section.profile tbody").evaluateAll((bodies) => bodies.map((body) => body.dataset.incident));
  assert.deepEqual(groups, byDate.map((seed) => seed.incident.id), "oldest first, as the comparison");
  let answered = 0;
  for (const seed of byDate) {
    const { reactions, covered } = stateIn(seed, "DE");
    const group = page.locator(`section.profile tbody[data-incident="${seed.incident.id}"]`);
    const heading = group.locator("th[scope=rowgroup]");
    assert.equal(
      await heading.locator(".profile-kinds").textContent(),
      inCodebookOrder(reactions.flatMap((reaction) => reaction.responses)).map(printed).join(", "),
      `every kind in ${seed.incident.id}`,
    );
    // Beside its own reactions under the incident; with none, in the row's width.
    assert.equal(await group.locator(".covered-note").count(), covered ? 1 : 0, `covered in ${seed.incident.id}`);
    if (reactions.length === 0) {
      assert.equal((await group.locator("td").evaluate((td) => td.firstChild.textContent)).trim(), "No answer of its own", seed.incident.id);
      continue;
    }
    assert.equal(await heading.locator(".covered-note").count(), covered ? 1 : 0, `covered in ${seed.incident.id}`);
    answered += 1;
    const rows = await group.locator("tr[data-reaction]").evaluateAll((trs) => trs.map((tr) => Number(tr.dataset.reaction)));
    assert.deepEqual([...rows].sort((a, b) => a - b), reactions.map((reaction) => reaction.number), seed.incident.id);
    for (const reaction of reactions) {
      const where = `${seed.incident.id} #${reaction.number}`;
      const cells = group.locator(`tr[data-reaction="${reaction.number}"] > td`);
      assert.equal(await cells.nth(1).textContent(), inCodebookOrder(reaction.responses).map(printed).join(", "), where);
      assert.equal(await cells.nth(2).locator("time").getAttribute("datetime"), reaction.date, where);
      assert.equal(Number(await cells.nth(2).locator("[data-day]").getAttribute("data-day")), dayOf(seed.incident.made_public, reaction), where);
      if (reaction.date_upper_bound) assert.match(await cells.nth(2).locator("time").textContent(), /^by /, where);
      const quote = reaction.quotes?.find((quote) => quote.lang === "en") ?? reaction.quotes?.[0];
      assert.equal(await cells.nth(3).locator("blockquote").count(), quote ? 1 : 0, where);
      if (quote) assert.equal(await cells.nth(3).locator("blockquote").textContent(), quote.text, where);
      const sources = reaction.sources.map((id) => seed.sources.find((source) => source.id === id).url);
      assert.deepEqual(await cells.nth(4).locator("a").evaluateAll((links) => links.map((link) => link.getAttribute("href"))), sources, where);
    }
  }
  const lines = await page.locator("section.profile .compare-summary li").allTextContents();
  assert.equal(lines[0], `Answered ${answered} of ${running.seeds.length}\u00a0incidents.`);
  assert.deepEqual(errors, []);
  await page.close();
});

test("the profile's link reopens it, and the way back is the comparison", async () => {
  const { page } = await openPage(running.browser, `${running.server.url}?view=compare&profile=DE`);
  await profileShown(page, "DE");
  const before = await page.locator("section.profile").innerText();
  await page.reload();
  await ready(page);
  await profileShown(page, "DE");
  assert.equal(await page.locator("section.profile").innerText(), before);
  await page.locator('section.profile tbody[data-incident="apt28-germany-czechia-2024"] th button').click();
  await page.locator("aside#detail h2", { hasText: "Germany" }).waitFor();
  const opened = new URL(await addressOf(page)).searchParams;
  assert.deepEqual([opened.get("incident"), opened.get("country"), opened.get("profile")], ["apt28-germany-czechia-2024", "DE", "DE"], "a swatch opens its incident beside the profile");
  await page.getByRole("button", { name: "Back to the comparison" }).click();
  await page.locator("table.compare tr[data-responder]").first().waitFor();
  const back = new URL(await addressOf(page)).searchParams;
  assert.deepEqual([back.get("profile"), back.get("view")], [null, "compare"]);
  await page.goBack();
  await profileShown(page, "DE");
  await page.close();
});

test("the detail panel opens the selected state's profile, and a bloc body's opens its bloc's", async () => {
  const { page } = await openPage(running.browser, `${running.server.url}?incident=apt28-germany-czechia-2024&country=DE`);
  await page.getByRole("button", { name: "This responder across all incidents" }).click();
  await profileShown(page, "DE");
  const url = new URL(await addressOf(page));
  assert.deepEqual([url.searchParams.get("view"), url.searchParams.get("profile")], ["compare", "DE"]);
  await page.goto(`${running.server.url}?incident=czech-mfa-apt31-2025&actor=eu`);
  await ready(page);
  await page.getByRole("button", { name: "This responder across all incidents" }).click();
  await profileShown(page, "EU");
  assert.equal(await page.locator("#profile-heading").textContent(), "European Union across all incidents");
  await page.close();
});

test("a responder no incident names leaves the comparison with the link's usual notice", async () => {
  const { page } = await openPage(running.browser, `${running.server.url}?view=compare&profile=OPEC`);
  await page.locator("table.compare tr[data-responder]").first().waitFor();
  const notice = page.locator("aside.notice", { hasText: "profile=“OPEC”" });
  await notice.waitFor();
  await notice.getByRole("button").click();
  await page.waitForURL((url) => !url.searchParams.has("profile"));
  assert.equal(await page.locator("aside.notice").count(), 0);
  await page.close();
});

test("in Czech the profile speaks Czech: heading, lines and columns", async () => {
  const { page } = await openPage(running.browser, `${running.server.url}cs.html?view=compare&profile=DE`);
  await profileShown(page, "DE");
  assert.equal(await page.locator("#profile-heading").textContent(), "Německo ve všech incidentech");
  const lines = await page.locator("section.profile .compare-summary li").allTextContents();
  assert.match(lines[0], /^Vlastní reakce: u\u00a0\d+\u00a0z\u00a010\u00a0incidentů\.$/);
  assert.ok(lines.some((line) => line.startsWith("Medián první reakce: ")), lines.join("\n"));
  const columns = await page.locator("section.profile thead th").allTextContents();
  assert.deepEqual(columns, ["Incident", "Aktér", "Reakce", "Kdy", "Citace", "Zdroje"]);
  assert.ok(await page.getByRole("button", { name: "Zpět ke srovnání" }).isVisible());
  await page.close();
});

test("from 320 to 1280 px the page never scrolls sideways, in either language", async () => {
  for (const width of [320, 1280]) {
    const page = await running.browser.newPage({ viewport: { width, height: 800 } });
    for (const path of ["?view=compare&profile=DE", "cs.html?view=compare&profile=US"]) {
      await page.goto(`${running.server.url}${path}`);
      await ready(page);
      await page.locator("section.profile table").waitFor();
      const wide = await page.evaluate(() => document.documentElement.scrollWidth);
      assert.ok(wide <= width, `${path} is ${wide} px wide at ${width} px`);
    }
    await page.close();
  }
});

test("at 1280 px the profile's table fits its column beside the detail panel, in either language", async () => {
  const page = await running.browser.newPage({ viewport: { width: 1280, height: 800 } });
  for (const path of ["?view=compare&profile=GB", "?view=compare&profile=US", "cs.html?view=compare&profile=CN"]) {
    await page.goto(`${running.server.url}${path}`);
    await ready(page);
    await page.locator("section.profile table").waitFor();
    const [table, column] = await page
      .locator("section.profile table")
      .evaluate((table) => [table.scrollWidth, table.parentElement.clientWidth]);
    assert.ok(table <= column, `${path}: the table is ${table} px wide in a column of ${column} px`);
  }
  await page.close();
});

for (const path of ["?view=compare&profile=DE&incident=apt28-germany-czechia-2024&country=DE", "cs.html?view=compare&profile=EU&theme=dark"]) {
  test(`axe-core finds nothing on the profile "${path}"`, async () => {
    const page = await running.browser.newPage();
    await page.goto(`${running.server.url}${path}`);
    await ready(page);
    await page.locator("section.profile table").waitFor();
    assert.deepEqual(await axeFindings(page), []);
    await page.close();
  });
}

test("a keyboard reader who opens a profile lands on its heading, and back on the name they left", async () => {
  const { page } = await openPage(running.browser, `${running.server.url}?view=compare`);
  const name = page.locator('table.compare tr[data-responder="DE"] th button');
  await name.focus();
  await page.keyboard.press("Enter");
  await profileShown(page, "DE");
  await page.waitForFunction(() => document.activeElement?.id === "profile-heading");
  await page.getByRole("button", { name: "Back to the comparison" }).focus();
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => document.activeElement?.closest("tr")?.dataset.responder === "DE");
  await page.close();
});
