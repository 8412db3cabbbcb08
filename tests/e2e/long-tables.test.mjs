// Tables too long to draw whole: the seeds beside a synthetic incident a hundred times the
// Czech seed's size (src/synthetic.rs, as `make bench` builds it), some 400 actors and, in the
// comparison, some 170 responders. A table draws the lines in view and a margin, keeps the
// others' place as empty space, draws more as the reader scrolls, tells a screen reader how
// many rows there are, and a reader back from a far row's profile lands on that row's name.
// Served under the strict Content-Security-Policy: the empty space has its height without a
// style attribute.
import { test, before } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { cpSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { DIST, STRICT_CSP, openPage, ready, recordViolations, useBrowser } from "./support.mjs";

const SITE = process.env.DEMARCHE_SITE ?? "../../target/debug/site";
const SYNTHESIZE = process.env.DEMARCHE_SYNTHESIZE ?? "../../target/debug/examples/synthesize";
const large = mkdtempSync(join(tmpdir(), "demarche-long-"));

before(() => {
  const seeds = join(large, "seeds");
  execFileSync(SYNTHESIZE, ["100", seeds]);
  cpSync(DIST, join(large, "site"), { recursive: true });
  execFileSync(SITE, ["--seeds", fileURLToPath(new URL("../../seeds", import.meta.url)), "--seeds", seeds, join(large, "site")]);
});
const running = useBrowser(join(large, "site"), { "content-security-policy": STRICT_CSP });

/** The table's rows as a screen reader counts them, and those drawn. */
const rows = (page) =>
  page.evaluate(() => {
    const table = document.querySelector("table.compare");
    const drawn = [...table.querySelectorAll("tr[data-responder]")];
    return {
      count: Number(table.getAttribute("aria-rowcount")),
      drawn: drawn.map((row) => ({ id: row.dataset.responder, index: Number(row.getAttribute("aria-rowindex")) })),
      space: [...table.querySelectorAll("tbody.spacer td")].map((cell) => cell.getBoundingClientRect().height),
    };
  });

/** As a reader would: the table's box brought into the page's view, then scrolled to its end.
 *  The table draws the lines the page shows: of a box below the fold, only a margin. */
const scrollToEnd = (page) =>
  page.locator("table.compare").evaluate((table) => {
    table.parentElement.scrollIntoView();
    table.parentElement.scrollTo(0, table.parentElement.scrollHeight);
  });

test("a comparison of some 170 responders draws the rows in view, then more as the reader scrolls", async () => {
  const page = await running.browser.newPage();
  const violations = await recordViolations(page);
  await page.goto(`${running.server.url}?view=compare`);
  await page.locator("table.compare tr[data-responder]").first().waitFor();
  const top = await rows(page);
  assert.ok(top.count > 150, `the table says how many rows it has: ${top.count}`);
  assert.ok(top.drawn.length < top.count / 2, `${top.drawn.length} rows drawn of ${top.count}`);
  assert.equal(top.drawn[0].index, 3, "the first bloc's row, under the header and the group's heading");
  assert.ok(top.space.length === 1 && top.space[0] > 1000, `the rows not drawn keep their place: ${top.space}`);
  await scrollToEnd(page);
  await page.waitForFunction(() => {
    const table = document.querySelector("table.compare");
    const last = [...table.querySelectorAll("tr[data-responder]")].at(-1);
    return last && last.getAttribute("aria-rowindex") === table.getAttribute("aria-rowcount");
  });
  const bottom = await rows(page);
  assert.ok(bottom.drawn.length < bottom.count / 2, `${bottom.drawn.length} rows drawn at the bottom`);
  assert.ok(!bottom.drawn.some((row) => top.drawn.some((seen) => seen.id === row.id)), "the first rows gave way");
  const last = bottom.drawn.at(-1).id;
  const seen = await page.locator(`tr[data-responder="${last}"] th button`).isVisible();
  assert.ok(seen, "the last row is in the box's view");
  assert.deepEqual(await violations(), []);
  await page.close();
});

test("back from the profile of a row far down the table, the focus is on its name", async () => {
  const { page } = await openPage(running.browser, `${running.server.url}?view=compare`);
  await page.locator("table.compare tr[data-responder]").first().waitFor();
  await scrollToEnd(page);
  const count = await page.locator("table.compare").getAttribute("aria-rowcount");
  const last = page.locator(`table.compare tr[aria-rowindex="${count}"]`);
  const id = await last.getAttribute("data-responder");
  await last.locator("th button").press("Enter");
  await page.locator("#profile-heading").waitFor();
  await page.locator(".profile-back").press("Enter");
  await page.waitForFunction((id) => document.activeElement?.closest("tr")?.dataset.responder === id, id);
  await page.close();
});

for (const [view, table, row] of [
  ["", "table.matrix", "tr[data-row]"],
  ["&view=timeline", "table.timeline", "tr[data-actor]"],
]) {
  test(`the ${table} of some 400 actors keeps the place of the rows it does not draw, and draws the last at the end`, async () => {
    const page = await running.browser.newPage();
    const violations = await recordViolations(page);
    await page.goto(`${running.server.url}?incident=synthetic-100x${view}`);
    await ready(page);
    const rows = page.locator(`${table} ${row}`);
    const lines = Number(await page.locator(table).getAttribute("aria-rowcount"));
    assert.ok(lines > 400, `the screen reader is told every line: ${lines}`);
    assert.ok((await rows.count()) < lines / 4, `${await rows.count()} rows drawn of ${lines}`);
    const space = await page.locator(`${table} tbody.spacer`).evaluateAll((bodies) => bodies.map((body) => body.getBoundingClientRect().height));
    assert.ok(space.length === 1 && space[0] > 5000, `the rows not drawn keep their place: ${space}`);
    await page.waitForFunction(([table, lines]) => {
      const box = document.querySelector(table).closest(".matrix-scroll");
      box?.scrollIntoView();
      (box ?? document.scrollingElement).scrollTo(0, (box ?? document.scrollingElement).scrollHeight);
      const drawn = document.querySelectorAll(`${table} tr[aria-rowindex]`);
      return drawn[drawn.length - 1]?.getAttribute("aria-rowindex") === String(lines);
    }, [table, lines]);
    assert.deepEqual(await violations(), []);
    await page.close();
  });
}
