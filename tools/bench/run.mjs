// Measures built widgets in Debian's headless Chromium and prints the results as Markdown:
// what readers download, how soon they see the matrix next to a static HTML page showing the
// same view, how soon the widget answers, how long a filter click takes to reach the screen,
// layout shift and memory. `make bench` runs it; see BENCHMARKS.md for what the figures mean.
//
//   node run.mjs <label>=<dist folder>[?query] ...
//
// Each site's static baseline is its own index.html without scripts: the build-time view as
// plain HTML, the fastest this content can reach the screen (a folder may bring its own
// static.html instead, to measure a build that writes no view into its page). Both pages are
// served as an article embeds them, with text after the widget that a jump would move.
import { createServer } from "node:http";
import { readFile, readdir, mkdir, writeFile } from "node:fs/promises";
import { extname, join, resolve } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import { chromium } from "playwright-core";

const LOADS = Number(process.env.BENCH_LOADS ?? 15);
const CLICKS = Number(process.env.BENCH_CLICKS ?? 100);
// Tall enough that the matrix is on the first screen: its first paint is what is measured.
const VIEWPORT = { width: 1280, height: 1600 };
const READY = "demarche-ready";
// A response kind every incident in the benchmark uses: each click hides or restores its column.
const FILTER_CHIP = ".chip[data-value=condemnation]";

const types = { ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".wasm": "application/wasm", ".css": "text/css" };

const sites = process.argv.slice(2).map((spec) => {
  const [label, target] = spec.split("=");
  const [dir, query = ""] = target.split("?");
  return { label, dir: resolve(dir), query: query && `?${query}` };
});
if (sites.length === 0) {
  console.error("usage: node run.mjs <label>=<dist folder>[?query] ...");
  process.exit(2);
}

/** The page without its scripts and their preloads: the same view as plain HTML. */
function staticPage(html) {
  return html
    .replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, "")
    .replace(/<link\b[^>]*\brel="?(?:modulepreload|preload)\b[^>]*>/g, "");
}

const inArticle = (html) => html.replace("</body>", "<p>The article goes on below the widget.</p></body>");

async function serve(dir) {
  const page = inArticle(await readFile(join(dir, "index.html"), "utf8"));
  const own = await readFile(join(dir, "static.html"), "utf8").then(inArticle, () => null);
  const plain = own ?? staticPage(page);
  const server = createServer(async (request, response) => {
    const path = new URL(request.url, "http://localhost").pathname;
    try {
      const body = path === "/" ? page : path === "/static.html" ? plain : await readFile(join(dir, path));
      response.writeHead(200, { "content-type": types[extname(path === "/" ? "index.html" : path)] ?? "application/octet-stream" });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise((ready) => server.listen(0, "127.0.0.1", ready));
  return { url: `http://127.0.0.1:${server.address().port}/`, close: () => server.close() };
}

async function sizes(dir) {
  const files = (await readdir(dir)).filter((name) => !name.startsWith(".") && name !== "static.html").sort();
  return Promise.all(
    files.map(async (name) => {
      const body = await readFile(join(dir, name));
      const brotli = brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
      return { name, raw: body.length, gzip: gzipSync(body, { level: 9 }).length, brotli };
    }),
  );
}

// Runs in the page before anything else: collects layout shifts, the end of the first frame
// drawn with the matrix in the page, and the wasm instance's memory. (Element Timing would be
// the natural probe, but Chromium drops its entry when the build-time table is swapped out.)
function observe() {
  const bench = (window.__bench = { shift: 0, matrixInserted: null, matrix: null, memory: null });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) bench.shift += entry.value;
  }).observe({ type: "layout-shift", buffered: true });
  const watch = new MutationObserver(() => {
    if (!document.querySelector("table.matrix")) return;
    watch.disconnect();
    bench.matrixInserted = performance.now();
    requestAnimationFrame(() => setTimeout(() => (bench.matrix = performance.now()), 0));
  });
  watch.observe(document, { childList: true, subtree: true });
  addEventListener("TrunkApplicationStarted", (event) => (bench.memory = event.detail.wasm.memory));
}

function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
}

async function openFresh(browser, url, widget) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  await page.addInitScript(observe);
  const cdp = await context.newCDPSession(page);
  await cdp.send("Performance.enable");
  await page.goto(url, { waitUntil: "load" });
  if (widget) await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, READY);
  // Late shifts (a font, an image) would land in this second.
  await page.waitForTimeout(1000);
  return { context, page, cdp };
}

/** One cold load (new context, empty cache): times from navigation start, shift and memory. */
async function load(browser, url, widget) {
  const { context, page, cdp } = await openFresh(browser, url, widget);
  await cdp.send("HeapProfiler.collectGarbage");
  const { metrics } = await cdp.send("Performance.getMetrics");
  const figures = await page.evaluate((mark) => ({
    fcp: performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? null,
    matrix: window.__bench.matrix,
    matrixInserted: window.__bench.matrixInserted,
    ready: performance.getEntriesByName(mark)[0]?.startTime ?? null,
    shift: window.__bench.shift,
    wasm: window.__bench.memory?.buffer.byteLength ?? null,
  }), READY);
  figures.heap = metrics.find((metric) => metric.name === "JSHeapUsedSize").value;
  figures.matrixInFirstPaint = figures.matrixInserted !== null && figures.matrixInserted <= figures.fcp;
  await context.close();
  return figures;
}

/** Filter clicks, each made at the start of a frame, timed to the end of that frame's
 *  rendering: the widget's own cost, without the wait for the display's next refresh. */
async function clicks(browser, url, count) {
  const { context, page } = await openFresh(browser, url, true);
  const times = await page.evaluate(
    async ({ selector, count }) => {
      const chip = document.querySelector(selector);
      const settle = () => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
      const times = [];
      for (let i = 0; i < count; i++) {
        await settle();
        times.push(
          await new Promise((done) =>
            requestAnimationFrame(() => {
              const start = performance.now();
              chip.click();
              setTimeout(() => done(performance.now() - start), 0);
            }),
          ),
        );
      }
      return times;
    },
    { selector: FILTER_CHIP, count },
  );
  await context.close();
  return times;
}

const sorted = (values) => values.filter((value) => value !== null).sort((a, b) => a - b);
function quantile(values, q) {
  const list = sorted(values);
  return list.length ? list[Math.min(list.length - 1, Math.floor(q * list.length))] : null;
}
const median = (values) => quantile(values, 0.5);
const ms = (value) => (value === null ? "n/a" : `${value.toFixed(1)} ms`);
const mb = (value) => (value === null ? "n/a" : `${(value / 1048576).toFixed(2)} MB`);
const kb = (value) => (value / 1000).toFixed(1);
const spread = (values, format) => {
  const list = sorted(values);
  return list.length ? `${format(median(list))} (${format(list[0])}–${format(list.at(-1))})` : "n/a";
};
const ratio = (a, b) => (a === null || b === null ? "n/a" : `${(a / b).toFixed(2)}×`);

const browser = await launch();
const version = browser.version();
const results = [];
for (const site of sites) {
  const server = await serve(site.dir);
  const widget = [];
  const plain = [];
  // Interleaved, so a slow moment of the machine hits both pages alike.
  for (let i = 0; i < LOADS; i++) {
    widget.push(await load(browser, `${server.url}${site.query}`, true));
    plain.push(await load(browser, `${server.url}static.html`, false));
  }
  const latencies = await clicks(browser, `${server.url}${site.query}`, CLICKS);
  results.push({ ...site, files: await sizes(site.dir), widget, plain, latencies });
  server.close();
}
await browser.close();

const out = [];
out.push(`Chromium ${version}, headless, ${VIEWPORT.width}×${VIEWPORT.height}, loopback server, no throttling; ${LOADS} cold loads per page, ${CLICKS} filter clicks.`, "");
out.push("### Sizes (bytes; gzip -9, brotli 11)", "", "| build | file | raw | gzip | brotli |", "|---|---|---:|---:|---:|");
for (const { label, files } of results) {
  for (const file of files) out.push(`| ${label} | ${file.name} | ${file.raw} | ${file.gzip} | ${file.brotli} |`);
  const total = (key) => files.reduce((sum, file) => sum + file[key], 0);
  out.push(`| ${label} | **total** | ${total("raw")} | ${total("gzip")} | **${total("brotli")}** (${kb(total("brotli"))} KB) |`);
}
for (const { label, widget, plain, latencies } of results) {
  const get = (runs, key) => runs.map((run) => run[key]);
  const staticFcp = median(get(plain, "fcp"));
  const inFirstPaint = (runs) => `${runs.filter((run) => run.matrixInFirstPaint).length} of ${runs.length} loads`;
  out.push("", `### ${label}: page load (median, min–max over ${LOADS} loads) and filter clicks`, "");
  out.push("| measure | widget | static HTML | widget ÷ static |", "|---|---|---|---|");
  out.push(`| first contentful paint | ${spread(get(widget, "fcp"), ms)} | ${spread(get(plain, "fcp"), ms)} | ${ratio(median(get(widget, "fcp")), staticFcp)} |`);
  out.push(`| matrix in the first paint | ${inFirstPaint(widget)} | ${inFirstPaint(plain)} | |`);
  out.push(`| matrix drawn (end of the first frame with it) | ${spread(get(widget, "matrix"), ms)} | ${spread(get(plain, "matrix"), ms)} | ${ratio(median(get(widget, "matrix")), median(get(plain, "matrix")))} |`);
  out.push(`| ready to interact | ${spread(get(widget, "ready"), ms)} | — | ${ratio(median(get(widget, "ready")), staticFcp)} of static first paint |`);
  out.push(`| layout shift (CLS) | ${spread(get(widget, "shift"), (v) => v.toFixed(4))} | ${spread(get(plain, "shift"), (v) => v.toFixed(4))} | |`);
  out.push(`| JS heap after load (after GC) | ${spread(get(widget, "heap"), mb)} | ${spread(get(plain, "heap"), mb)} | |`);
  out.push(`| wasm memory | ${spread(get(widget, "wasm"), mb)} | — | |`);
  out.push(`| filter click → frame rendered | median ${ms(median(latencies))}, p95 ${ms(quantile(latencies, 0.95))}, max ${ms(sorted(latencies).at(-1))} | | |`);
}
console.log(out.join("\n"));
await mkdir("target/bench", { recursive: true });
await writeFile("target/bench/results.json", JSON.stringify(results, null, 1));
