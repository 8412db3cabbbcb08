// The built widget in a real browser: it loads cleanly, shows the data it embeds, and the
// matrix opens a reaction's detail by pointer and by keyboard alone.
import { test } from "node:test";
import assert from "node:assert/strict";
import { addressOf, openPage, useBrowser } from "./support.mjs";

const running = useBrowser();

// "row:column" of the focused cell, counting the actor's header as column 0.
const focusedCell = (page) =>
  page.evaluate(() => {
    const cell = document.activeElement;
    const row = cell?.closest("tr[data-row]");
    return row ? `${row.dataset.row}:${cell.cellIndex}` : "";
  });

test("the page loads with no console error and shows the incident", async () => {
  const { page, errors } = await openPage(running.browser, running.server.url);
  await page.locator("table.matrix").waitFor();
  assert.equal(await page.locator("h1").textContent(), running.czech.incident.title.en);
  assert.deepEqual(errors, []);
  await page.close();
});

test("the table has a row for every actor that reacted and a mark for every response", async () => {
  const { page } = await openPage(running.browser, running.server.url);
  await page.locator("table.matrix").waitFor();
  const reacted = new Set(running.czech.reactions.map((reaction) => reaction.actor));
  const expectedRows = running.czech.actors.filter((actor) => reacted.has(actor.id)).map((actor) => actor.name.en);
  const rows = await page.locator("tbody tr[data-actor] th[scope=row] .actor-name").allTextContents();
  assert.deepEqual([...rows].sort(), [...expectedRows].sort());
  const responses = running.czech.reactions.reduce((sum, reaction) => sum + reaction.responses.length, 0);
  assert.equal(await page.locator("td .mark").count(), responses);
  await page.close();
});

test("a cell opens the reaction's detail with every source, opening safely", async () => {
  const { page } = await openPage(running.browser, running.server.url);
  await page.locator("tr[data-actor=cz-lipavsky] td.kind-summons").click();
  const detail = page.locator("aside#detail");
  await detail.locator("article.reaction").waitFor();
  assert.equal(await detail.locator("h2").textContent(), "Jan Lipavský");
  const lipavsky = running.czech.reactions.find((reaction) => reaction.actor === "cz-lipavsky");
  const links = await detail.locator("cite a").evaluateAll((anchors) => anchors.map((a) => [a.target, a.rel]));
  assert.equal(links.length, lipavsky.sources.length);
  assert.ok(links.every(([target, rel]) => target === "_blank" && rel === "noopener noreferrer"));
  const quote = lipavsky.quotes.find((quote) => quote.lang === "en") ?? lipavsky.quotes[0];
  assert.equal(await detail.locator("blockquote").textContent(), quote.text);
  const index = running.czech.reactions.indexOf(lipavsky) + 1;
  assert.equal(new URL(await addressOf(page)).searchParams.get("reaction"), String(index));
  await page.close();
});

test("a Czech link speaks Czech, and a bad parameter gets a notice instead of a blank page", async () => {
  const { page, errors } = await openPage(running.browser, `${running.server.url}?lang=cs&incident=no-such-incident&sort=size`);
  await page.locator("table.matrix").waitFor();
  assert.equal(await page.locator("h1").textContent(), running.czech.incident.title.cs);
  const notice = await page.locator("aside.notice").textContent();
  assert.match(notice, /no-such-incident/);
  assert.match(notice, /size/);
  await page.getByRole("button", { name: "EN", exact: true }).click();
  assert.equal(await page.locator("h1").textContent(), running.czech.incident.title.en);
  assert.deepEqual(errors, []);
  await page.close();
});

test("keyboard alone: Tab reaches the matrix, arrows move between cells, Enter opens a reaction", async () => {
  const { page } = await openPage(running.browser, running.server.url);
  await page.locator("table.matrix").waitFor();
  for (let presses = 0; presses < 80 && (await focusedCell(page)) === ""; presses += 1) {
    await page.keyboard.press("Tab");
  }
  assert.equal(await focusedCell(page), "0:0", "the matrix is one tab stop, on its first row's header");
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowRight");
  assert.equal(await focusedCell(page), "1:1");
  await page.keyboard.press("End");
  assert.match(await focusedCell(page), /^1:\d\d$/);
  await page.keyboard.press("Home");
  assert.equal(await focusedCell(page), "1:0");
  // Walk along the first row to its first filled cell, and open it.
  await page.keyboard.press("ArrowUp");
  let filled = false;
  for (let step = 0; step < 14 && !filled; step += 1) {
    await page.keyboard.press("ArrowRight");
    filled = await page.evaluate(() => document.activeElement.classList.contains("filled"));
  }
  assert.ok(filled, "a filled cell is reachable with arrow keys");
  const label = await page.evaluate(() => document.activeElement.getAttribute("aria-label"));
  await page.keyboard.press("Enter");
  const heading = await page.locator("aside#detail h2").textContent();
  assert.ok(label.startsWith(`${heading}:`), `${label} opens ${heading}`);
  await page.locator("aside#detail article.reaction").waitFor();
  await page.close();
});
