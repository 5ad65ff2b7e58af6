#!/usr/bin/env node
// Brands, operators and transit networks of the name-suggestion-index (npm, pinned below; BSD-3)
// → kb/bulk/nsi.ndjson.gz. One entity per Wikidata QID: the label and description are from
// dist/wikidata/wikidata.json; names, category and the countries where it is mapped from
// dist/json/nsi.json. Prominence is how widely it is mapped (countries and categories).
// Usage: node scripts/kb-import/nsi.mjs
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { aliasesOf, countryName, logScale, npmPackage, writeBulk } from './lib.mjs';

const PACKAGE = 'name-suggestion-index@8.0.20260918';
const QID_TAGS = ['brand:wikidata', 'operator:wikidata', 'network:wikidata', 'flag:wikidata', 'subject:wikidata'];
const NAME_TAGS = ['brand', 'operator', 'network', 'name', 'official_name', 'short_name'];

/** Our type from the NSI tree and the Wikidata description ("public transport operator", "political party"). */
function typeOf(tree, description) {
  const d = description.toLowerCase();
  if (/\b(political party|party in)\b/.test(d)) return 'party';
  if (/\b(university|college)\b/.test(d)) return 'university';
  if (/\b(newspaper|broadcaster|television|radio station|news agency|magazine)\b/.test(d)) return 'media';
  if (/\b(ministry|government agency|department of|police|fire (department|service)|public body|municipality|administration)\b/.test(d)) return 'agency';
  if (/^(city|town|village|country|state|province|county|commune|municipality) /.test(d)) return 'place';
  if (tree === 'brands') return 'company';
  if (/\b(company|corporation|brand|chain|retailer|bank|airline|manufacturer|operator|subsidiary|business|franchise)\b/.test(d)) return 'company';
  return 'organization';
}

function countriesOf(items) {
  const codes = new Set();
  for (const item of items) for (const c of item.locationSet?.include ?? []) if (typeof c === 'string' && /^[a-z]{2}$/.test(c)) codes.add(c.toUpperCase());
  return codes;
}

const dir = npmPackage(PACKAGE, join(tmpdir(), 'dossier-kb-nsi'));
const wikidata = JSON.parse(readFileSync(join(dir, 'dist/wikidata/wikidata.json'), 'utf8')).wikidata;
const nsi = JSON.parse(readFileSync(join(dir, 'dist/json/nsi.json'), 'utf8')).nsi;
const byQid = new Map();
for (const [path, category] of Object.entries(nsi)) {
  const tree = path.split('/')[0];
  for (const item of category.items ?? []) {
    for (const tag of QID_TAGS) {
      const q = item.tags?.[tag];
      if (!q || !wikidata[q]) continue;
      const entry = byQid.get(q) ?? { tree, paths: new Set(), items: [], names: [] };
      entry.paths.add(path);
      entry.items.push(item);
      const key = tag.split(':')[0];
      entry.names.push(item.tags[key], ...NAME_TAGS.map((t) => item.tags[t]), item.displayName, ...(item.matchNames ?? []).filter((n) => /[A-Z]/.test(n)));
      byQid.set(q, entry);
    }
  }
}
// A franchise mapped under its parent's name ("McDonald's" for McDonald's Ukraine) does not get
// that name: it is the parent's. Display names with a qualifier in brackets are not names at all.
const labels = new Set([...byQid.keys()].map((q) => wikidata[q].label?.toLowerCase()));
const entities = [];
for (const [q, entry] of byQid) {
  const w = wikidata[q];
  if (!w.label || /^Q\d+$/.test(w.label)) continue;
  const description = w.description ?? '';
  const countries = countriesOf(entry.items);
  const country = countries.size === 1 ? [...countries][0] : undefined;
  const type = typeOf(entry.tree, description);
  if (type === 'place') continue; // places come from GeoNames with populations
  const what = description ? description[0].toUpperCase() + description.slice(1) : entry.tree === 'brands' ? 'Brand' : 'Operator';
  const where = country ? ` (${countryName(country)})` : countries.size > 1 ? ` (mapped in ${countries.size} countries)` : '';
  entities.push({
    id: `wd:${q}`,
    name: w.label,
    type,
    aliases: aliasesOf(w.label, entry.names.filter((n) => n && !/[()]/.test(n) && !labels.has(n.toLowerCase()))),
    description: `${what}${where}. From the name-suggestion-index and Wikidata.`,
    country,
    ids: { wikidata: q },
    prominence: logScale(countries.size + entry.paths.size, 1, 150, 0.05, 0.4),
  });
}
writeBulk('nsi', { label: 'Name Suggestion Index', name: 'name-suggestion-index (brands, operators, transit networks)', version: PACKAGE, licence: 'BSD-3-Clause (NSI); Wikidata labels CC0', url: 'https://nsi.guide/' }, entities);
