// Inside an article: a compact frame that shows the whole matrix without a box scrolling
// inside it, and no view wider than a 320 px phone, in either language.
import { test } from "node:test";
import assert from "node:assert/strict";
import { ready, useBrowser } from "./support.mjs";

const running = useBrowser();

/** Elements that scroll inside the page, vertically or sideways, and how far. */
function innerScrollers() {
  return [...document.querySelectorAll(".demarche-app *")]
    .filter((element) => {
      const style = getComputedStyle(element);
      const down = /auto|scroll/.test(style.overflowY) && element.scrollHeight > element.clientHeight + 1;
      const across = /auto|scroll/.test(style.overflowX) && element.scrollWidth > element.clientWidth + 1;
      return down || across;
    })
    .map((element) => `${element.tagName.toLowerCase()}.${element.className} ${element.scrollWidth}×${element.scrollHeight} in ${element.clientWidth}×${element.clientHeight}`);
}

for (const width of [600, 320]) {
  test(`compact at ${width} px: the whole matrix, nothing scrolling inside the frame`, async () => {
    for (const page_ of ["embed.html", "embed-cs.html"]) {
      const page = await running.browser.newPage({ viewport: { width, height: 800 } });
      await page.goto(`${running.server.url}${page_}`);
      await ready(page);
      assert.deepEqual(await page.evaluate(innerScrollers), [], `${page_} at ${width} px`);
      await page.close();
    }
  });
}

test("at 320 px no view scrolls sideways, in either language", async () => {
  const page = await running.browser.newPage({ viewport: { width: 320, height: 700 } });
  for (const lang of ["en", "cs"]) {
    for (const view of ["", "&view=timeline", "&view=compare", "&story=1", "&embed=compact", "&reaction=0"]) {
      await page.goto(`${running.server.url}?lang=${lang}${view}`);
      await ready(page);
      const wide = await page.evaluate(() => document.documentElement.scrollWidth);
      assert.ok(wide <= 320, `?lang=${lang}${view} is ${wide} px wide`);
    }
  }
  await page.close();
});
