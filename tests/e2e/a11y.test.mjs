// axe-core over whole pages: the standalone explorer (one banner, one main, nothing outside a
// landmark), with a detail open, in Czech, and the compact embed.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { createRequire } from "node:module";
import { readFile } from "node:fs/promises";
import { launchChromium, ready, serveDist } from "./support.mjs";

const axeSource = await readFile(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

const running = {};
before(async () => {
  running.server = await serveDist();
  running.browser = await launchChromium();
});
after(async () => {
  await running.browser?.close();
  running.server?.close();
});

for (const path of ["", "?country=CZ", "cs.html?actor=cz-lipavsky", "?embed=compact&theme=dark", "?incident=exchange-china-2021&map=world"]) {
  test(`axe-core finds nothing on "${path || "index.html"}"`, async () => {
    const page = await running.browser.newPage();
    await page.goto(`${running.server.url}${path}`);
    await ready(page);
    await page.addScriptTag({ content: axeSource });
    const result = await page.evaluate(() => window.axe.run(document));
    const found = result.violations.map(
      (violation) => `${violation.id} (${violation.impact}): ${violation.nodes.slice(0, 3).map((node) => node.target.join(" ")).join(" | ")}`,
    );
    assert.deepEqual(found, []);
    await page.close();
  });
}
