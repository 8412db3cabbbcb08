// The classroom: each incident's story, read from its file, step by step against the links it
// stands for; ?story=N, the arrow keys and the live region; glossary terms that open by
// keyboard; and the handout printed to PDF in headless Chromium, read back with pdftotext.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "smol-toml";
import { addressOf, handoutDrawn, openPage, ready, settledAttribute, useBrowser } from "./support.mjs";

const running = useBrowser();
const glossary = parse(readFileSync(fileURLToPath(new URL("../../seeds/glossary/terms.toml", import.meta.url)), "utf8"));

/** What a view shows: its rows, its columns and each state's fill. */
function snapshot(page) {
  return page.evaluate(() => ({
    rows: [...document.querySelectorAll("tr[data-actor], tr[data-responder]")].map((tr) => tr.dataset.actor ?? tr.dataset.responder),
    columns: [...document.querySelectorAll(".matrix thead th.kind")].map((th) => th.className),
    fills: [...document.querySelectorAll(".map-canvas [data-country]")].map((g) => `${g.dataset.country} ${g.getAttribute("class")}`),
    selected: [...document.querySelectorAll("[aria-pressed=true][data-country], tr.highlighted")].map((element) => element.dataset.country ?? element.dataset.actor),
  }));
}

test("every step of every story shows what the same link shows", async () => {
  const page = await running.browser.newPage();
  for (const seed of running.seeds) {
    assert.ok(seed.story.length >= 6 && seed.story.length <= 8, `${seed.incident.id}: ${seed.story.length} steps`);
    for (const [at, step] of seed.story.entries()) {
      await page.goto(`${running.server.url}?incident=${seed.incident.id}&story=${at + 1}`);
      await ready(page);
      await page.locator(`.story[data-step="${at + 1}"]`).waitFor();
      const told = await snapshot(page);
      await page.goto(`${running.server.url}?incident=${seed.incident.id}&${step.view}`);
      await ready(page);
      assert.deepEqual(told, await snapshot(page), `${seed.incident.id}, step ${at + 1}: ${step.view}`);
    }
  }
  await page.close();
});

/** Whether what the step shows (the story panel's data-shows) is in view and not under the
 *  panel: its top (seen through the matrix's box if it scrolls in one) is on screen, and the
 *  point there is the element's own. */
function shownAndUncovered() {
  const story = document.querySelector(".story");
  let target = document.querySelector(story?.dataset.shows);
  // A phone's matrix of cards keeps its column headers for screen readers only: then the matrix.
  const panels = ".map-panel, .matrix-panel, .timeline-panel";
  for (let box = target; box && !box.matches(panels); box = box.parentElement) {
    const seen = box.getBoundingClientRect();
    if (seen.width <= 1 || seen.height <= 1) target = target.closest(panels);
  }
  if (!target) return false;
  const box = target.getBoundingClientRect();
  const clip = target.closest(".matrix-scroll")?.getBoundingClientRect();
  const left = Math.max(box.left, clip?.left ?? 0, 0);
  const right = Math.min(box.right, clip?.right ?? innerWidth, innerWidth);
  const top = Math.max(box.top, clip?.top ?? 0);
  if (top < 0 || top + 12 > innerHeight || right - left < 10) return false;
  const hit = document.elementFromPoint((left + right) / 2, top + Math.min(10, box.height / 2));
  return hit !== null && (target.contains(hit) || hit.contains(target)) && !story.contains(hit);
}

for (const [width, height, name] of [[1280, 800, "a laptop"], [853, 480, "a projector"], [375, 667, "a phone"]]) {
  test(`on ${name} (${width}×${height}) each step brings what it shows into view, clear of the story`, async () => {
    const page = await running.browser.newPage({ viewport: { width, height } });
    for (const seed of [running.czech, running.seeds.find((seed) => seed.incident.id === "opcw-gru-2018")]) {
      await page.goto(`${running.server.url}?incident=${seed.incident.id}&story=1`);
      await ready(page);
      for (let step = 1; step <= seed.story.length; step++) {
        await page.locator(`.story[data-step="${step}"]`).waitFor();
        await page
          .waitForFunction(shownAndUncovered, null, { timeout: 5_000 })
          .catch(() => assert.fail(`${seed.incident.id}, step ${step}: ${seed.story[step - 1].view} is not in view`));
        // Next is at hand and the new step's title is in view.
        const next = await page.locator(".story .next").boundingBox();
        const title = await page.locator("#story-title").boundingBox();
        assert.ok(next.y >= 0 && next.y + next.height <= height, `step ${step}: Next at ${next.y}`);
        assert.ok(title.y >= 0 && title.y + title.height <= height, `step ${step}: the title at ${title.y}`);
        if (step < seed.story.length) await page.locator(".story .next").click();
      }
    }
    await page.close();
  });
}

test("?story=3 opens the third step; the arrow keys move and the live region says each step", async () => {
  const seed = running.czech;
  const { page, errors } = await openPage(running.browser, `${running.server.url}?story=3`);
  const title = page.locator("#story-title");
  assert.equal(await title.textContent(), seed.story[2].title.en);
  assert.equal(await page.locator(".story-step").getAttribute("aria-live"), "polite");
  await page.keyboard.press("ArrowRight");
  await page.waitForURL(/story=4/);
  assert.equal(await page.locator(".story-step[aria-live=polite] h2").textContent(), seed.story[3].title.en);
  await page.keyboard.press("ArrowLeft");
  await page.keyboard.press("ArrowLeft");
  await page.waitForURL(/story=2/);
  assert.equal(await title.textContent(), seed.story[1].title.en);
  await page.getByRole("button", { name: "Next" }).click();
  await page.waitForURL(/story=3/);
  const view = await snapshot(page);
  await page.getByRole("button", { name: "Leave the story" }).click();
  await page.locator(".story").waitFor({ state: "detached" });
  assert.deepEqual(await snapshot(page), view, "leaving the story keeps the view");
  assert.ok(!(await addressOf(page)).includes("story="));
  assert.deepEqual(errors, []);
  await page.close();
});

test("a step's change fades in; outside the story a filter click changes the cells at once", async () => {
  const { page, errors } = await openPage(running.browser, `${running.server.url}?story=3`);
  await page.locator(".story").waitFor();
  const fades = () =>
    page.evaluate(() =>
      [document.querySelector(".matrix td"), document.querySelector(".country > path")].map((element) => getComputedStyle(element).transitionDuration),
    );
  assert.deepEqual(await fades(), ["0.45s, 0.45s", "0.45s, 0.45s"], "in the story");
  await page.getByRole("button", { name: "Leave the story" }).click();
  await page.locator(".story").waitFor({ state: "detached" });
  // The parts' stylesheet that holds the story's fades is still in the page.
  assert.equal(await page.locator("link#demarche-parts:not([disabled])").count(), 1);
  assert.deepEqual(await fades(), ["0s", "0s"], "in the explorer");
  assert.deepEqual(errors, []);
  await page.close();
});

test("the last step offers the questions, which the teacher opens", async () => {
  const seed = running.czech;
  const { page } = await openPage(running.browser, `${running.server.url}?story=${seed.story.length}`);
  const questions = page.locator(".story .questions");
  assert.equal(await questions.locator("li").first().isVisible(), false, "closed until the teacher opens them");
  await questions.locator("summary").click();
  assert.equal(await questions.locator("li").count(), seed.questions.length);
  assert.equal((await questions.locator("li").first().textContent()).trim(), seed.questions[0].en);
  assert.equal(await page.getByRole("button", { name: "Next" }).isDisabled(), true);
  await page.close();
});

test("the story works in a compact embed and in Czech", async () => {
  const seed = running.czech;
  const { page } = await openPage(running.browser, `${running.server.url}cs.html?embed=compact&story=2`);
  const spaced = (text) => text.replace(/\s/g, " ");
  assert.equal(spaced(await page.locator("#story-title").textContent()), spaced(seed.story[1].title.cs));
  assert.equal(await page.locator(".story-progress").textContent(), `Krok 2\u00a0z\u00a08`);
  await page.close();
});

test("a glossary term opens its definition in place by keyboard, fetching the glossary only then", async () => {
  const fetched = [];
  const page = await running.browser.newPage();
  page.on("request", (request) => fetched.push(new URL(request.url()).pathname.split("/").pop()));
  await page.goto(`${running.server.url}?story=1`);
  await ready(page);
  assert.ok(!fetched.some((name) => name.startsWith("glossary")), "not before a term is opened");
  const term = page.locator(".story .term").first();
  const id = await term.getAttribute("data-term");
  await term.focus();
  await page.keyboard.press("Enter");
  assert.equal(await settledAttribute(term, "aria-expanded", "true"), "true");
  const entry = glossary.terms.find((known) => known.id === id);
  await page.locator(`#${await term.getAttribute("aria-controls")}`, { hasText: entry.definition.en.slice(0, 40) }).waitFor();
  assert.ok(fetched.some((name) => name.startsWith("glossary-en")));
  await page.keyboard.press("Enter");
  assert.equal(await settledAttribute(term, "aria-expanded", "false"), "false");
  await page.close();
});

/** Squeezed for comparison: pdftotext breaks lines where the page did. (`-raw` reads in the
 *  order the page drew, so three columns of sources do not interleave.) */
const squeeze = (text) => text.replace(/\s+/g, "").replace(/[\u00a0\u202f]/g, "");
// pdftotext reorders right-to-left text (an Arabic path), so such an address is matched up to
// its first Hebrew or Arabic letter.
const bare = (url) => url.replace(/^https?:\/\//, "").replace(/^www\./, "").split(/[\u0590-\u08ff]/)[0];

/** The PDF as pdftohtml reads it (zoom 3: font sizes in thirds of a point, rounded down): each
 *  page's lines of text with their font size in points, top to bottom. */
function printed(file) {
  const xml = execFileSync("pdftohtml", ["-xml", "-i", "-stdout", "-zoom", "3", file], { encoding: "utf8" });
  const sizes = new Map([...xml.matchAll(/<fontspec id="(\d+)" size="(\d+)"/g)].map(([, id, size]) => [id, Number(size) / 3]));
  const entity = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
  return xml.split(/<page /).slice(1).map((page) =>
    [...page.matchAll(/<text top="(\d+)"[^>]*font="(\d+)">(.*?)<\/text>/g)]
      .map(([, top, font, text]) => ({ top: Number(top), size: sizes.get(font), text: text.replace(/<[^>]+>/g, "").replace(/&(\w+);/g, (_, name) => entity[name] ?? " ") }))
      .sort((a, b) => a.top - b.top),
  );
}

const folder = mkdtempSync(join(tmpdir(), "demarche-handout-"));
const smallest = { en: Infinity, cs: Infinity };
for (const lang of ["en", "cs"]) {
  test(`the handout prints on three A4 pages at most, readable (text 9 pt, table and sources 7 pt), with everything on it (${lang})`, async (t) => {
    const page = await running.browser.newPage();
    const counts = [];
    for (const seed of running.seeds) {
      await page.goto(`${running.server.url}${lang === "cs" ? "cs.html" : ""}?incident=${seed.incident.id}`);
      await ready(page);
      await handoutDrawn(page);
      const file = join(folder, `${seed.incident.id}.${lang}.pdf`);
      writeFileSync(file, await page.pdf({ format: "A4", printBackground: true }));
      const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [file], { encoding: "utf8" }))[1]);
      counts.push(`${seed.incident.id} ${pages}`);
      // At 9 pt and 7 pt no incident fits two pages; every one fits three (README).
      assert.ok(pages <= 3, `${seed.incident.id} (${lang}): ${pages} pages`);
      const text = squeeze(execFileSync("pdftotext", ["-raw", file, "-"], { encoding: "utf8" }));
      const expect = (what, words) => assert.ok(text.includes(squeeze(words)), `${seed.incident.id} (${lang}): ${what} “${words}”`);
      expect("the title", seed.incident.title[lang]);
      const spoke = new Set(seed.reactions.map((reaction) => reaction.actor));
      for (const actor of seed.actors.filter((actor) => spoke.has(actor.id))) expect("a matrix row", actor.name[lang]);
      for (const source of seed.sources) expect("a source", bare(source.url));
      for (const question of seed.questions) expect("a question", question[lang].replace(/\{[a-z#-]+:([^}]*)\}/g, "$1"));
      for (const step of seed.story) expect("a step", step.title[lang]);

      // Sizes as printed: nothing under 7 pt (the map's names, the table, the sources), and the
      // story and the questions, the text a class reads, at 9 pt.
      const lines = printed(file);
      assert.equal(lines.length, pages);
      const where = `${seed.incident.id} (${lang})`;
      const least = lines.flat().reduce((least, line) => (line.size < least.size ? line : least));
      smallest[lang] = Math.min(smallest[lang], least.size);
      assert.ok(least.size >= 7, `${where}: “${least.text}” at ${least.size} pt`);
      // The text a class reads: every line from the story's heading to the sources' heading.
      const [story, sources] = (await page.locator(".handout h2").allTextContents()).map(squeeze).filter((_, at, all) => at === 0 || at === all.length - 1);
      const flat = lines.flat();
      const from = flat.findIndex((line) => squeeze(line.text) === story);
      const to = flat.findIndex((line) => squeeze(line.text) === sources);
      assert.ok(from >= 0 && to > from + seed.story.length + seed.questions.length, `${where}: the story and the questions between their headings`);
      for (const line of flat.slice(from, to)) assert.ok(line.size >= 9, `${where}: “${line.text}” at ${line.size} pt`);

      // No page ends with a heading, and every page the table runs onto starts with its header.
      const headings = (await page.locator(".handout h2, .matrix caption, .map-panel .panel-head h2").allTextContents()).map(squeeze);
      for (const [at, onPage] of lines.slice(0, -1).entries()) {
        const last = squeeze(onPage.at(-1).text);
        assert.ok(!headings.some((heading) => heading === last || (last.length >= 6 && heading.startsWith(last))), `${where}: page ${at + 1} ends with the heading “${onPage.at(-1).text}”`);
      }
      const header = squeeze(await page.locator(".matrix thead .actor-col").textContent());
      const rows = new Set(seed.actors.filter((actor) => spoke.has(actor.id)).map((actor) => squeeze(actor.name[lang])));
      for (const [at, onPage] of lines.entries()) {
        if (onPage.some((line) => rows.has(squeeze(line.text)))) {
          assert.ok(onPage.some((line) => squeeze(line.text) === header), `${where}: page ${at + 1} has matrix rows without the header`);
        }
      }
    }
    t.diagnostic(`pages (${lang}): ${counts.join(", ")}; smallest font ${smallest[lang]} pt`);
    await page.close();
  });
}

/** The id of the definition a term opened, once the widget has drawn it open: the press returns
 * before the render that sets `aria-controls`. */
async function openedBy(term) {
  await term.and(term.page().locator("[aria-controls]")).waitFor();
  return term.getAttribute("aria-controls");
}

test("the detail panel's and the codebook's response kinds are glossary terms too", async () => {
  const { page } = await openPage(running.browser, `${running.server.url}?actor=cz-lipavsky`);
  const term = page.locator("#detail .reaction-meta .term").first();
  const id = await term.getAttribute("data-term");
  await term.press("Enter");
  const entry = glossary.terms.find((known) => known.id === id);
  const opened = await openedBy(page.locator(`#detail .reaction-meta .term[data-term="${id}"]`).first());
  await page.locator(`#detail #${opened}`, { hasText: entry.definition.en.slice(0, 40) }).waitFor();
  // By keyboard: a click lands where the summary was, and the parts' stylesheet, enabled as the
  // extras load when the page is idle, can move it in between.
  await page.locator(".codebook summary").press("Enter");
  await page.locator(".codebook[open]").waitFor({ state: "attached" });
  const codebook = page.locator(".codebook dt .term");
  assert.equal(await codebook.count(), 18, "every response kind of the codebook");
  const same = page.locator(`.codebook dt .term[data-term="${id}"]`);
  await same.press("Enter");
  const second = await openedBy(same);
  assert.notEqual(second, opened, "the same term open twice has two ids");
  await page.locator(`.codebook #${second}`, { hasText: entry.source.title ?? entry.source.publisher }).waitFor({ state: "attached" });
  await page.close();
});

test("a swipe to the left on a phone moves to the next step, to the right back", async () => {
  const context = await running.browser.newContext({ hasTouch: true, isMobile: true, viewport: { width: 375, height: 740 } });
  const page = await context.newPage();
  await page.goto(`${running.server.url}?story=2`);
  await ready(page);
  const swipe = (from, to) =>
    page.evaluate(([from, to]) => {
      const story = document.querySelector(".story");
      const touch = (x) => new Touch({ identifier: 1, target: story, clientX: x, clientY: 200 });
      story.dispatchEvent(new TouchEvent("touchstart", { bubbles: true, touches: [touch(from)], changedTouches: [touch(from)] }));
      story.dispatchEvent(new TouchEvent("touchend", { bubbles: true, touches: [], changedTouches: [touch(to)] }));
    }, [from, to]);
  await swipe(300, 100);
  await page.waitForURL(/story=3/);
  await swipe(100, 300);
  await page.waitForURL(/story=2/);
  await swipe(200, 180);
  await page.waitForTimeout(300);
  assert.match(await addressOf(page), /story=2/, "a short move is not a swipe");
  await context.close();
});
