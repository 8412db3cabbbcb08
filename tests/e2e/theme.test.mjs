// Light and dark, chosen by the link, by the reader's system, or by the page that frames the
// widget while it is open; axe-core finds no contrast problem in either. And the compact view
// that embeds use: map, matrix, filters and detail, with a credit line and a way out.
import { test } from "node:test";
import assert from "node:assert/strict";
import { createServer } from "node:http";
import { addressOf, axeFindings, ready, useBrowser } from "./support.mjs";

const running = useBrowser();

/** The widget's paper colour as drawn. */
const paper = (page) => page.locator(".demarche").evaluate((element) => getComputedStyle(element).backgroundColor);
const DARK = "rgb(22, 24, 28)";
const LIGHT = "rgb(255, 255, 255)";

for (const [theme, scheme, expected] of [
  ["dark", "light", DARK],
  ["light", "dark", LIGHT],
  ["auto", "dark", DARK],
  ["auto", "light", LIGHT],
]) {
  test(`?theme=${theme} with a ${scheme} system: ${expected === DARK ? "dark" : "light"}, with enough contrast`, async () => {
    const context = await running.browser.newContext({ colorScheme: scheme });
    const page = await context.newPage();
    await page.goto(`${running.server.url}?theme=${theme}&country=CZ`);
    await ready(page);
    assert.equal(await paper(page), expected);
    assert.deepEqual(await axeFindings(page, ["color-contrast"]), []);
    await context.close();
  });
}

test("the page that frames the widget switches its theme while it is open; no one else can", async () => {
  const host = createServer((request, response) => {
    response.writeHead(200, { "content-type": "text/html; charset=utf-8" });
    response.end(`<!doctype html><body><iframe id="widget" src="${running.server.url}" style="width:600px;height:600px"></iframe></body>`);
  });
  await new Promise((resolve) => host.listen(0, "127.0.0.1", resolve));
  const context = await running.browser.newContext({ colorScheme: "light" });
  const page = await context.newPage();
  await page.goto(`http://127.0.0.1:${host.address().port}/`);
  const frame = await (await page.locator("#widget").elementHandle()).contentFrame();
  await ready(frame);
  assert.equal(await paper(frame), LIGHT);
  // The widget's own window (a script in the frame, not its parent) cannot switch it.
  await frame.evaluate(() => window.postMessage({ demarche: { theme: "dark" } }, "*"));
  await page.waitForTimeout(200);
  assert.equal(await paper(frame), LIGHT);
  await page.evaluate(() => document.getElementById("widget").contentWindow.postMessage({ demarche: { theme: "dark", accent: "#c2185b" } }, "*"));
  await frame.waitForFunction((dark) => getComputedStyle(document.querySelector(".demarche")).backgroundColor === dark, DARK);
  assert.equal(await frame.locator(".demarche").evaluate((element) => getComputedStyle(element).getPropertyValue("--accent").trim()), "#c2185b");
  await context.close();
  host.close();
});

test("compact: no masthead or essay, a credit line whose link opens the full view, filters folded", async () => {
  const page = await running.browser.newPage({ viewport: { width: 600, height: 900 } });
  await page.goto(`${running.server.url}?embed=compact&response=summons`);
  await ready(page);
  assert.equal(await page.locator(".masthead").count(), 0);
  assert.equal(await page.locator("section.incident").count(), 0);
  assert.equal(await page.locator(".incident-heading").count(), 0);
  const link = page.locator(".credit a");
  assert.equal(await link.getAttribute("target"), "_blank");
  const full = new URL(await link.getAttribute("href"), page.url());
  assert.equal(full.searchParams.get("embed"), null);
  assert.equal(full.searchParams.get("response"), "summons", "the same view, in full");
  const czech = await running.browser.newPage();
  await czech.goto(`${running.server.url}embed-cs.html?embed=compact&lang=cs`);
  await ready(czech);
  const czechFull = new URL(await czech.locator(".credit a").getAttribute("href"), czech.url());
  assert.equal(czechFull.pathname, "/cs.html", "a Czech reader opens the page that is Czech from its first paint");
  await czech.close();
  assert.equal(await page.locator(".chip").first().isVisible(), false);
  assert.ok(await page.locator("table.matrix").isVisible());
  // About a screen in a 600 px column: the matrix scrolls in its own box, the lists start folded.
  const height = await page.evaluate(() => document.documentElement.getBoundingClientRect().height);
  assert.ok(height <= 1400, `the compact view is ${height} px tall at 600 px`);
  await page.locator(".filters .filter-toggle").click();
  await page.locator(".chip[data-value=summons]").click();
  assert.equal(new URL(await addressOf(page)).searchParams.get("embed"), "compact", "the link keeps the embed compact");
  await page.close();
});
