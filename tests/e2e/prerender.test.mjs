// The page as `make dist` writes it: the first view is already in the HTML, so readers without
// JavaScript see the matrix, and the live widget takes its place without moving anything.
import { createServer } from "node:http";
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

test("the written page and the live widget that replaces it never move the article around them", async () => {
  const page = await running.browser.newPage({ viewport: { width: 1280, height: 1600 } });
  await hostInArticle(page);
  await page.addInitScript(() => {
    window.shifts = [];
    const describe = (entry) =>
      `${entry.value.toFixed(4)}: ${entry.sources.map((source) => source.node?.nodeName + "." + source.node?.className).join(", ")}`;
    new PerformanceObserver((list) => window.shifts.push(...list.getEntries().map(describe))).observe({
      type: "layout-shift",
      buffered: true,
    });
  });
  await page.goto(running.server.url);
  await ready(page);
  await page.locator("svg path").first().waitFor();
  assert.equal(await page.locator(".demarche-app").count(), 1, "one widget, not two");
  // The whole load: the written controls painted whole (see the next test), then the swap.
  assert.deepEqual(await page.evaluate(() => window.shifts), []);
  await page.close();
});

/** Serves the build as a slow network would: the page stops for `pause` ms in the middle of the
 *  filters' first row, then comes whole. Everything else comes from the build's server. */
async function servedWithPause(pause) {
  const server = createServer(async (request, response) => {
    const upstream = await fetch(new URL(request.url, running.server.url));
    const body = Buffer.from(await upstream.arrayBuffer());
    response.writeHead(upstream.status, { "content-type": upstream.headers.get("content-type") ?? "" });
    if (new URL(request.url, "http://localhost").pathname !== "/") return response.end(body);
    const cut = body.indexOf('class="field search"');
    assert.ok(cut > 0, "the written page has its filters");
    response.write(body.subarray(0, cut));
    setTimeout(() => response.end(body.subarray(cut)), pause);
  });
  await new Promise((listening) => server.listen(0, "127.0.0.1", listening));
  return {
    url: `http://127.0.0.1:${server.address().port}/`,
    close: () => server.closeAllConnections() ?? server.close(),
  };
}

test("the first paint waits for the written controls, so none of them moves as the rest arrives", async (t) => {
  const pause = 700;
  const slow = await servedWithPause(pause);
  const page = await running.browser.newPage({ viewport: { width: 1280, height: 1600 } });
  t.after(() => page.close().then(slow.close));
  await page.addInitScript(() => {
    window.shifts = [];
    new PerformanceObserver((list) => window.shifts.push(...list.getEntries().map((entry) => entry.value))).observe({
      type: "layout-shift",
      buffered: true,
    });
  });
  await page.goto(slow.url);
  await ready(page);
  const { painted, shifts } = await page.evaluate(() => ({
    painted: performance.getEntriesByName("first-contentful-paint")[0].startTime,
    shifts: window.shifts,
  }));
  assert.ok(painted >= pause, `first paint at ${painted.toFixed(0)} ms, before the page had come whole`);
  assert.deepEqual(shifts, []);
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
