#!/usr/bin/env node
// ROR organisation registry (github.com/ror-community/ror-records, CC0) at a pinned commit →
// kb/bulk/ror.ndjson.gz. Each release folder (v1.x schema 1, v2.x schema 2) holds the records it
// changed; the newest release's record wins per ROR id; withdrawn and inactive ones are left out.
// Usage: node scripts/kb-import/ror.mjs [--git-dir DIR]
import { execFileSync } from 'node:child_process';
import { aliasesOf, countryName, gitList, logScale, mirror, qid, writeBulk } from './lib.mjs';

const REPO = 'ror-community/ror-records';
const COMMIT = 'd93fc667872f8ef9386896bd6c68bd3c6103603e';

/** ROR types → ours, first match wins (a university hospital is a university here only if no healthcare). */
const TYPE_MAP = [['education', 'university'], ['company', 'company'], ['government', 'agency'], ['healthcare', 'organization'],
  ['facility', 'organization'], ['nonprofit', 'organization'], ['funder', 'organization'], ['archive', 'organization'], ['other', 'organization']];
const KIND_TEXT = { education: 'Educational institution', company: 'Company', government: 'Government body', healthcare: 'Healthcare organisation',
  facility: 'Research facility', nonprofit: 'Non-profit organisation', funder: 'Funding body', archive: 'Archive', other: 'Organisation' };

const versionKey = (v) => v.slice(1).split('.').map(Number);
const newer = (a, b) => {
  const x = versionKey(a);
  const y = versionKey(b);
  for (let i = 0; i < Math.max(x.length, y.length); i++) if ((x[i] ?? 0) !== (y[i] ?? 0)) return (x[i] ?? 0) > (y[i] ?? 0);
  return false;
};

/** Both schemas read into one shape. */
function normalise(r) {
  if (Array.isArray(r.names)) {
    const loc = r.locations?.[0]?.geonames_details ?? {};
    const byType = (t) => r.names.filter((n) => n.types.includes(t));
    const display = byType('ror_display')[0] ?? r.names[0];
    return {
      id: r.id, status: r.status, name: display?.value, types: r.types ?? [],
      aliases: [...byType('label'), ...byType('alias')].map((n) => n.value), acronyms: byType('acronym').map((n) => n.value),
      languages: new Set(r.names.map((n) => n.lang).filter(Boolean)).size,
      country: loc.country_code, city: loc.name, region: loc.country_subdivision_name, established: r.established,
      wikidata: r.external_ids?.find((x) => x.type === 'wikidata')?.preferred ?? r.external_ids?.find((x) => x.type === 'wikidata')?.all?.[0],
      children: (r.relationships ?? []).filter((x) => x.type === 'child').length,
      parent: (r.relationships ?? []).find((x) => x.type === 'parent')?.label,
    };
  }
  const addr = r.addresses?.[0] ?? {};
  return {
    id: r.id, status: r.status, name: r.name, types: (r.types ?? []).map((t) => t.toLowerCase()),
    aliases: [...(r.aliases ?? []), ...(r.labels ?? []).map((l) => l.label)], acronyms: r.acronyms ?? [],
    languages: 1 + (r.labels ?? []).length, country: r.country?.country_code, city: addr.city ?? addr.geonames_city?.city,
    region: addr.geonames_city?.geonames_admin1?.name, established: r.established,
    wikidata: r.external_ids?.Wikidata?.preferred ?? r.external_ids?.Wikidata?.all?.[0],
    children: (r.relationships ?? []).filter((x) => x.type === 'Child').length,
    parent: (r.relationships ?? []).find((x) => x.type === 'Parent')?.label,
  };
}

function describe(o, kind) {
  const where = [o.city, countryName(o.country)].filter(Boolean).join(', ');
  const parts = [`${KIND_TEXT[kind] ?? 'Organisation'}${where ? ` in ${where}` : ''}`];
  if (o.established) parts.push(`founded ${o.established}`);
  if (o.parent) parts.push(`part of ${o.parent}`);
  return `${parts.join('; ')} (ROR).`;
}

const dir = mirror(REPO);
const newest = new Map();
for (const path of gitList(dir, COMMIT, '.')) {
  const m = /^(v[\d.]+)\/([0-9a-z]{9})\.json$/.exec(path);
  if (!m) continue;
  const seen = newest.get(m[2]);
  if (!seen || newer(m[1], seen)) newest.set(m[2], m[1]);
}
const specs = [...newest].map(([id, v]) => `${COMMIT}:${v}/${id}.json`);
const out = execFileSync('git', ['--git-dir', dir, 'cat-file', '--batch'], { input: specs.join('\n') + '\n', maxBuffer: 2 ** 31 });
const entities = [];
let pos = 0;
while (pos < out.length) {
  const nl = out.indexOf(10, pos);
  const size = Number(out.toString('utf8', pos, nl).split(' ')[2]);
  const record = normalise(JSON.parse(out.toString('utf8', nl + 1, nl + 1 + size)));
  pos = nl + 1 + size + 1;
  if (record.status !== 'active' || !record.name) continue;
  const rorType = TYPE_MAP.find(([t]) => record.types.includes(t))?.[0] ?? 'other';
  const type = TYPE_MAP.find(([t]) => t === rorType)[1];
  const key = record.id.replace('https://ror.org/', '');
  const wd = qid(record.wikidata);
  entities.push({
    id: `ror:${key}`,
    name: record.name,
    type,
    aliases: aliasesOf(record.name, [...record.aliases, ...record.acronyms]),
    description: describe(record, rorType),
    country: record.country,
    founded: record.established ? String(record.established).padStart(4, '0') : undefined,
    ids: { ror: key, wikidata: wd },
    // Names in several languages and sub-units are what ROR has of renown; a QID means Wikidata lists it.
    prominence: logScale(record.languages + record.children + (wd ? 2 : 0), 1, 60, 0.03, 0.35),
  });
}
writeBulk('ror', { label: 'ROR', name: 'Research Organization Registry (ROR)', version: `${REPO}@${COMMIT}`, licence: 'CC0 1.0', url: 'https://ror.org/' }, entities);
