// The built page runs, unchanged, under a strict Content-Security-Policy: no inline script or
// style, no eval, nothing fetched from another origin.
import { test } from "node:test";
import assert from "node:assert/strict";
import { DIST, STRICT_CSP, ready, recordViolations, useBrowser } from "./support.mjs";

const running = useBrowser(DIST, { "content-security-policy": STRICT_CSP });

/** Opens a page of the build and records every policy violation and every error it logs. */
async function open(path) {
  const page = await running.browser.newPage();
  const problems = [];
  const violations = await recordViolations(page);
  page.on("console", (message) => message.type() === "error" && problems.push(message.text()));
  page.on("pageerror", (error) => problems.push(String(error)));
  const origins = new Set();
  page.on("request", (request) => origins.add(new URL(request.url()).origin));
  await page.goto(`${running.server.url}${path}`);
  return { page, problems, origins, violations };
}

for (const path of ["", "cs.html", "?map=world&country=US"]) {
  test(`under the strict policy, "${path || "index.html"}" becomes ready with no violation`, async () => {
    const { page, problems, origins, violations } = await open(path);
    await ready(page);
    // Hover a state: the tooltip is placed without a style attribute.
    await page.locator("svg [data-country]").first().hover();
    await page.locator(".map-tip").waitFor();
    assert.deepEqual(await violations(), []);
    assert.deepEqual(problems, []);
    assert.deepEqual([...origins].filter((origin) => origin.startsWith("http")), [new URL(running.server.url).origin]);
    await page.close();
  });
}
