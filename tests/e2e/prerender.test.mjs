// The page as `make dist` writes it: the first view is already in the HTML, so readers without
// JavaScript see the matrix, and the live widget takes its place without moving anything.
import { test } from "node:test";
import assert from "node:assert/strict";
import { reactedActors, ready, useBrowser } from "./support.mjs";

const running = useBrowser();

/** Serves the widget as an article embeds it, with text after it that a jump would move. */
async function hostInArticle(page) {
  await page.route(running.server.url, async (route) => {
    const response = await route.fetch();
    const body = (await response.text()).replace("</body>", "<p>The article goes on below the widget.</p></body>");
    await route.fulfill({ response, body });
  });
}

test("without JavaScript the page still shows the title and every row of the matrix", async () => {
  const context = await running.browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(running.server.url);
  assert.equal(await page.locator("h1").textContent(), running.czech.incident.title.en);
  const rows = await page.locator("tbody tr[data-actor]").evaluateAll((trs) => trs.map((tr) => tr.dataset.actor));
  assert.deepEqual(rows.sort(), reactedActors(running.czech).sort());
  assert.match(await page.locator("noscript").textContent(), /JavaScript/);
  await page.goto(`${running.server.url}cs.html`);
  assert.match(await page.locator("noscript").textContent(), /^Mapa, zdroje jednotlivých reakcí a\sfiltry potřebují JavaScript/);
  await context.close();
});

test("the live widget replaces the written page once, without moving the article around it", async () => {
  const page = await running.browser.newPage({ viewport: { width: 1280, height: 1600 } });
  await hostInArticle(page);
  await page.addInitScript(() => {
    window.shifts = [];
    const describe = (entry) => ({
      at: entry.startTime,
      what: `${entry.value.toFixed(4)}: ${entry.sources.map((source) => source.node?.nodeName + "." + source.node?.className).join(", ")}`,
    });
    new PerformanceObserver((list) => window.shifts.push(...list.getEntries().map(describe))).observe({
      type: "layout-shift",
      buffered: true,
    });
  });
  await page.goto(running.server.url);
  await ready(page);
  await page.locator("svg path").first().waitFor();
  assert.equal(await page.locator(".demarche-app").count(), 1, "one widget, not two");
  // The swap and everything after it. Before it, while the written page alone is on screen,
  // headless Chromium sometimes settles a fallback font and moves a label by a fraction of a
  // pixel (about one load in ten, with or without the widget's script); `make bench` counts
  // those loads for the whole page load, this test is about the swap.
  const shifts = await page.evaluate(() => {
    const swapped = performance.getEntriesByName("demarche-ready")[0].startTime;
    return window.shifts.filter((shift) => shift.at >= swapped).map((shift) => shift.what);
  });
  assert.deepEqual(shifts, []);
  await page.close();
});

test("embed.html and embed-cs.html paint the compact view from the start, in their language", async () => {
  const context = await running.browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  for (const [path, lang] of [["embed.html", "en"], ["embed-cs.html", "cs"]]) {
    await page.goto(`${running.server.url}${path}`);
    assert.equal(await page.locator(".masthead").count(), 0);
    assert.equal(await page.locator(".credit h1").textContent(), running.czech.incident.title[lang]);
    assert.equal(await page.locator(".demarche-app").getAttribute("lang"), lang);
  }
  await context.close();
});
