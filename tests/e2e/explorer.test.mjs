// The explorer's linked views in a real browser: filters change both the matrix and the map,
// map and matrix select for each other, the URL reproduces a view and the back button walks
// through views, the map works by keyboard, and a phone-sized screen never scrolls sideways.
import { test } from "node:test";
import assert from "node:assert/strict";
import { addressOf, openPage, reactedActors, ready, settledAttribute, useBrowser } from "./support.mjs";

const running = useBrowser();

const rows = (page) => page.locator("tbody tr[data-actor]").evaluateAll((trs) => trs.map((tr) => tr.dataset.actor));
const classOf = (locator) => locator.getAttribute("class");
// A state on the map, or its button below the map when this map does not draw it.
const country = (page, code) => page.locator(`svg [data-country=${code}], .beyond-country[value=${code}]`).first();

/** What a reader sees of a view, to compare two pages showing "the same" view. */
async function snapshot(page) {
  await page.locator("table.matrix, .matrix-panel .empty").first().waitFor();
  return page.evaluate(() => ({
    lang: document.querySelector(".demarche-app").lang,
    rows: [...document.querySelectorAll("tbody tr[data-actor]")].map((tr) => `${tr.dataset.actor}:${tr.className}`),
    columns: [...document.querySelectorAll("thead th")].map((th) => th.textContent),
    fills: [...document.querySelectorAll("[data-country]")].map((el) => `${el.dataset.country}:${el.className.baseVal ?? el.className}`),
    extent: document.querySelector(".segmented [aria-pressed=true]").textContent,
    detail: document.querySelector("aside#detail h2").textContent,
    counts: document.querySelector(".counts").textContent,
  }));
}

test("a response filter changes the matrix's columns and the map's fills", async () => {
  const { page } = await openPage(running.browser, running.server.url);
  await page.locator("table.matrix").waitFor();
  assert.match(await classOf(country(page, "CZ")), /\bstep-5\b/, "Czechia's strongest: a summons");
  assert.equal(await page.locator("thead th.kind-summons").count(), 1);
  await page.locator(".chip[data-value=summons]").click();
  assert.equal(await page.locator("thead th.kind-summons").count(), 0);
  assert.match(await classOf(country(page, "CZ")), /\bstep-4\b/, "now a condemnation");
  const [actors, reactions] = [reactedActors(running.czech).length, running.czech.reactions.length];
  assert.match(
    await page.locator(".counts").textContent(),
    new RegExp(`^${actors} of ${actors}\\sactors · ${reactions} of ${reactions}\\sreactions$`),
  );
  await page.close();
});

test("an actor-kind filter and the search box remove rows and what the map shows", async () => {
  const { page } = await openPage(running.browser, running.server.url);
  await page.locator("table.matrix").waitFor();
  assert.ok((await rows(page)).includes("us-embassy-prague"));
  assert.match(await classOf(country(page, "US")), /\bstep-4\b/);
  await page.locator(".chip[data-value=mission]").click();
  const left = await rows(page);
  assert.ok(!left.includes("us-embassy-prague") && !left.includes("cn-embassy-prague"));
  assert.match(await classOf(country(page, "US")), /\bcovered\b/, "only NATO's statement covers it now");
  await page.locator(".filters input[type=search]").fill("lipavsky");
  assert.deepEqual(await rows(page), ["cz-lipavsky"]);
  const actors = reactedActors(running.czech).length;
  assert.match(await page.locator(".counts").textContent(), new RegExp(`^1 of ${actors}\\sactors`));
  await page.locator(".filters .reset").click();
  assert.equal((await rows(page)).length, actors);
  await page.close();
});

test("clicking a country selects its rows, and a row selects its country", async () => {
  const { page } = await openPage(running.browser, running.server.url);
  await page.locator("table.matrix").waitFor();
  await country(page, "CZ").click();
  assert.equal(await settledAttribute(country(page, "CZ"), "aria-pressed", "true"), "true");
  const lit = await page.locator("tbody tr.highlighted").evaluateAll((trs) => trs.map((tr) => tr.dataset.actor));
  const czech = running.czech.actors.filter((actor) => actor.country === "CZ").map((actor) => actor.id);
  const expected = reactedActors(running.czech).filter((id) => czech.includes(id));
  assert.deepEqual(lit.sort(), expected.sort());
  assert.equal(await page.locator("aside#detail h2").textContent(), "Czechia");
  await page.locator("tr[data-actor=us-embassy-prague] th").click();
  assert.equal(await settledAttribute(country(page, "US"), "aria-pressed", "true"), "true");
  assert.equal(await settledAttribute(country(page, "CZ"), "aria-pressed", "false"), "false");
  await page.getByRole("button", { name: "World" }).click();
  await country(page, "US").waitFor();
  assert.match(await classOf(country(page, "US")), /\bselected\b/);
  await page.close();
});

test("a click's frame draws the new view, and the address follows once the browser is idle, a history entry per click", async () => {
  const { page, errors } = await openPage(running.browser, running.server.url);
  const entries = await page.evaluate(() => history.length);
  const addressInTheClicksFrame = await page.evaluate(
    () =>
      new Promise((done) => {
        const before = location.search;
        const watch = new MutationObserver(() => {
          watch.disconnect();
          done(location.search === before);
        });
        watch.observe(document.querySelector("table.matrix"), { subtree: true, childList: true, attributes: true, characterData: true });
        document.querySelector(".chip[data-value=concern]").click();
      }),
  );
  assert.equal(addressInTheClicksFrame, true, "the address is written after the click's frame");
  const shown = new URL(await addressOf(page)).searchParams.get("response");
  assert.ok(shown && !shown.split(",").includes("concern"), shown);
  assert.equal(await page.evaluate(() => history.length), entries + 1);
  assert.deepEqual(errors, []);
  await page.close();
});

test("a copied link reopens the same view, and back and forward walk through views", async () => {
  const { page } = await openPage(running.browser, running.server.url);
  await page.locator("table.matrix").waitFor();
  await page.getByRole("button", { name: "World" }).click();
  await page.locator(".chip[data-value=concern]").click();
  await page.locator(".filters select").last().selectOption("name");
  await country(page, "CN").click();
  const view = await snapshot(page);
  const link = await addressOf(page);
  assert.match(link, /map=world/);
  const { page: copy, errors } = await openPage(running.browser, link);
  assert.deepEqual(await snapshot(copy), view);
  assert.deepEqual(errors, []);
  await copy.close();
  await page.goBack();
  assert.equal(await settledAttribute(country(page, "CN"), "aria-pressed", "false"), "false");
  await page.goBack();
  await page.goBack();
  await page.goBack();
  assert.equal(await page.locator(".map-panel .segmented [aria-pressed=true]").textContent(), "Europe");
  await page.goForward();
  assert.equal(await page.locator(".map-panel .segmented [aria-pressed=true]").textContent(), "World");
  await page.close();
});

test("the map is one tab stop; arrows move between states and Enter selects", async () => {
  const { page } = await openPage(running.browser, running.server.url);
  await page.locator("table.matrix").waitFor();
  const focusedCountry = () => page.evaluate(() => document.activeElement?.dataset?.country ?? "");
  for (let presses = 0; presses < 80 && (await focusedCountry()) === ""; presses += 1) {
    await page.keyboard.press("Tab");
  }
  assert.equal(await focusedCountry(), "CZ", "the attributing state comes first");
  await page.keyboard.press("ArrowRight");
  const next = await focusedCountry();
  assert.notEqual(next, "CZ");
  assert.match(await page.locator(".map-tip").textContent(), /Covered by a bloc statement:/);
  await page.keyboard.press("Enter");
  assert.equal(await settledAttribute(country(page, next), "aria-pressed", "true"), "true");
  await page.keyboard.press("Tab");
  const inMap = await page.evaluate(() => document.activeElement.closest("svg") !== null);
  assert.equal(inMap, false, "Tab leaves the map after one stop");
  await page.close();
});

test("on a 320 px screen the map sits above the matrix and nothing scrolls sideways", async () => {
  const page = await running.browser.newPage({ viewport: { width: 320, height: 640 } });
  await page.goto(running.server.url);
  await ready(page);
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(width <= 320, `page is ${width} px wide`);
  const map = await page.locator(".map-panel").boundingBox();
  const matrix = await page.locator(".matrix-panel").boundingBox();
  assert.ok(map.y + map.height <= matrix.y, "map first");
  // The filters wait behind one button; opened, every target is still large enough to touch.
  assert.equal(await page.locator(".chip").first().isVisible(), false);
  await page.locator(".filter-toggle").click();
  assert.equal(await settledAttribute(page.locator(".filter-toggle"), "aria-expanded", "true"), "true");
  // A checkbox's target is its whole chip: the label toggles it.
  const targets = ".chip, .filters button, .filters select, input[type=search], .filters input[type=text], .segmented button, .beyond-country";
  const small = await page.locator(targets).evaluateAll((els) =>
    els.filter((el) => el.getBoundingClientRect().height < 24).map((el) => el.outerHTML),
  );
  assert.deepEqual(small, [], "touch targets are at least 24 px");
  await page.close();
});

test("inside an iframe the view still reaches the address, but not the host's Back button", async () => {
  const page = await running.browser.newPage();
  await page.setContent(`<iframe src="${running.server.url}" title="Démarche" width="1200" height="900"></iframe>`);
  const frame = page.frameLocator("iframe");
  await ready(page.frames()[1]);
  const before = await page.evaluate(() => history.length);
  await frame.locator(".chip[data-value=summons]").click();
  await frame.locator("tr[data-actor=cz-fiala] th").click();
  assert.equal(await frame.locator("thead th.kind-summons").count(), 0);
  const address = new URL(await addressOf(page.frames()[1])).search;
  assert.match(address, /response=/);
  assert.match(address, /actor=cz-fiala/);
  assert.equal(await page.evaluate(() => history.length), before);
  await page.close();
});

for (const [width, path] of [[1280, ""], [600, "?embed=compact"], [320, ""], [1280, "?incident=exchange-china-2021"], [320, "?incident=apt31-uk-us-nz-2024"]]) {
  test(`at ${width} px (${path || "the default view"}) every mark of every reaction is within the width`, async () => {
    const page = await running.browser.newPage({ viewport: { width, height: 900 } });
    await page.goto(`${running.server.url}${path}`);
    await ready(page);
    const marks = await page.locator("td.filled").evaluateAll((cells) => {
      const frame = document.querySelector(".matrix-scroll").getBoundingClientRect();
      return cells.map((cell) => {
        const box = cell.getBoundingClientRect();
        return { kind: cell.dataset.kind, inside: box.left >= frame.left - 0.5 && box.right <= Math.min(frame.right, innerWidth) + 0.5 };
      });
    });
    assert.ok(marks.length > 10);
    assert.deepEqual(marks.filter((mark) => !mark.inside), []);
    await page.close();
  });
}
