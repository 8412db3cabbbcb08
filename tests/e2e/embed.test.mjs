// The widget in an article, on another origin, embedded as a host would: an iframe with
// embed.js, and the script embed. In a 600 px and a 320 px column the frame takes the widget's
// height after loading and after a filter changes it, and messages from anywhere else are
// ignored. (The third way, CSS frame-sizing, is opted into by the page, but the Chromium these
// tests run refuses requestResize() even for a minimal page, so it is not tested here.)
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { createServer } from "node:http";
import { launchChromium, serveDist } from "./support.mjs";

const running = {};
before(async () => {
  running.widget = await serveDist();
  running.browser = await launchChromium();
  running.host = await serveArticles(running.widget.url);
});
after(async () => {
  await running.browser?.close();
  running.widget?.close();
  running.host?.close();
});

const PROSE = "<p>The article's own text, before and after the widget, as a reader scrolls through it.</p>".repeat(6);

/** The embed code for each way, pointing at the widget's origin. */
function embedCode(way, widget) {
  const view = `${widget}?incident=czech-mfa-apt31-2025&lang=en`;
  switch (way) {
    case "iframe":
      return `<iframe src="${view}" title="Démarche" style="width: 100%; height: 400px; border: 0"></iframe><script src="${widget}embed.js"></script>`;
    case "script":
      return `<div data-demarche="${view}"></div><script src="${widget}embed.js"></script>`;
  }
}

/** A host site on its own origin: /WAY/WIDTH is an article with the widget in its column. */
async function serveArticles(widget) {
  const server = createServer((request, response) => {
    const [, way, width] = request.url.split("/");
    if (request.url === "/pasted") {
      response.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      response.end(`<!doctype html><meta charset="utf-8"><main style="width:600px">${running.pasted}</main>`);
      return;
    }
    if (request.url === "/other") {
      // Another site's frame, shouting a height as Démarche would.
      response.writeHead(200, { "content-type": "text/html" });
      response.end(`<script>parent.postMessage({ demarche: { height: 5 } }, "*")</script>`);
      return;
    }
    response.writeHead(200, { "content-type": "text/html; charset=utf-8" });
    response.end(`<!doctype html><html><head><meta charset="utf-8"><title>Article</title>
      <style>body { margin: 0; font: 18px/1.5 Georgia, serif } main { width: ${width}px; margin: 0 auto }</style>
      </head><body><main><h1>An article</h1>${PROSE}${embedCode(way, widget)}${PROSE}
      <iframe id="other" src="/other" style="height: 50px; border: 0"></iframe></main></body></html>`);
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { url: `http://127.0.0.1:${server.address().port}/`, close: () => server.close() };
}

/** The frame's height on the host page, and the height of the widget's page inside it. */
async function heights(page) {
  const frameElement = page.locator("main iframe").first();
  const frame = await (await frameElement.elementHandle()).contentFrame();
  const outer = await frameElement.evaluate((element) => element.getBoundingClientRect().height);
  const inner = await frame.evaluate(() => document.documentElement.getBoundingClientRect().height);
  return { outer, inner, frame };
}

/** Waits until the frame is as tall as its content, or fails saying how far apart they are. */
async function settles(page) {
  let last;
  for (let tries = 0; tries < 50; tries += 1) {
    last = await heights(page);
    if (last.inner > 500 && Math.abs(last.outer - Math.ceil(last.inner)) <= 1) return last;
    await page.waitForTimeout(100);
  }
  assert.fail(`the frame is ${last.outer} px tall, its content ${last.inner} px`);
}

for (const way of ["iframe", "script"]) {
  for (const width of [600, 320]) {
    test(`${way} embed in a ${width} px column: the frame takes the widget's height, and keeps it`, async () => {
      const page = await running.browser.newPage({ viewport: { width: Math.max(width + 40, 400), height: 900 } });
      await page.goto(`${running.host.url}${way}/${width}`);
      await page.locator("main iframe").first().scrollIntoViewIfNeeded();
      const first = await settles(page);
      await first.frame.waitForFunction(() => performance.getEntriesByName("demarche-ready").length > 0);
      const scrolled = await page.evaluate(() => scrollY);
      // Keep one response kind: fewer rows, a shorter widget, a smaller frame. Clicked from
      // inside, as a reader's taps are: a test driver's clicks would scroll the article itself.
      await first.frame.evaluate(async () => {
        const settle = () => new Promise((resolve) => setTimeout(resolve, 50));
        document.querySelector(".filter-toggle").click();
        const kinds = ["government", "agency", "official", "mission", "intergovernmental", "legislature"];
        const values = [...document.querySelectorAll(".chip[data-value]")].map((chip) => chip.dataset.value);
        for (const value of values.filter((value) => value !== "denial" && !kinds.includes(value))) {
          await settle();
          document.querySelector(`.chip[data-value=${value}] input`).click();
        }
      });
      const second = await settles(page);
      assert.ok(second.outer < first.outer - 100, `shrank from ${first.outer} to ${second.outer}`);
      assert.equal(await page.evaluate(() => scrollY), scrolled, "the article does not jump");
      assert.equal(await page.locator("#other").evaluate((element) => element.getBoundingClientRect().height), 50, "another site's frame is not resized");
      await page.evaluate(() => window.postMessage({ demarche: { height: 7 } }, "*"));
      await page.waitForTimeout(200);
      assert.ok((await heights(page)).outer > 500, "the host's own message is ignored");
      await page.close();
    });
  }
}

test("the script embed makes one titled, lazy frame", async () => {
  const page = await running.browser.newPage();
  await page.goto(`${running.host.url}script/600`);
  const frames = page.locator("main div[data-demarche] iframe");
  await frames.first().waitFor({ state: "attached" });
  assert.equal(await frames.count(), 1);
  assert.equal(await frames.first().getAttribute("title"), "Démarche: who answered a state-attributed cyber attack, and how");
  assert.equal(await frames.first().getAttribute("loading"), "lazy");
  await page.close();
});

/** What a reader sees of a view: its rows, its columns and its map's fills. */
const snapshot = (frame) =>
  frame.evaluate(() => ({
    rows: [...document.querySelectorAll("tbody tr[data-actor]")].map((tr) => tr.dataset.actor),
    columns: [...document.querySelectorAll("thead th")].map((th) => th.className),
    fills: [...document.querySelectorAll("svg [data-country]")].map((el) => `${el.dataset.country}:${el.className.baseVal}`),
  }));

test("the share panel copies this view's link, and its embed code reproduces the view in an article", async () => {
  const context = await running.browser.newContext();
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  const page = await context.newPage();
  await page.goto(`${running.widget.url}?incident=apt28-germany-czechia-2024&response=summons,condemnation&sort=name&map=world`);
  await page.waitForFunction(() => performance.getEntriesByName("demarche-ready").length > 0);
  const fetched = [];
  page.on("request", (request) => fetched.push(new URL(request.url()).pathname));
  assert.ok(!fetched.includes("/share.js"));
  await page.locator("details.share > summary").click();
  await page.locator(".share textarea").first().waitFor();
  assert.deepEqual(fetched.filter((path) => path === "/share.js"), ["/share.js"], "the panel's code comes when it is opened");
  // Pinned: every parameter with a default named, so the link means this view forever.
  const pinned = `${running.widget.url}?incident=apt28-germany-czechia-2024&lang=en&map=world&response=summons%2Ccondemnation&sort=name&theme=auto`;
  assert.equal(await page.locator(".share input[type=url]").inputValue(), pinned);
  await page.locator(".share button", { hasText: "Copy link" }).click();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), pinned);
  assert.match(await page.locator(".share .copied").textContent(), /copied/);
  const code = await page.locator(".share textarea").first().inputValue();
  assert.match(code, /embed=compact/);
  // The frame is called what it holds, in the embedded view's language.
  assert.match(code, /title="Démarche: who answered “Germany and Czechia attribute [^"]+”, and how"/);
  assert.match(code, /sort=name/);
  // The editor's choices change the code: Czech frames the Czech page; a fixed height needs no script.
  await page.locator(".share select").first().selectOption("cs");
  const czech = await page.locator(".share textarea").first().inputValue();
  assert.match(czech, /cs\.html\?[^"]*lang=cs/);
  assert.match(czech, /title="Démarche: kdo a\sjak reagoval na incident „Německo a\sČesko připsaly [^"]+“"/, "a Czech embed's title is Czech");
  assert.match(await page.locator(".share textarea").nth(1).inputValue(), /data-demarche-title="Démarche: kdo a\sjak reagoval/);
  await page.locator(".share input[type=number]").fill("900");
  await page.locator(".share input[type=number]").dispatchEvent("change");
  const fixed = await page.locator(".share textarea").first().inputValue();
  assert.match(fixed, /height:900px/);
  assert.doesNotMatch(fixed, /embed\.js/);
  await page.locator(".share select").first().selectOption("en");
  await page.locator(".share input[type=number]").fill("");
  await page.locator(".share input[type=number]").dispatchEvent("change");
  const expected = await snapshot(page);
  running.pasted = code;
  const article = await context.newPage();
  await article.goto(`${running.host.url}pasted`);
  const frame = await (await article.locator("iframe").elementHandle()).contentFrame();
  await frame.waitForFunction(() => performance.getEntriesByName("demarche-ready").length > 0);
  await frame.locator("svg [data-country]").first().waitFor();
  assert.deepEqual(await snapshot(frame), expected);
  await settles(article);
  await context.close();
});

test("on a 320 px phone the share panel fits the screen: no part of it runs past the edge", async () => {
  const page = await running.browser.newPage({ viewport: { width: 320, height: 800 } });
  await page.goto(running.widget.url);
  await page.locator("details.share > summary").click();
  await page.locator(".downloads .cite").waitFor();
  const overflow = await page.evaluate(() =>
    [...document.querySelectorAll(".share, .share-body > *")]
      .filter((element) => element.getBoundingClientRect().right > document.documentElement.clientWidth)
      .map((element) => element.className || element.tagName),
  );
  assert.deepEqual(overflow, []);
  assert.equal(await page.evaluate(() => document.documentElement.scrollWidth), 320);
  await page.close();
});

test("embed.html and embed-cs.html stay compact once the widget starts, with no parameter", async () => {
  for (const [page_, lang] of [["embed.html", "en"], ["embed-cs.html", "cs"]]) {
    const page = await running.browser.newPage({ viewport: { width: 600, height: 900 } });
    await page.goto(`${running.widget.url}${page_}`);
    await page.waitForFunction(() => performance.getEntriesByName("demarche-ready").length > 0);
    await page.locator("svg [data-country]").first().waitFor();
    assert.equal(await page.locator(".demarche-app.compact").count(), 1, `${page_} is compact`);
    assert.equal(await page.locator(".masthead").count(), 0, `${page_} has no masthead`);
    assert.equal(await page.locator(".demarche-app").getAttribute("lang"), lang);
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    // The whole matrix, no box scrolling inside the frame (24 actors, as cards at 600 px): the
    // map, the matrix and the credit, not the essay, the list or the legend below them.
    assert.ok(height < 4200, `${page_} is ${height} px tall in a 600 px column`);
    assert.equal(await page.locator(".reaction-list, .codebook").count(), 0, `${page_} leaves out what a full page lists`);
    // Its link to the full view names the incident, so it keeps meaning this one.
    assert.match(await page.locator(".credit a").getAttribute("href"), /[?&]incident=czech-mfa-apt31-2025/);
    await page.close();
  }
});

test("a script embed without a title of its own is named in its view's language", async () => {
  const page = await running.browser.newPage();
  const widget = running.widget.url;
  await page.goto(`${running.host.url}pasted`);
  await page.setContent(
    `<div data-demarche="${widget}cs.html?incident=czech-mfa-apt31-2025"></div>` +
      `<div data-demarche="${widget}?lang=cs"></div><div data-demarche="${widget}"></div>` +
      `<script src="${widget}embed.js"></script>`,
  );
  await page.locator("iframe").nth(2).waitFor({ state: "attached" });
  const titles = await page.locator("iframe").evaluateAll((frames) => frames.map((frame) => frame.title));
  assert.deepEqual(titles.map((title) => title.replace(/\s/g, " ")), [
    "Démarche: kdo a jak reagoval na kybernetický útok připsaný státu",
    "Démarche: kdo a jak reagoval na kybernetický útok připsaný státu",
    "Démarche: who answered a state-attributed cyber attack, and how",
  ]);
  await page.close();
});
