// Converts the Natural Earth 1:110m country shapes of the npm package world-atlas into the SVG map that the
// treaty status page ships (src/main/resources/treaty/world-map.svg). Run once, when the shapes should change:
//   cd tools/world-map && npm install && npm run build
// Each country path carries its ISO 3166-1 alpha-2 code (data-country) so the node can colour it by status.
import { readFileSync, writeFileSync } from 'node:fs';
import { geoEqualEarth, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';

const resources = new URL('../../src/main/resources/treaty/', import.meta.url);
const atlas = JSON.parse(readFileSync(new URL('node_modules/world-atlas/countries-110m.json', import.meta.url), 'utf8'));

// ISO numeric -> [alpha-2, name] from the UN member list (ODbL, see its PROVENANCE file), plus Palestine.
const byNumeric = new Map([['275', ['PS', 'State of Palestine']]]);
const lines = readFileSync(new URL('un-member-states.csv', resources), 'utf8').trim().split('\n').slice(1);
for (const line of lines) {
  const fields = line.match(/("([^"]|"")*"|[^,]*)(,|$)/g).map(field => field.replace(/,$/, '').replace(/^"|"$/g, ''));
  byNumeric.set(fields[2], [fields[0], fields[3]]);
}

const width = 960;
const height = 470;
const countries = feature(atlas, atlas.objects.countries);
const projection = geoEqualEarth().fitSize([width, height], countries);
const path = geoPath(projection).digits(1);

const escape = text => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
const paths = countries.features
  .filter(country => country.properties.name !== 'Antarctica')
  .map(country => {
    const known = byNumeric.get(country.id);
    const d = path(country);
    if (!d) {
      return '';
    }
    const name = known ? known[1] : country.properties.name;
    const code = known ? ` data-country="${known[0]}"` : '';
    return `<path${code} d="${d}"><title>${escape(name)}</title></path>`;
  })
  .filter(Boolean);

const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" focusable="false">\n${paths.join('\n')}\n</svg>\n`;
writeFileSync(new URL('world-map.svg', resources), svg);
const coloured = paths.filter(line => line.includes('data-country')).length;
console.log(`world-map.svg: ${paths.length} shapes, ${coloured} with a participant code, ${svg.length} bytes`);
