#!/usr/bin/env node
// US government bodies of cisagov/dotgov-data (CC0) → kb/bulk/dotgov.ndjson.gz:
// - agencies-and-subs.csv: federal agencies and their bureaus;
// - current-full.csv: the bodies that hold a .gov domain (states, tribes, counties, cities,
//   special districts), by the organisation name the registrant gave.
// A registrant's name is often its area ("City of Austin", "Cook County") or a team inside a body
// ("State of Hawaii, DAGS/ETS"): only names of a body (a head noun such as Department, Office,
// Police, Court, Commission) and of tribes are kept, and no name that two agencies share as a
// bureau ("Office of the Inspector General").
// Usage: node scripts/kb-import/dotgov.mjs [--git-dir DIR]
import { tsImport } from 'tsx/esm/api';
import { aliasesOf, gitShow, mirror, slug, writeBulk } from './lib.mjs';
import { STATES } from './us-states.mjs';

const REPO = 'cisagov/dotgov-data';
const COMMIT = '4ee64196503d34bcaff8b508444b0f7552f97d71';
const { parseCsv } = await tsImport('../../src/kb/csv.ts', import.meta.url);

/** Head nouns of a body's name: without one, a registrant's name is an area or a team. */
const BODY = /\b(Department|Dept|Office|Bureau|Administration|Agency|Service|Services|Commission|Board|Council|Authority|Court|Police|Sheriff'?s?|Corporation|Institute|Institution|Foundation|Center|Centre|Corps|Command|Survey|Directorate|District|Library|Museum|Archives|Academy|Attorney|Treasurer|Clerk|Assessor|Appraiser|Comptroller|Legislature|Senate|Assembly|Tribe|Tribes|Nation|Band|Pueblo|Community|Rancheria|Reservation|Committee|Fund|Trust|Registry|Guard|Patrol|Marshals?)\b/;
/** A registrant's area ("City of Austin", "Town of Waddington", "Cook County", "State of Ohio"). */
const AREA = /^(City|Town|Village|Township|County|Borough|State|Commonwealth|Parish|Municipality|Territory) of\b|^[\w .'-]+ (County|City|Town|Township|Village|Borough|Parish)$/;
/** Names that are not a body of one place: generic chambers and units every government has. */
const GENERIC = /^(the )?(Senate|House of Representatives|Congress|Legislature|General Assembly|Department of [A-Z]\w+|Office of the [\w ]+|Police Department|Sheriff'?s Office|Fire Department|Board of Elections|Elections)$/;

const csv = (path) => {
  const [header, ...rows] = parseCsv(gitShow(mirror(REPO), COMMIT, path)).records.map((r) => r.fields);
  return rows.map((f) => Object.fromEntries(header.map((h, i) => [h, (f[i] ?? '').trim()])));
};
/** "REDDING" → "Redding"; a mixed-case city stays as written. */
const titleCase = (s) => (s === s.toUpperCase() ? s.toLowerCase().replace(/\b\p{L}/gu, (c) => c.toUpperCase()) : s);
const tidy = (s) => s.replace(/\s+/g, ' ').replace(/^U\.S\. /, 'United States ').trim();
const clean = (s) => /^[\p{L}\p{N} .,'&()-]+$/u.test(s) && !/[,/()]|\bI\.T\.|\bIT\b|\bDAS\b|-\s*$|\s-\s/.test(s) && s.split(' ').length >= 2;

const entities = [];
const seen = new Set();
const add = (e) => {
  const key = `${e.name.toLowerCase()}|${e.state ?? ''}`;
  if (seen.has(key)) return;
  seen.add(key);
  delete e.state;
  entities.push(e);
};

// Federal agencies and bureaus: a bureau named by two agencies is a generic unit.
const subs = csv('agencies-and-subs.csv');
const bureauCount = new Map();
for (const r of subs) if (r.Bureau && r.Bureau !== r.Agency) bureauCount.set(r.Bureau, (bureauCount.get(r.Bureau) ?? 0) + 1);
for (const name of new Set(subs.map((r) => tidy(r.Agency)))) {
  if (!name || GENERIC.test(name) && !/^Department of/.test(name) || !clean(name) && !/^Department of/.test(name)) continue;
  add({
    id: `dotgov:${slug(name)}`, name, type: 'agency', aliases: aliasesOf(name, []),
    description: `${/^Department of/.test(name) ? 'Federal executive department' : 'Federal agency'} of the United States (.gov registry, 2026).`,
    country: 'US', prominence: /^Department of/.test(name) ? 0.42 : 0.3,
  });
}
for (const r of subs) {
  const name = tidy(r.Bureau);
  if (!name || name === r.Agency || bureauCount.get(r.Bureau) > 1 || GENERIC.test(name) || !clean(name) || !BODY.test(name)) continue;
  add({
    id: `dotgov:${slug(name)}`, name, type: 'agency',
    description: `Federal bureau of the United States, part of the ${tidy(r.Agency)} (.gov registry, 2026).`,
    country: 'US', prominence: 0.28,
  });
}

const LOCAL = {
  'State or territory': ['State body', 0.16], 'State or territory - Election': ['State election body', 0.12],
  Tribal: ['Tribal government', 0.15], 'Tribal - Election': ['Tribal body', 0.08], Interstate: ['Interstate body', 0.12],
  County: ['County body', 0.08], 'County - Election': ['County election body', 0.06], City: ['City body', 0.08],
  'City - Election': ['City election body', 0.06], 'School district': ['School district', 0.06],
  'Special district': ['Special district', 0.06], 'Special district - Election': ['Special district', 0.05],
};
for (const r of csv('current-full.csv')) {
  const kind = LOCAL[r['Domain type']];
  const name = tidy(r['Organization name']);
  if (!kind || !clean(name) || AREA.test(name) || GENERIC.test(name) || !BODY.test(name)) continue;
  const state = STATES[r.State];
  add({
    id: `dotgov:${slug(name)}-${r.State.toLowerCase()}`, name, type: 'agency', state: r.State,
    description: `${kind[0]}${state ? ` in ${state}` : ''}, United States${r.City ? ` (${titleCase(r.City)})` : ''} (.gov registry, 2026).`,
    country: 'US', ids: { dotgov: r['Domain name'] }, prominence: kind[1],
  });
}

writeBulk('dotgov', { label: '.gov registry', name: 'CISA .gov domain registry (cisagov/dotgov-data)', version: `${REPO}@${COMMIT}`, licence: 'CC0 1.0', url: 'https://github.com/cisagov/dotgov-data' }, entities);
