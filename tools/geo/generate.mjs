// Generates the map geometry the widget draws (src/geography/{europe,world}.rs) and the ISO
// country names (src/model/iso_countries.rs).
//
//     cd tools/geo && npm ci && node generate.mjs
//
// Natural Earth country polygons (world-atlas) are simplified in TopoJSON, so that a border two
// countries share is simplified once and stays shared; then projected, clipped to the frame,
// rounded to whole pixels and written as compact SVG path data. The output is deterministic:
// running the script twice gives the same bytes.

import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { geoAzimuthalEqualArea, geoEqualEarth, geoPath } from "d3-geo";
import { feature } from "topojson-client";
import { presimplify, simplify } from "topojson-simplify";
import countries from "i18n-iso-countries";

const require = createRequire(import.meta.url);
const OUT = fileURLToPath(new URL("../../src/geography/", import.meta.url));
const MODEL = fileURLToPath(new URL("../../src/model/", import.meta.url));
const ATLAS_VERSION = JSON.parse(readFileSync(require.resolve("world-atlas/package.json"), "utf8")).version;

const WIDTH = 1000;

// Simplification threshold, in pixels of the output frame: a vertex is removed once it lies
// closer than this to the chord between its remaining neighbours; rounding to whole pixels adds up
// to another 0.71 px. Frames are 1000 px wide and drawn narrower (about 780 px in the widget's
// two-column layout), so a frame pixel is under a screen pixel. Measured for issue 4: going from
// 0.5 px to 2 px saves 8 KB brotli, over a third of the geometry, for outlines that stay within
// about two screen pixels of Natural Earth: a choropleth's fills do not need more.
const TOLERANCE_PX = 2;

// ISO 3166-1 numeric id of Antarctica, which the world frame leaves out.
const ANTARCTICA = "010";

// The Europe frame: Iceland to the Urals, Cyprus to North Cape. The frame is the bounding
// rectangle of this lon/lat box once projected, so everything inside the box is in view.
const EUROPE_BOX = { lon: [-25, 45], lat: [34, 71] };

countries.registerLocale(require("i18n-iso-countries/langs/en.json"));
countries.registerLocale(require("i18n-iso-countries/langs/cs.json"));

// ---------------------------------------------------------------------------------------------
// Countries: codes and names.

// Short common names where i18n-iso-countries' choice reads like a treaty ("Korea, Republic
// of") or an abbreviation ("UK").
const ENGLISH = {
  AE: "United Arab Emirates",
  AX: "Åland Islands",
  BN: "Brunei",
  CD: "DR Congo",
  CG: "Congo",
  CZ: "Czechia",
  FK: "Falkland Islands",
  FM: "Micronesia",
  GB: "United Kingdom",
  KR: "South Korea",
  LA: "Laos",
  MD: "Moldova",
  MF: "Saint Martin",
  NL: "Netherlands",
  RE: "Réunion",
  ST: "São Tomé and Príncipe",
  SX: "Sint Maarten",
  SY: "Syria",
  US: "United States",
  VA: "Vatican City",
  VG: "British Virgin Islands",
  VI: "U.S. Virgin Islands",
  XK: "Kosovo",
};
const CZECH = {
  CZ: "Česko",
  PS: "Palestina",
  SH: "Svatá Helena",
  US: "Spojené státy",
  XK: "Kosovo",
};

function englishName(code) {
  return ENGLISH[code] ?? countries.getName(code, "en", { select: "alias" });
}

function czechName(code) {
  return CZECH[code] ?? countries.getName(code, "cs", { select: "alias" });
}

// The alpha-2 code a Natural Earth feature stands for: "XK" for Kosovo, which has no ISO id;
// "" for the other id-less features (N. Cyprus, Somaliland, …), drawn as background only.
function codeOf(geometry) {
  if (geometry.id === undefined) return geometry.properties.name === "Kosovo" ? "XK" : "";
  const code = countries.numericToAlpha2(geometry.id);
  if (!code) throw new Error(`no alpha-2 code for ${geometry.id} ${geometry.properties.name}`);
  return code;
}

// ---------------------------------------------------------------------------------------------
// Simplification.

// Visvalingam's order of removal, but weighed by distance rather than area: a vertex's weight
// is how far (in output pixels) it lies from the segment joining its neighbours. An area
// weight would drop thin peninsulas and fjords far wider than a pixel; a distance does not.
function projectedDistanceWeight(projection) {
  const projected = (point) => (point.xy ??= projection(point));
  return ([a, b, c]) => distanceToSegment(projected(b), projected(a), projected(c));
}

function distanceToSegment([px, py], [ax, ay], [bx, by]) {
  const dx = bx - ax, dy = by - ay, length2 = dx * dx + dy * dy;
  const t = length2 === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / length2));
  return Math.hypot(px - ax - t * dx, py - ay - t * dy);
}

// The topology simplified at `tolerance`, then at finer ones for the shapes that need them.
function simplificationsFor(topology, projection, tolerance) {
  const weighted = presimplify(topology, projectedDistanceWeight(projection));
  return [1, 1 / 2, 1 / 4].map((share) => simplify(weighted, tolerance * share));
}

// ---------------------------------------------------------------------------------------------
// Paths.

// Collects the rings d3.geoPath draws (projected, clipped, resampled) as arrays of points.
function ringsOf(projection, geojson) {
  const rings = [];
  let ring = null;
  const context = {
    moveTo(x, y) { ring = [[x, y]]; },
    lineTo(x, y) { ring.push([x, y]); },
    closePath() { rings.push(ring); ring = null; },
    arc() { throw new Error("points are not expected"); },
  };
  geoPath(projection, context)(geojson);
  return rings;
}

// Rounds a ring to whole pixels and removes what rounding made redundant: repeated points,
// points on a straight run, and spikes that go out and come straight back. Returns null when
// nothing with an area is left.
function roundRing(ring) {
  const out = [];
  for (const [x, y] of ring) push(out, [Math.round(x), Math.round(y)]);
  // The ring closes from its last point back to its first: clean across that seam too.
  for (let changed = true; changed && out.length >= 3;) {
    changed = false;
    if (redundant(out.at(-2), out.at(-1), out[0])) { out.pop(); changed = true; }
    if (out.length >= 3 && redundant(out.at(-1), out[0], out[1])) { out.shift(); changed = true; }
  }
  return out.length >= 3 && twiceArea(out) !== 0 ? out : null;
}

// Appends p, first dropping any points it makes redundant.
function push(points, p) {
  const last = points.at(-1);
  if (last && last[0] === p[0] && last[1] === p[1]) return;
  if (points.length >= 2 && redundant(points.at(-2), last, p)) {
    points.pop();
    push(points, p);
    return;
  }
  points.push(p);
}

// b is redundant between a and c when the three are collinear (or b repeats a neighbour):
// then a–c draws the same area, as a straight run or without a zero-width spike.
function redundant(a, b, c) {
  return (b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0]) === 0;
}

function twiceArea(points) {
  let sum = 0;
  for (let i = 0, j = points.length - 1; i < points.length; j = i++) {
    sum += points[j][0] * points[i][1] - points[i][0] * points[j][1];
  }
  return sum;
}

// "M x y" then one relative "l" with every step, closed by "z". Numbers are separated by a
// space, or only by the minus sign of a negative one: "M3 4l3-2-1 4z".
function encodeRing(points) {
  let d = `M${points[0][0]} ${points[0][1]}l`;
  for (let i = 1; i < points.length; i++) {
    for (const n of [points[i][0] - points[i - 1][0], points[i][1] - points[i - 1][1]]) {
      if (!d.endsWith("l") && n >= 0) d += " ";
      d += n;
    }
  }
  return d + "z";
}

function shortRings(projection, geojson) {
  return ringsOf(projection, geojson).map(roundRing).filter(Boolean);
}

// The path of one country: its simplified rings that survive rounding. A country too small
// for any to survive (Vatican, Monaco, …) keeps its largest unsimplified ring, or failing
// that a one-pixel triangle at its centre, so that it can still be drawn and pointed at.
function pathOf(projection, simplified, detailed, centre) {
  let rings = shortRings(projection, simplified);
  if (rings.length === 0) {
    const largest = shortRings(projection, detailed).sort((a, b) => Math.abs(twiceArea(b)) - Math.abs(twiceArea(a)));
    rings = largest.slice(0, 1);
  }
  if (rings.length === 0) {
    const [x, y] = centre;
    rings = [[[x, y], [x + 1, y], [x, y + 1]]];
  }
  return rings.map(encodeRing).join("");
}

// ---------------------------------------------------------------------------------------------
// Frames.

function polygonsOf(geometry) {
  if (geometry.type === "Polygon") return [geometry.coordinates];
  if (geometry.type === "MultiPolygon") return geometry.coordinates;
  throw new Error(`unexpected geometry ${geometry.type}`);
}

function multiPolygon(features) {
  return { type: "MultiPolygon", coordinates: features.flatMap((f) => polygonsOf(f.geometry)) };
}

// Groups a topology's countries by alpha-2 code, each code with its features; every id-less
// feature other than Kosovo forms a group of its own under "".
function groupsOf(topology, keep) {
  const geometries = topology.objects.countries.geometries.filter(keep);
  const groups = new Map();
  const background = [];
  for (const geometry of geometries) {
    const code = codeOf(geometry);
    if (code === "") background.push([code, [geometry]]);
    else groups.set(code, [...(groups.get(code) ?? []), geometry]);
  }
  const byName = (a, b) => compare(a[1][0].properties.name, b[1][0].properties.name);
  return [...[...groups].sort((a, b) => compare(a[0], b[0])), ...background.sort(byName)];
}

function compare(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

// One shape per group that shows in the frame. Area and centre come from the unsimplified
// outline, clipped to the frame: the honest numbers, whatever the drawn path lost.
//
// Coarse simplification can turn a ring inside out, and the projection then fills the whole
// frame around the country instead (Norway at 1.5 px, Indonesia at 2 px): a shape whose drawn
// area strays from the honest one is taken from the next finer simplification.
function shapesOf(frame, topology, simplifications, keep) {
  const path = geoPath(frame.projection);
  const shapes = [];
  for (const [code, geometries] of groupsOf(topology, keep)) {
    const detailed = multiPolygon(geometries.map((g) => feature(topology, g)));
    const area = path.area(detailed);
    if (!(area > 0)) continue; // wholly outside the frame
    const centre = centreOf(frame, path, detailed);
    const paths = [...simplifications, topology].map((simplified) =>
      pathOf(frame.projection, multiPolygon(geometries.map((g) => feature(simplified, g))), detailed, centre),
    );
    const d = paths.find((candidate) => drawnAreaAgrees(candidate, area)) ?? paths.at(-1);
    shapes.push({ code, d, centre, area: Math.max(1, Math.round(area)) });
  }
  return shapes;
}

// Within half of the honest area either way; shapes of a few pixels are all rounding.
function drawnAreaAgrees(d, area) {
  const drawn = drawnArea(d);
  return area < 50 || (drawn > area / 2 && drawn < area * 1.5);
}

// The area an encoded path covers: its rings' areas, relative moves summed back to points.
function drawnArea(d) {
  let total = 0;
  for (const ring of d.split("z").filter(Boolean)) {
    const numbers = ring.match(/-?\d+/g).map(Number);
    let [x, y] = numbers;
    const points = [[x, y]];
    for (let i = 2; i < numbers.length; i += 2) points.push([(x += numbers[i]), (y += numbers[i + 1])]);
    total += Math.abs(twiceArea(points)) / 2;
  }
  return total;
}

// The centroid of the largest polygon (by projected area), rounded and kept inside the frame,
// so that a label or marker sits on the mainland rather than between it and its islands.
function centreOf(frame, path, multi) {
  let best = null, bestArea = -1;
  for (const coordinates of multi.coordinates) {
    const polygon = { type: "Polygon", coordinates };
    const area = path.area(polygon);
    if (area > bestArea) [best, bestArea] = [polygon, area];
  }
  const [x, y] = path.centroid(best);
  const clamp = (v, max) => Math.min(max, Math.max(0, Math.round(v)));
  return [clamp(x, frame.width - 1), clamp(y, frame.height - 1)];
}

// Samples the edge of a lon/lat box every degree: d3 joins points along great circles, and
// the box's parallels are not great circles.
function boxOutline({ lon: [w, e], lat: [s, n] }) {
  const line = [];
  for (let x = w; x <= e; x++) line.push([x, s]);
  for (let y = s; y <= n; y++) line.push([e, y]);
  for (let x = e; x >= w; x--) line.push([x, n]);
  for (let y = n; y >= s; y--) line.push([w, y]);
  return { type: "LineString", coordinates: line };
}

// Fits a projection to a width, takes the height the object needs, and clips to that frame.
function fitFrame(projection, object) {
  projection.fitWidth(WIDTH, object);
  const [[, y0], [, y1]] = geoPath(projection).bounds(object);
  const height = Math.ceil(y1 - y0);
  projection.clipExtent([[0, 0], [WIDTH, height]]);
  return { projection, width: WIDTH, height };
}

function europe() {
  const topology = loadAtlas("countries-50m.json");
  // As EPSG:3035 (ETRS89-LAEA): Lambert azimuthal equal-area centred on 10°E 52°N.
  const frame = fitFrame(geoAzimuthalEqualArea().rotate([-10, -52]), boxOutline(EUROPE_BOX));
  const { lon, lat } = EUROPE_BOX;
  frame.description =
    `Lambert azimuthal equal-area centred on 10°E 52°N (as EPSG:3035), fitted to the box ` +
    `lon ${lon[0]}…${lon[1]}, lat ${lat[0]}…${lat[1]}, clipped to ${frame.width}×${frame.height} px.`;
  frame.shapes = shapesOf(frame, topology, simplificationsFor(topology, frame.projection, TOLERANCE_PX), () => true);
  return frame;
}

function world() {
  const topology = loadAtlas("countries-110m.json");
  const keep = (g) => g.id !== ANTARCTICA;
  const land = {
    type: "FeatureCollection",
    features: topology.objects.countries.geometries.filter(keep).map((g) => feature(topology, g)),
  };
  const frame = fitFrame(geoEqualEarth(), land);
  frame.description =
    `Equal Earth, fitted to every country but Antarctica, ${frame.width}×${frame.height} px.`;
  frame.shapes = shapesOf(frame, topology, simplificationsFor(topology, frame.projection, TOLERANCE_PX), keep);
  return frame;
}

function loadAtlas(file) {
  return JSON.parse(readFileSync(require.resolve(`world-atlas/${file}`), "utf8"));
}

// ---------------------------------------------------------------------------------------------
// Rust.

function frameRust(name, frame, scale) {
  const lines = [
    `//! @generated by tools/geo/generate.mjs from world-atlas ${ATLAS_VERSION} (Natural Earth 1:${scale}); do not edit.`,
    `//! ${frame.description}`,
    `use super::{StaticFrame, StaticShape};`,
    ``,
    `pub(super) const ${name}: StaticFrame = StaticFrame {`,
    `    width: ${frame.width},`,
    `    height: ${frame.height},`,
    `    shapes: &[`,
    ...frame.shapes.map(
      (s) =>
        `        StaticShape { code: "${s.code}", d: "${s.d}", centre: (${s.centre[0]}, ${s.centre[1]}), area: ${s.area} },`,
    ),
    `    ],`,
    `};`,
  ];
  return lines.join("\n") + "\n";
}

function countriesRust(frames) {
  const codes = new Set([...Object.keys(countries.getAlpha2Codes()), "XK"]);
  for (const frame of frames) for (const { code } of frame.shapes) if (code) codes.add(code);
  const rows = [...codes].sort(compare).map((code) => {
    const [en, cs] = [englishName(code), czechName(code)];
    if (!en || !cs) throw new Error(`no name for ${code}`);
    return `    (${rustString(code)}, ${rustString(en)}, ${rustString(cs)}),`;
  });
  return [
    `//! @generated by tools/geo/generate.mjs from i18n-iso-countries ${packageVersion("i18n-iso-countries")}; do not edit.`,
    `/// (ISO 3166-1 alpha-2, English name, Czech name), sorted by code.`,
    `pub const COUNTRIES: &[(&str, &str, &str)] = &[`,
    ...rows,
    `];`,
  ].join("\n") + "\n";
}

function packageVersion(name) {
  return JSON.parse(readFileSync(require.resolve(`${name}/package.json`), "utf8")).version;
}

function rustString(s) {
  return JSON.stringify(s); // names hold no backslashes or control characters: JSON quoting is Rust quoting
}

// ---------------------------------------------------------------------------------------------

const europeFrame = europe();
const worldFrame = world();
mkdirSync(OUT, { recursive: true });
writeFileSync(`${OUT}europe.rs`, frameRust("EUROPE", europeFrame, "50m"));
writeFileSync(`${OUT}world.rs`, frameRust("WORLD", worldFrame, "110m"));
writeFileSync(`${MODEL}iso_countries.rs`, countriesRust([europeFrame, worldFrame]));
for (const [name, frame] of [["europe", europeFrame], ["world", worldFrame]]) {
  console.log(`${name}: ${frame.width}×${frame.height} px, ${frame.shapes.length} shapes`);
}
