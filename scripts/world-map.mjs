// Derives the web UI's offline world map (newsgraph-app/src/main/resources/org/newsgraph/app/ui/world.json)
// from the TopoJSON of the npm package world-atlas 2.0.2 (ISC; Natural Earth 1:110m countries, public domain).
// Deterministic: same input, same output. Usage (see docs/ui.md):
//   npm pack world-atlas@2.0.2 && tar xzf world-atlas-2.0.2.tgz
//   node scripts/world-map.mjs package/countries-110m.json > newsgraph-app/src/main/resources/org/newsgraph/app/ui/world.json
// Output: {"source", "width":360, "height":180, "countries":[{"name","d"}]} where d is an SVG path in the
// equirectangular projection x = lon + 180, y = 90 - lat (one decimal, relative moves to keep it small).
import { readFileSync } from 'node:fs';

const topo = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const [sx, sy] = topo.transform.scale;
const [tx, ty] = topo.transform.translate;

// Absolute [lon, lat] points of each arc (TopoJSON arcs are quantised and delta-encoded).
const arcs = topo.arcs.map(arc => {
  let x = 0, y = 0;
  return arc.map(([dx, dy]) => { x += dx; y += dy; return [x * sx + tx, y * sy + ty]; });
});

function ring(indices) {
  const pts = [];
  for (const i of indices) {
    const a = i < 0 ? arcs[~i].slice().reverse() : arcs[i];
    a.forEach((p, k) => { if (k > 0 || pts.length === 0) pts.push(p); });
  }
  return pts;
}

const r = v => Math.round(v * 10);   // tenths of a degree as integers
// A ring that crosses the antimeridian (Russia's Chukotka, Fiji) jumps from +180 to -180; such rings are
// drawn continuously east of 180 instead (the part beyond the map's edge is cut off) rather than as a
// stripe across the whole map. Antarctica legitimately runs from -180 to 180 and is left alone.
function unwrap(pts, name) {
  if (name === 'Antarctica') return pts;
  const jumps = pts.some((p, i) => i > 0 && Math.abs(p[0] - pts[i - 1][0]) > 180);
  return jumps ? pts.map(([lon, lat]) => [lon < 0 ? lon + 360 : lon, lat]) : pts;
}
function path(rings, name) {
  let out = '';
  for (const raw of rings) {
    const pts = unwrap(raw, name);
    let px = null, py = null, seg = '';
    for (const [lon, lat] of pts) {
      const x = r(lon + 180), y = r(90 - lat);
      if (px === null) seg += 'M' + x / 10 + ' ' + y / 10;
      else if (x !== px || y !== py) seg += 'l' + (x - px) / 10 + ' ' + (y - py) / 10;
      else continue;
      px = x; py = y;
    }
    if (seg.split('l').length > 3) out += seg + 'z';   // drop rings that collapse at this precision
  }
  return out.replace(/ -/g, '-');
}

const countries = [];
for (const g of topo.objects.countries.geometries) {
  const polys = g.type === 'Polygon' ? [g.arcs] : g.type === 'MultiPolygon' ? g.arcs : [];
  const d = path(polys.flatMap(p => p.map(ring)), g.properties.name);
  if (d) countries.push({ name: g.properties.name, d });
}
countries.sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
process.stdout.write(JSON.stringify({
  source: 'world-atlas 2.0.2 countries-110m (Natural Earth, public domain; ISC)',
  width: 360, height: 180, countries,
}) + '\n');
