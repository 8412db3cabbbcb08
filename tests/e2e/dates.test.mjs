// The date filters speak the page's language, not the browser's: in an en-US browser the Czech
// view shows and takes „28. 5. 2025“ and the English view "28 May 2025", while the link keeps
// ISO dates. An entry that names no day says so, in the page's language, and changes nothing.
import { test } from "node:test";
import assert from "node:assert/strict";
import { addressOf, ready, useBrowser } from "./support.mjs";

const running = useBrowser();

const views = [
  { lang: "cs", label: "Od", shown: "28. 5. 2025", typed: "1.6.2025", read: "1. 6. 2025", wrong: "31. 2. 2025", says: /28\.\s5\.\s2025/ },
  { lang: "en", label: "From", shown: "28 May 2025", typed: "June 1, 2025", read: "1 June 2025", wrong: "6/1/2025", says: /28 May 2025/ },
];

for (const { lang, label, shown, typed, read, wrong, says } of views) {
  test(`in the ${lang} view an en-US browser shows and takes dates as the page writes them`, async () => {
    const context = await running.browser.newContext({ locale: "en-US" });
    const page = await context.newPage();
    await page.goto(`${running.server.url}?lang=${lang}&from=2025-05-28`);
    await ready(page);
    const from = page.getByLabel(label, { exact: true });
    assert.equal(await from.inputValue(), shown);
    const counts = () => page.locator(".counts").textContent();
    const before = await counts();

    await from.fill(typed);
    await from.press("Enter");
    await page.waitForURL(/from=2025-06-01/);
    assert.equal(await from.inputValue(), read, "the entry is shown as the page writes a date");
    assert.notEqual(await counts(), before, "the later start leaves fewer reactions");
    assert.equal(await from.getAttribute("aria-invalid"), null);

    const filtered = await counts();
    await from.fill(wrong);
    await from.press("Enter");
    assert.equal(await from.getAttribute("aria-invalid"), "true");
    const message = page.locator(`#${await from.getAttribute("aria-describedby")}`);
    assert.match(await message.textContent(), says);
    assert.equal(await from.inputValue(), wrong, "the entry stays to be mended");
    assert.match(await addressOf(page), /from=2025-06-01/, "the filter is unchanged");
    assert.equal(await counts(), filtered);

    await from.fill("");
    await from.press("Enter");
    await page.waitForURL((url) => !url.search.includes("from="));
    assert.equal(await from.getAttribute("aria-invalid"), null, "an empty field lifts the bound");
    await context.close();
  });
}
