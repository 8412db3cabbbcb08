// axe-core over whole pages: the standalone explorer (one banner, one main, nothing outside a
// landmark), with a detail open, in Czech, the compact embed, the timeline and the comparison.
import { test } from "node:test";
import assert from "node:assert/strict";
import { axeFindings, ready, useBrowser } from "./support.mjs";

const running = useBrowser();

for (const path of ["", "?country=CZ", "cs.html?actor=cz-lipavsky", "?embed=compact&theme=dark", "?incident=exchange-china-2021&map=world", "?view=timeline&reaction=2", "?view=compare&country=GB&incident=exchange-china-2021", "cs.html?view=compare&theme=dark", "?story=2", "cs.html?embed=compact&story=8"]) {
  test(`axe-core finds nothing on "${path || "index.html"}"`, async () => {
    const page = await running.browser.newPage();
    await page.goto(`${running.server.url}${path}`);
    await ready(page);
    assert.deepEqual(await axeFindings(page), []);
    await page.close();
  });
}
