// The parts that come in the extras module (comparison, timeline, story, handout): never in the
// first load, fetched when the browser is idle or a control that opens one is hovered or
// focused, and drawn when opened; a module that does not arrive leaves a readable panel whose
// Try again recovers. The share panel's module, too, comes before the click that opens it.
import { test } from "node:test";
import assert from "node:assert/strict";
import { ready, useBrowser } from "./support.mjs";

const running = useBrowser();
// The module, its glue and the parts' stylesheet (linked disabled; the module enables it).
const EXTRAS = /\/(demarche-extras(_bg\.wasm|\.js)|parts-[0-9a-f]+\.css)$/;

/** A page whose idle callbacks never come, so nothing is prefetched behind the test's back. */
async function withoutIdle(url, route) {
  const page = await running.browser.newPage();
  await page.addInitScript(() => {
    window.requestIdleCallback = () => 0;
  });
  const fetched = [];
  page.on("request", (request) => fetched.push(new URL(request.url()).pathname));
  if (route) await page.route(EXTRAS, route);
  await page.goto(url);
  await ready(page);
  return { page, fetched };
}

const extrasFetched = (fetched) => fetched.some((path) => EXTRAS.test(path));

test("the first load carries no extras; opening the timeline fetches them and draws it", async () => {
  const { page, fetched } = await withoutIdle(running.server.url);
  assert.ok(!extrasFetched(fetched), fetched.join("\n"));
  await page.locator(".modes button[data-mode=timeline]").click();
  await page.locator("table.timeline").waitFor();
  assert.ok(extrasFetched(fetched));
  assert.ok(fetched.some((path) => /\/parts-[0-9a-f]+\.css$/.test(path)), "the parts' styles came with them");
  const collapse = await page.locator("table.timeline").evaluate((table) => getComputedStyle(table).borderCollapse);
  assert.equal(collapse, "collapse", "the parts' styles apply");
  await page.close();
});

test("hovering or focusing a control that opens a part fetches the extras before the click", async () => {
  for (const how of ["hover", "focus"]) {
    const { page, fetched } = await withoutIdle(running.server.url);
    const control = page.locator(".modes button[data-mode=compare]");
    await control[how]();
    await page.waitForResponse(EXTRAS);
    assert.ok(extrasFetched(fetched), how);
    await page.close();
  }
});

test("hovering or focusing the share panel's summary fetches its module before it opens, and it opens styled", async () => {
  const TOOLS = /\/demarche-tools(_bg\.wasm|\.js)$/;
  for (const how of ["hover", "focus"]) {
    const { page, fetched } = await withoutIdle(running.server.url);
    assert.ok(!fetched.some((path) => TOOLS.test(path)), `${how}: not in the first load`);
    const summary = page.locator("details.share > summary");
    const arrived = page.waitForResponse(TOOLS);
    await summary[how]();
    await arrived;
    await summary.click();
    await page.locator(".downloads .cite").waitFor();
    assert.equal(fetched.filter((path) => path.endsWith("/demarche-tools_bg.wasm")).length, 1, `${how}: fetched once`);
    // Its styles come with it, and the parts' sheet stays as the page linked it.
    assert.equal(await page.locator(".share-body").evaluate((body) => getComputedStyle(body).display), "grid", how);
    assert.equal(await page.locator("link#demarche-parts[disabled]").count(), 1, how);
    await page.close();
  }
});

test("when the browser is idle the extras are fetched and the handout drawn for printing", async () => {
  const page = await running.browser.newPage();
  const fetched = [];
  page.on("request", (request) => fetched.push(new URL(request.url()).pathname));
  await page.goto(running.server.url);
  await ready(page);
  await page.locator(".part-handout .handout").waitFor({ state: "attached" });
  assert.ok(extrasFetched(fetched));
  assert.ok(await page.locator(".handout").isHidden(), "on screen the handout is not shown");
  await page.close();
});

test("extras that do not arrive leave a panel whose Try again draws the part", async () => {
  let refuse = true;
  const { page: opened } = await withoutIdle(`${running.server.url}?story=1`, (route) =>
    refuse ? route.fulfill({ status: 503, body: "" }) : route.continue(),
  );
  const panel = opened.locator(".load-error");
  assert.match(await panel.textContent(), /The story could not be loaded/);
  refuse = false;
  await panel.locator("button.retry").click();
  await opened.locator(".story-step").waitFor();
  assert.equal(await opened.locator(".load-error").count(), 0);
  const position = await opened.locator(".story").evaluate((story) => getComputedStyle(story).position);
  assert.equal(position, "sticky", "the styles refused at first came on Try again");
  await opened.close();
});

/** The data files the page has read so far, by name, as the browser's resource timing lists
 *  them: a file taken from the HTTP cache is listed as well as one fetched. */
const dataRead = (page) =>
  page.evaluate(() => performance.getEntriesByType("resource").map((entry) => new URL(entry.name).pathname).filter((path) => path.includes("/data/")));

test("a part opened after the handout reads none of the files the handout read", async () => {
  const page = await running.browser.newPage();
  await page.goto(running.server.url);
  await ready(page);
  await page.locator(".part-handout .handout").waitFor({ state: "attached" });
  for (const [control, drawn] of [
    [".modes button[data-mode=timeline]", "table.timeline"],
    [".story-start", ".story-step"],
  ]) {
    const before = await dataRead(page);
    await page.locator(control).click();
    await page.locator(drawn).waitFor();
    assert.deepEqual((await dataRead(page)).slice(before.length), [], `${drawn}: the part started with what the handout had read`);
  }
  await page.close();
});

test("hovering the comparison's control reads every incident ahead, in the page's language; opening it then reads nothing", async () => {
  for (const [path, lang] of [["", "en"], ["cs.html", "cs"]]) {
    const page = await running.browser.newPage();
    await page.goto(`${running.server.url}${path}`);
    await ready(page);
    await page.locator(".part-handout .handout").waitFor({ state: "attached" });
    const incidents = await page.locator(".masthead select option").count();
    const control = page.locator(".modes button[data-mode=compare]");
    await control.hover();
    await page.waitForFunction(
      ([count, lang]) => {
        const incident = new RegExp(`/data/(?!lesson-)[a-z0-9-]+\\.${lang}\\.[0-9a-f]+\\.bin$`);
        return new Set(performance.getEntriesByType("resource").map((entry) => entry.name).filter((name) => incident.test(name))).size >= count;
      },
      [incidents, lang],
    );
    await page.waitForLoadState("networkidle");
    assert.equal(await page.locator("table.compare").count(), 0, `${path}: hovering opens nothing`);
    const ahead = await dataRead(page);
    await control.click();
    await page.locator("table.compare").waitFor();
    // The widget read them for its own counts, and the part for its table: neither waits for a file.
    assert.deepEqual((await dataRead(page)).slice(ahead.length), [], `${path}: files read on opening`);
    await page.close();
  }
});
