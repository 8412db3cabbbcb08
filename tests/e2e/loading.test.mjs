// What the widget downloads, and when: the page announces the first view's data files, a
// second incident and the world map's shapes are fetched only when a reader asks for them,
// a story's words when the story opens, a file that fails (404, cut short, another version)
// gets a readable panel with Retry above the written first screen, the Czech page is Czech
// from its first paint, and a crash of the widget leaves a panel that says so.
import { test } from "node:test";
import assert from "node:assert/strict";
import { addressOf, DIST_WITH_TWO, readSeeds, ready, useBrowser } from "./support.mjs";

const running = useBrowser(DIST_WITH_TWO);

/** A page that records which data files it requested. */
async function recording(url, options = {}) {
  const page = await running.browser.newPage(options);
  const fetched = [];
  page.on("request", (request) => {
    const path = new URL(request.url()).pathname;
    if (path.includes("/data/")) fetched.push(path.split("/").pop().split(".")[0]);
  });
  if (url) await page.goto(url);
  return { page, fetched };
}

const rows = (page) => page.locator("tbody tr[data-actor]").evaluateAll((trs) => trs.map((tr) => tr.dataset.actor).sort());

test("the first view downloads its own data only; a second incident comes when it is picked", async () => {
  // Without idle callbacks: when idle, the extras module loads the same files again for the
  // handout (from the cache, but each a request), which is not the first view's.
  const { page, fetched } = await recording(null);
  await page.addInitScript(() => {
    window.requestIdleCallback = () => 0;
  });
  await page.goto(running.server.url);
  await ready(page);
  assert.deepEqual([...fetched].sort(), ["catalogue", "czech-mfa-apt31-2025", "map-europe", "names-en"]);
  const preloads = await page.locator("link[rel=preload][data-demarche]").evaluateAll((links) => links.length);
  assert.equal(preloads, 4, "every one of them announced in the page");
  const [minimal] = await readSeeds("tests/fixtures");
  await page.locator(".toolbar select").selectOption(minimal.incident.id);
  await page.locator("h1", { hasText: minimal.incident.title.en }).waitFor();
  assert.ok(fetched.includes("minimal"), fetched.join());
  const reacted = [...new Set(minimal.reactions.map((reaction) => reaction.actor))].sort();
  assert.deepEqual(await rows(page), reacted);
  assert.ok(!fetched.includes("names-cs"));
  await page.close();
});

test("a story's words and questions come only when the story opens", async () => {
  const page = await running.browser.newPage();
  const files = [];
  page.on("request", (request) => files.push(new URL(request.url()).pathname.split("/").pop()));
  await page.addInitScript(() => {
    window.requestIdleCallback = () => 0;
  });
  await page.goto(running.server.url);
  await ready(page);
  const lessons = () => files.filter((file) => file.startsWith("lesson-"));
  assert.deepEqual(lessons(), [], "the first view draws no story");
  await page.locator(".story-start").click();
  const [czech] = (await readSeeds()).filter((seed) => seed.incident.id === "czech-mfa-apt31-2025");
  await page.locator(".story-step", { hasText: czech.story[0].title.en }).waitFor();
  assert.equal(lessons().length, 1, files.join());
  assert.match(lessons()[0], /^lesson-czech-mfa-apt31-2025\.en\.[0-9a-f]{16}\.bin$/);
  await page.close();
});

test("the world map's shapes are fetched only when the world map is shown", async () => {
  const { page, fetched } = await recording(running.server.url);
  await ready(page);
  assert.ok(!fetched.includes("map-world"));
  await page.getByRole("button", { name: "World" }).click();
  await page.locator("svg [data-country=US]").waitFor();
  assert.ok(fetched.includes("map-world"));
  assert.ok((await page.locator(".map-panel svg .land path").count()) > 100, "the world's shapes are drawn");
  await page.close();
});

/** Serves the Czech incident's data file broken in one way until `heal` is called. */
async function breakIncident(page, answer) {
  const pattern = "**/data/czech-mfa-apt31-2025.*.bin";
  await page.route(pattern, answer);
  return () => page.unroute(pattern);
}

async function failsThenRecovers(answer, message) {
  const { page } = await recording(null);
  const errors = [];
  page.on("pageerror", (error) => errors.push(String(error)));
  const heal = await breakIncident(page, answer);
  await page.goto(running.server.url);
  const panel = page.locator(".load-error[role=alert]");
  await panel.waitFor();
  assert.match(await panel.textContent(), message);
  assert.equal(await page.locator("h1").textContent(), running.czech.incident.title.en, "the written screen stays");
  assert.ok((await rows(page)).length > 10, "and so does its matrix");
  await heal();
  await panel.getByRole("button", { name: "Try again" }).click();
  await ready(page);
  assert.equal(await page.locator(".load-error").count(), 0);
  await page.locator(".chip[data-value=summons]").click();
  assert.equal(await page.locator("thead th.kind-summons").count(), 0, "the live widget answers");
  assert.deepEqual(errors, [], "no panic");
  await page.close();
}

test("a missing incident file (404) shows a panel with Retry, which recovers", async () => {
  await failsThenRecovers((route) => route.fulfill({ status: 404, body: "Not found" }), /\(404\)/);
});

test("a file cut short shows a panel with Retry, which recovers", async () => {
  await failsThenRecovers(async (route) => {
    const body = (await (await route.fetch()).body()).subarray(0, 200);
    await route.fulfill({ status: 200, body, contentType: "application/octet-stream" });
  }, /damaged or cut short/);
});

test("a file of another version shows a panel with Retry, which recovers", async () => {
  await failsThenRecovers(async (route) => {
    const body = Buffer.from(await (await route.fetch()).body());
    body[4] += 1;
    await route.fulfill({ status: 200, body, contentType: "application/octet-stream" });
  }, /another version of the widget/);
});

test("the Czech page is Czech from its first paint, and so is its error panel", async () => {
  const context = await running.browser.newContext({ javaScriptEnabled: false });
  const still = await context.newPage();
  await still.goto(`${running.server.url}cs.html`);
  assert.equal(await still.locator("html").getAttribute("lang"), "cs");
  assert.equal(await still.locator("h1").textContent(), running.czech.incident.title.cs);
  assert.match(await still.locator("caption").textContent(), /^Kdo reagoval a\sjak/);
  await context.close();
  const { page, fetched } = await recording(null);
  const heal = await breakIncident(page, (route) => route.fulfill({ status: 404 }));
  await page.goto(`${running.server.url}cs.html`);
  await page.locator(".load-error").waitFor();
  assert.match(await page.locator(".load-error").textContent(), /se nepodařilo načíst: soubor na serveru není \(404\)/);
  assert.ok(fetched.includes("names-cs") && !fetched.includes("names-en"), fetched.join());
  await heal();
  await page.getByRole("button", { name: "Zkusit znovu" }).click();
  await ready(page);
  assert.equal(
    new URL(await addressOf(page)).search,
    "?incident=czech-mfa-apt31-2025",
    "Czech is this page's default: the link names the incident and does not repeat the language",
  );
  await page.close();
});

// The link's language on the English page; on the Czech page, a language the link names that
// the widget does not know, which leaves the page's.
for (const path of ["?lang=cs", "cs.html?lang=xx"]) {
  test(`a crash of the widget's module leaves the panel the build wrote, in the reader's language (${path})`, async () => {
    const page = await running.browser.newPage();
    await page.addInitScript(() => {
      addEventListener("TrunkApplicationStarted", (event) => {
        window.widgetModule = event.detail.wasm;
      });
    });
    await page.goto(`${running.server.url}${path}`);
    await ready(page);
    // A real trap in the running module: an allocation larger than its memory can be stops it, as
    // a panic does.
    await page.evaluate(() => setTimeout(() => window.widgetModule.__wbindgen_malloc(0xfffffff0, 8)));
    const panel = page.locator("#demarche > .error-panel[role=alert]");
    await panel.waitFor();
    assert.equal(await panel.getAttribute("lang"), "cs");
    assert.equal(await panel.locator("h2").textContent(), "Démarche nemůže tento obsah zobrazit");
    assert.match(await panel.locator(".crash-detail").textContent(), /unreachable/);
    assert.equal(await page.locator("#demarche table").count(), 0, "the widget's view is gone, not half-drawn");
    await page.close();
  });
}
