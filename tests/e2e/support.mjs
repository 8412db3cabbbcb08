// Shared by the browser tests: serve a build on loopback, drive Debian's Chromium, read seeds/.
import { createServer } from "node:http";
import { readFile, readdir } from "node:fs/promises";
import { extname, join, normalize } from "node:path";
import { fileURLToPath } from "node:url";
import { createRequire } from "node:module";
import { after, before } from "node:test";
import { chromium } from "playwright-core";
import { parse } from "smol-toml";

const repo = fileURLToPath(new URL("../..", import.meta.url));
/** The build `make dist` writes, and the copy `make test-browser` makes with a second incident
 *  (tests/fixtures) beside the seeds. */
export const DIST = join(repo, "dist");
export const DIST_WITH_TWO = join(repo, "target/e2e/two");

const types = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".wasm": "application/wasm",
  ".css": "text/css",
  ".bin": "application/octet-stream",
  ".csv": "text/csv; charset=utf-8",
  ".json": "application/json",
};

/** The policy the widget runs under unchanged (README, "Embedding"). */
export const STRICT_CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:";

/** Serves a build on a free loopback port, as a host page would, with any extra headers. */
export async function serveDist(dist = DIST, headers = {}) {
  const server = createServer(async (request, response) => {
    const path = new URL(request.url, "http://localhost").pathname;
    const file = normalize(join(dist, path === "/" ? "index.html" : path));
    try {
      if (!file.startsWith(dist)) throw new Error("outside dist");
      const body = await readFile(file);
      response.writeHead(200, { "content-type": types[extname(file)] ?? "application/octet-stream", ...headers });
      response.end(body);
    } catch {
      response.writeHead(404, headers).end();
    }
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { url: `http://127.0.0.1:${server.address().port}/`, close: () => server.close() };
}

/** Debian's Chromium, with the flags that keep it from reaching for the network. */
export function launchChromium() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

/** Opens a page, waits until the widget answers input, and collects what it logs as errors,
 *  uncaught exceptions included. */
export async function openPage(browser, url) {
  const page = await browser.newPage();
  const errors = [];
  page.on("console", (message) => message.type() === "error" && errors.push(message.text()));
  page.on("pageerror", (error) => errors.push(String(error)));
  await page.goto(url);
  await ready(page);
  return { page, errors };
}

/** Records every Content-Security-Policy violation of the pages `page` loads from now on;
 *  the function returned reads them. */
export async function recordViolations(page) {
  await page.addInitScript(() => {
    window.violations = [];
    document.addEventListener("securitypolicyviolation", (event) =>
      window.violations.push(`${event.violatedDirective}: ${event.blockedURI} ${event.sample}`),
    );
  });
  return () => page.evaluate(() => window.violations);
}

/** The value an attribute of `locator`'s element comes to: a click or key press returns before
 *  the widget's render, and an attribute read at once may still be the one before (CI read
 *  `aria-controls` as null so). Waits for `value`, failing the test by timeout if it never
 *  comes, and returns what the element then says. */
export async function settledAttribute(locator, name, value) {
  await locator.and(locator.page().locator(`[${name}="${value}"]`)).waitFor();
  return locator.getAttribute(name);
}

/** The page's address once the widget has written the view it shows into it. It writes it
 *  once the browser is idle after the frame that drew the view, or 200 ms on at the latest
 *  (src/embed/address.js), so a callback asked for later, when the browser is next idle or
 *  a second on, comes after it. A frame out of view may never be idle. */
export async function addressOf(pageOrFrame) {
  await pageOrFrame.evaluate(() => new Promise((done) => requestIdleCallback(() => done(), { timeout: 1000 })));
  return pageOrFrame.url();
}

/** The page shows the build-time view at once; only after this mark does the live widget
 *  stand in its place and answer clicks. The parts that come in the extras module (the
 *  comparison, the timeline, the story) are drawn a moment later: ready waits for them too, or
 *  for the panel that says they could not be loaded. A part busy drawing the rest of itself (the
 *  comparison's coalitions and aligned timeline come once the browser is idle after its table)
 *  says so with `aria-busy`: ready waits for that too. */
export function ready(pageOrFrame) {
  return pageOrFrame.waitForFunction(
    () =>
      performance.getEntriesByName("demarche-ready").length > 0 &&
      ([...document.querySelectorAll(".on-demand:not(.part-handout)")].every((slot) => slot.querySelector(":scope > div > :not(.loading)")) ||
        document.querySelector(".load-error") !== null) &&
      document.querySelector(".on-demand [aria-busy=true]") === null,
  );
}

/** The printed handout is drawn by the extras module once the browser is idle. */
export function handoutDrawn(page) {
  return page.locator(".part-handout .handout").waitFor({ state: "attached" });
}

/** RFC 4180 fields, as a spreadsheet reads the downloads' CSV: quoted, "" for a quote inside,
 *  CRLF between lines. */
export function parseCsv(text) {
  const rows = [[]];
  let field = "";
  let quoted = false;
  for (let at = 0; at < text.length; at += 1) {
    const c = text[at];
    if (quoted && c === '"' && text[at + 1] === '"') (field += '"'), (at += 1);
    else if (c === '"') quoted = !quoted;
    else if (!quoted && c === ",") rows.at(-1).push(field), (field = "");
    else if (!quoted && c === "\r" && text[at + 1] === "\n") rows.at(-1).push(field), (field = ""), rows.push([]), (at += 1);
    else field += c;
  }
  rows.at(-1).push(field);
  return rows;
}

/** The export model the share panel's module derives for the page's view now: what the
 *  downloads save. */
export const exportModel = (page) =>
  page.evaluate(async () => {
    const root = document.getElementById("demarche");
    const exporter = await import("./demarche-tools.js");
    await exporter.default();
    // As the share panel reads it (src/embed/share.js).
    const query = `?${root.dataset.query ?? ""}&${(root.dataset.link ?? location.search).slice(1)}`;
    return JSON.parse(await exporter.screen(new URL(root.dataset.catalogue, location.href).href, query, root.dataset.lang));
  });

/** The incidents as the data files state them, to check the page against. */
export async function readSeeds(folder = "seeds") {
  const dir = join(repo, folder);
  const files = (await readdir(dir)).filter((name) => name.endsWith(".toml")).sort();
  return Promise.all(files.map(async (name) => parse(await readFile(join(dir, name), "utf8"))));
}

/** The actors that reacted in an incident: the matrix's rows when nothing is filtered. */
export function reactedActors(seed) {
  return [...new Set(seed.reactions.map((reaction) => reaction.actor))];
}

/** A test file's server (with any extra headers), browser and the seeds: started before its
 *  tests, stopped after. */
export function useBrowser(dist = DIST, headers = {}) {
  const running = {};
  before(async () => {
    running.server = await serveDist(dist, headers);
    running.browser = await launchChromium();
    running.seeds = await readSeeds();
    running.czech = running.seeds.find((seed) => seed.incident.id === "czech-mfa-apt31-2025");
  });
  after(async () => {
    await running.browser?.close();
    running.server?.close();
  });
  return running;
}

const axeSource = await readFile(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

/** axe-core's findings on the page as it stands, as "rule (impact): where" lines; `rules`
 *  narrows it to some rules. */
export async function axeFindings(page, rules) {
  await page.addScriptTag({ content: axeSource });
  const result = await page.evaluate((rules) => window.axe.run(document, rules ? { runOnly: rules } : {}), rules);
  return result.violations.map(
    (violation) => `${violation.id} (${violation.impact}): ${violation.nodes.slice(0, 3).map((node) => node.target.join(" ")).join(" | ")}`,
  );
}

export const days = (from, to) => Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);

/** A reaction's day from the attribution, counted from the incident file as the core counts it:
 *  a month or a year known only is put at its first day, but never before the attribution when
 *  that falls inside it; an upper bound at the last day it can be. */
export function dayOf(madePublic, { date, date_upper_bound: upperBound }) {
  if (date.length === 10) return days(madePublic, date);
  const [year, month] = date.split("-").map(Number);
  const first = days(madePublic, month ? `${date}-01` : `${year}-01-01`);
  const end = month ? new Date(Date.UTC(year, month, 0)) : new Date(Date.UTC(year, 11, 31));
  const last = days(madePublic, end.toISOString().slice(0, 10));
  if (upperBound) return last;
  return first < 0 && last >= 0 ? 0 : first;
}
