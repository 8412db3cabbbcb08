// Several own files at once, and a host that opens none. `?data=` repeated (one address a
// single incident, one a set packed from several files by `demarche pack`) puts every own
// incident beside the built-in ones, in the comparison too; a page that carries
// <meta name="demarche-data" content="off"> — written by the build (`make dist OWN_DATA=off`,
// the site step's --refuse-own-data) or by hand — fetches nothing a link names and says so.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parse, stringify } from "smol-toml";
import { DIST, ready, serveDist, useBrowser } from "./support.mjs";

const running = useBrowser();
const minimal = parse(readFileSync(fileURLToPath(new URL("../fixtures/minimal.toml", import.meta.url)), "utf8"));
const files = mkdtempSync(join(tmpdir(), "demarche-sets-"));
const DEMARCHE = process.env.DEMARCHE_BIN ?? "../../target/debug/demarche";
const SITE = process.env.DEMARCHE_SITE ?? "../../target/debug/site";
let data;
const refusing = {};

/** The fixture as another incident: its id, title and day. */
function variant(id, made_public) {
  const incident = structuredClone(minimal);
  Object.assign(incident.incident, { id, made_public });
  incident.incident.title = { en: `Own incident ${id}`, cs: `Vlastní incident ${id}` };
  const toml = join(files, `${id}.toml`);
  writeFileSync(toml, stringify(incident));
  return toml;
}

/** A copy of the build whose pages refuse readers' own files: written by the site step, or
 *  with the <meta> a host adds by hand. */
function refusingCopy(how) {
  const copy = mkdtempSync(join(tmpdir(), `demarche-refusing-${how}-`));
  cpSync(DIST, copy, { recursive: true });
  if (how === "build") {
    execFileSync(SITE, ["--seeds", fileURLToPath(new URL("../../seeds", import.meta.url)), "--refuse-own-data", copy]);
  } else {
    const page = join(copy, "index.html");
    writeFileSync(page, readFileSync(page, "utf8").replace("</head>", '<meta name="demarche-data" content="off"></head>'));
  }
  return copy;
}

before(async () => {
  execFileSync(DEMARCHE, ["pack", variant("own-one", "2024-02-01"), "-o", join(files, "one.bin")]);
  const set = [variant("own-two", "2023-03-01"), variant("own-three", "2022-04-01")];
  execFileSync(DEMARCHE, ["pack", ...set, "-o", join(files, "set.bin")]);
  data = await serveDist(files, { "access-control-allow-origin": "*" });
  for (const how of ["build", "hand"]) refusing[how] = await serveDist(refusingCopy(how));
});
after(() => {
  data?.close();
  Object.values(refusing).forEach((server) => server.close());
});

const OWN = ["own-one", "own-two", "own-three"];

test("two own files, one of them a set, are compared with the built-in incidents", async () => {
  const page = await running.browser.newPage();
  const query = `?view=compare&data=${encodeURIComponent(`${data.url}one.bin`)}&data=${encodeURIComponent(`${data.url}set.bin`)}`;
  await page.goto(`${running.server.url}${query}`);
  await ready(page);
  const columns = await page.locator("table.compare thead th[data-incident]").evaluateAll((ths) => ths.map((th) => th.dataset.incident));
  assert.deepEqual([...columns].sort(), [...running.seeds.map((seed) => seed.incident.id), ...OWN].sort());
  const byDate = [...running.seeds.map((seed) => [seed.incident.id, seed.incident.made_public]), ["own-one", "2024-02-01"], ["own-two", "2023-03-01"], ["own-three", "2022-04-01"]]
    .sort((a, b) => a[1].localeCompare(b[1]) || a[0].localeCompare(b[0]))
    .map(([id]) => id);
  assert.deepEqual(columns, byDate, "oldest first, own and built-in alike");
  await page.getByLabel("Sort rows by").selectOption("name");
  await page.waitForURL(/rank=name/);
  const kept = new URL(page.url()).searchParams.getAll("data");
  assert.deepEqual(kept, [`${data.url}one.bin`, `${data.url}set.bin`], "every link keeps both files, in order");
  await page.goto(`${running.server.url}${query}&profile=CN`);
  await page.locator('section.profile[data-responder="CN"] table').waitFor();
  const profiled = await page.locator("section.profile tbody").evaluateAll((bodies) => bodies.map((body) => body.dataset.incident));
  for (const id of OWN) assert.ok(profiled.includes(id), `China's profile has ${id}: ${profiled}`);
  await page.goto(`${running.server.url}?data=${encodeURIComponent(`${data.url}one.bin`)}&data=${encodeURIComponent(`${data.url}set.bin`)}`);
  await ready(page);
  await page.locator("h1", { hasText: "Own incident own-one" }).waitFor();
  const picked = await page.locator(".toolbar select option").evaluateAll((options) => options.map((option) => option.value));
  assert.deepEqual(picked.slice(0, 3), OWN, "the own incidents lead the picker, in the link's order");
  assert.equal(picked.length, running.seeds.length + OWN.length);
  await page.close();
});

for (const [how, lang, words] of [
  ["build", "", "This site does not open incident files from other addresses"],
  ["hand", "&lang=cs", "Tento web neotevírá soubory s incidenty z jiných adres"],
]) {
  test(`a page refusing own files (the <meta> written ${how === "build" ? "by the build" : "by hand"}) fetches none and says so`, async () => {
    const page = await running.browser.newPage();
    const asked = [];
    page.on("request", (request) => asked.push(request.url()));
    const own = `${data.url}one.bin`;
    await page.goto(`${refusing[how].url}?data=${encodeURIComponent(own)}${lang}`);
    await ready(page);
    const notice = page.locator(".notice");
    await notice.waitFor();
    // Czech binds one-letter prepositions to the next word (a no-break space).
    const said = (await notice.innerText()).replaceAll("\u00a0", " ");
    assert.ok(said.includes(words) && said.includes(own), said);
    assert.ok(!asked.some((url) => url.startsWith(data.url)), asked.join("\n"));
    const title = await page.locator("#demarche h1").innerText();
    assert.ok(!title.includes("Own incident"), title);
    await page.getByRole("button", { name: lang ? "Svět" : "World", exact: true }).click();
    await page.waitForURL(/map=/);
    assert.equal(new URL(page.url()).searchParams.get("data"), null, "no link carries the refused file");
    await page.close();
  });
}
