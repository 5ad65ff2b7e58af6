#!/usr/bin/env node
// UK public bodies of the GOV.UK registers (MIT, © Crown Copyright HM Government) → kb/bulk/ukgov.ndjson.gz:
// - openregister/government-organisation-data: departments, agencies, public bodies, tribunals with
//   their GOV.UK type, abbreviation, parent department and end date;
// - openregister/local-authority-data: councils of England, Scotland, Wales and Northern Ireland
//   and the combined authorities, by their official names ("Mid Devon District Council").
// A council's short name ("Mid Devon", "Bedford") is its area, a place, so a council is named by
// its official name and by "<area> Council", the form news uses. Abbreviations are aliases only when the register gives them, are three letters
// or more and belong to one body (the linker gates an all-capitals alias by the body's evidence).
// Prominence by kind: ministerial departments above agencies, advisory bodies and sub-units.
// Usage: node scripts/kb-import/ukgov.mjs [--git-dir DIR] [--councils-git-dir DIR]
import { aliasesOf, gitShow, mirror, writeBulk } from './lib.mjs';

const ORGS = 'openregister/government-organisation-data';
const ORGS_COMMIT = '3e8ff47cce1291dae30b11aa0c332739d4c31a35';
const COUNCILS = 'openregister/local-authority-data';
const COUNCILS_COMMIT = '68f499152ba799feae602e67c6e30ae0914f2230';

/** GOV.UK organisation type → card words and prominence. */
const KIND = {
  'Ministerial department': ['Ministerial department', 0.42],
  'Non-ministerial department': ['Non-ministerial government department', 0.36],
  'Executive agency': ['Executive agency', 0.3],
  'Executive non-departmental public body': ['Executive non-departmental public body', 0.3],
  'Public corporation': ['Public corporation', 0.3],
  'Devolved administration': ['Devolved administration', 0.4],
  'Executive office': ['Executive office', 0.3],
  Court: ['Court', 0.3],
  'Tribunal non-departmental public body': ['Tribunal', 0.22],
  'Independent monitoring body': ['Independent monitoring body', 0.2],
  'Advisory non-departmental public body': ['Advisory public body', 0.15],
  'Ad-hoc advisory group': ['Advisory group', 0.12],
  'Sub-organisation': ['Public body', 0.15],
  'Civil Service': ['Civil service body', 0.2],
  Other: ['Public body', 0.22],
};
const COUNCIL_KIND = {
  UA: ['Unitary authority', 0.26], MD: ['Metropolitan borough council', 0.26], LBO: ['London borough council', 0.26],
  CTY: ['County council', 0.28], NMD: ['District council', 0.2], CC: ['City corporation', 0.3], SRA: ['Strategic regional authority', 0.36],
  CA: ['Council area', 0.26], COMB: ['Combined authority', 0.3],
};
const NATION = { eng: 'England', sct: 'Scotland', wls: 'Wales', nir: 'Northern Ireland' };

function tsv(repo, commit, path) {
  const [header, ...rows] = gitShow(mirror(repo, process.argv, repo === COUNCILS ? '--councils-git-dir' : '--git-dir'), commit, path).split('\n').filter(Boolean).map((l) => l.split('\t'));
  return rows.map((f) => Object.fromEntries(header.map((h, i) => [h, (f[i] ?? '').trim()])));
}
const year = (d) => (d ? d.slice(0, 4) : '');

const entities = [];
const govuk = tsv(ORGS, ORGS_COMMIT, 'lists/govuk/list.tsv');
const register = new Map(tsv(ORGS, ORGS_COMMIT, 'data/government-organisation/government-organisation.tsv').map((r) => [r['government-organisation'], r]));
const bySlug = new Map(govuk.map((r) => [r.govuk, r.name]));
const abbrevCount = new Map();
for (const r of govuk) if (r.abbreviation) abbrevCount.set(r.abbreviation, (abbrevCount.get(r.abbreviation) ?? 0) + 1);
/** An abbreviation as news writes it: letters, three or more, one body's own. */
const abbreviation = (a) => (/^[A-Z][A-Za-z0-9]{1,6}[A-Z0-9]$/.test(a) && /[A-Z].*[A-Z]/.test(a) && abbrevCount.get(a) === 1 ? a : undefined);
for (const r of govuk) {
  if (!r.name) continue;
  const reg = register.get(r['government-organisation']);
  const end = reg?.['end-date'];
  const [kind, p] = KIND[r['government-organisation-type']] ?? KIND.Other;
  const parents = r['parent-govuks'].split(';').map((s) => bySlug.get(s.trim())).filter(Boolean);
  const parent = parents.length ? `; part of or sponsored by the ${parents[0].replace(/^The /, '')}` : '';
  entities.push({
    id: `ukgov:${r['government-organisation']}`,
    name: r.name,
    type: 'agency',
    aliases: aliasesOf(r.name, [r.name.startsWith('The ') ? r.name.slice(4) : '', abbreviation(r.abbreviation)]),
    description: `${kind} of the United Kingdom government${parent}${end ? `; closed ${year(end)}` : ''} (GOV.UK register${end ? '' : ', as of 2017'}).`,
    country: 'GB',
    ids: { govuk: r.govuk },
    sources: [{ label: 'GOV.UK', url: r.website || `https://www.gov.uk/government/organisations/${r.govuk}` }],
    prominence: end ? Math.min(p, 0.2) : p,
  });
}

const councils = [
  ...tsv(COUNCILS, COUNCILS_COMMIT, 'data/local-authority-eng/local-authorities.tsv').map((r) => ({ ...r, key: r['local-authority-eng'], nation: 'eng' })),
  ...tsv(COUNCILS, COUNCILS_COMMIT, 'data/local-authority-sct/local-authority-sct.tsv').map((r) => ({ ...r, key: r['local-authority-sct'], nation: 'sct' })),
  ...tsv(COUNCILS, COUNCILS_COMMIT, 'data/principal-local-authority/principal-local-authority.tsv').map((r) => ({ ...r, key: r['principal-local-authority'], nation: 'wls', 'local-authority-type': 'UA' })),
  ...tsv(COUNCILS, COUNCILS_COMMIT, 'data/local-authority-nir/local-authorities.tsv').map((r) => ({ ...r, key: r['local-authority-nir'], nation: 'nir', 'official-name': r.name, 'local-authority-type': 'NMD' })),
  ...tsv(COUNCILS, COUNCILS_COMMIT, 'data/combined-local-authorities/data.tsv').map((r) => ({ ...r, key: `comb-${r['combined-authority']}`, nation: 'eng', 'local-authority-type': 'COMB' })),
];
for (const r of councils) {
  // "The Aberdeen City Council" is written without "The" in news.
  const name = (r['official-name'] || r.name).replace(/^The /, '');
  // A combined authority without "Authority" in its name ("West of England") is its area.
  if (!name || !/\b(Council|Authority|Corporation|Combined|Comhairle|Cyngor)\b/.test(name)) continue;
  const [kind, p] = COUNCIL_KIND[r['local-authority-type']] ?? ['Local authority', 0.2];
  const end = r['end-date'];
  const welsh = r['official-name-cy'];
  entities.push({
    id: `ukgov:la-${r.nation}-${r.key.toLowerCase()}`,
    name,
    type: 'agency',
    // News names a council by its area and "Council" ("Stockport Council" for Stockport Metropolitan
    // Borough Council); a combined authority keeps its own name.
    aliases: aliasesOf(name, [welsh, r['local-authority-type'] === 'COMB' || !r.name ? '' : `${r.name} Council`]),
    description: `${kind}${r.name && r.name !== name ? ` of ${r.name},` : ' in'} ${NATION[r.nation]}${r['start-date'] ? `; from ${year(r['start-date'])}` : ''}${end ? `; abolished ${year(end)}` : ''} (GOV.UK local-authority register).`,
    country: 'GB',
    ids: { ukLocalAuthority: `${r.nation}:${r.key}` },
    prominence: end ? 0.1 : p,
    cues: ['council', 'councillors', 'councillor', 'authority'],
  });
}

writeBulk('ukgov', {
  label: 'GOV.UK registers',
  name: 'UK government organisations and local authorities (openregister)',
  version: `${ORGS}@${ORGS_COMMIT}; ${COUNCILS}@${COUNCILS_COMMIT}`,
  licence: 'MIT, © Crown Copyright HM Government',
  url: 'https://github.com/openregister',
}, entities);
