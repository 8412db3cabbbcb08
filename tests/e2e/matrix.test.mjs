// The built widget in a real browser: it loads cleanly and shows the data it embeds.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { launchChromium, openPage, readSeeds, serveDist } from "./support.mjs";

let server;
let browser;
let czech;

before(async () => {
  server = await serveDist();
  browser = await launchChromium();
  czech = (await readSeeds()).find((seed) => seed.incident.id === "czech-mfa-apt31-2025");
});

after(async () => {
  await browser?.close();
  server?.close();
});

test("the page loads with no console error and shows the incident", async () => {
  const { page, errors } = await openPage(browser, server.url);
  await page.locator("table.matrix").waitFor();
  assert.equal(await page.locator("h1").textContent(), czech.incident.title.en);
  assert.deepEqual(errors, []);
  await page.close();
});

test("the table has a row for every actor that reacted and a mark for every response", async () => {
  const { page } = await openPage(browser, server.url);
  await page.locator("table.matrix").waitFor();
  const reacted = new Set(czech.reactions.map((reaction) => reaction.actor));
  const expectedRows = czech.actors.filter((actor) => reacted.has(actor.id)).map((actor) => actor.name.en);
  const rows = await page.locator("tbody tr[data-actor] th[scope=row] .actor-name").allTextContents();
  assert.deepEqual([...rows].sort(), [...expectedRows].sort());
  const responses = czech.reactions.reduce((sum, reaction) => sum + reaction.responses.length, 0);
  assert.equal(await page.locator("td a.mark").count(), responses);
  await page.close();
});

test("a mark leads to the reaction's detail and its sources", async () => {
  const { page } = await openPage(browser, server.url);
  const summons = page.locator("tr[data-actor=cz-lipavsky] td.kind-summons a.mark");
  await summons.click();
  const detail = page.locator("li.reaction:target");
  await detail.waitFor();
  assert.match(await detail.locator("h3").textContent(), /Jan Lipavský/);
  const lipavsky = czech.reactions.find((reaction) => reaction.actor === "cz-lipavsky");
  const links = await detail.locator("cite a").evaluateAll((anchors) => anchors.map((a) => [a.href, a.target, a.rel]));
  assert.equal(links.length, lipavsky.sources.length);
  for (const [, target, rel] of links) {
    assert.equal(target, "_blank");
    assert.equal(rel, "noopener noreferrer");
  }
  await page.close();
});

test("a Czech link speaks Czech, and a bad parameter gets a notice instead of a blank page", async () => {
  const { page, errors } = await openPage(browser, `${server.url}?lang=cs&incident=no-such-incident`);
  await page.locator("table.matrix").waitFor();
  assert.equal(await page.locator("h1").textContent(), czech.incident.title.cs);
  assert.match(await page.locator("[role=status]").textContent(), /no-such-incident/);
  await page.getByRole("button", { name: "EN" }).click();
  assert.equal(await page.locator("h1").textContent(), czech.incident.title.en);
  assert.deepEqual(errors, []);
  await page.close();
});

test("keyboard alone reaches a mark and opens its reaction", async () => {
  const { page } = await openPage(browser, server.url);
  await page.locator("table.matrix").waitFor();
  let focused = "";
  // Tab through the page's controls in order; the first mark comes after a handful of them.
  for (let presses = 0; presses < 40 && focused !== "mark"; presses += 1) {
    await page.keyboard.press("Tab");
    focused = await page.evaluate(() => document.activeElement?.className ?? "");
  }
  assert.equal(focused, "mark", "a matrix mark is reachable with Tab");
  const label = await page.evaluate(() => document.activeElement.getAttribute("aria-label"));
  await page.keyboard.press("Enter");
  const detail = page.locator("li.reaction:target");
  await detail.waitFor();
  assert.ok(label.startsWith(await detail.locator("h3").evaluate((h) => h.textContent.split(",")[0])));
  await page.close();
});
