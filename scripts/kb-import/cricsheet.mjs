#!/usr/bin/env node
// Cricket teams of Cricsheet's match data (cricsheet.org, Open Data Commons Attribution licence),
// as copied in github.com/cmmanish/BuildMatchDB (yaml_dump/<year>_male/*.yaml, Cricsheet YAML 0.9
// of the men's matches 2005–2021) → kb/bulk/cricsheet.ndjson.gz. Only each match's `info` block is
// read: its teams, its type (Test, ODI, T20, or a club competition such as IPL) and the count of
// matches. National sides become "<Country> national cricket team" with no alias of the bare
// country (a country names its team only by a page's sports context: src/link/sports-teams.ts);
// club sides of two words or more keep their name. Prominence from the highest format played
// (Test 0.42, ODI 0.32, T20 0.24) and the matches on file.
// Usage: node scripts/kb-import/cricsheet.mjs [--git-dir DIR]
import { execFileSync } from 'node:child_process';
import { countryCode, countryName, logScale, mirror, slug, writeBulk } from './lib.mjs';

const REPO = 'cmmanish/BuildMatchDB';
const COMMIT = 'd74722c82fd69df8285964a1544accbaebc8d255';
const dir = mirror(REPO);

/** Sides that are no country name world-countries knows (the home nations, the West Indies). */
const NATIONS = { England: 'GB', Scotland: 'GB', Wales: 'GB', Ireland: 'IE', 'West Indies': undefined, 'Hong Kong': 'HK', 'United Arab Emirates': 'AE', 'U.S.A.': 'US', USA: 'US', 'United States of America': 'US' };
const FORMAT = { Test: 'Test', ODI: 'ODI', T20: 'T20I', IT20: 'T20I' };

/** The `info` block of every match file at the pinned commit, read in batches through `git cat-file`. */
function matchInfos() {
  const blobs = execFileSync('git', ['--git-dir', dir, 'ls-tree', '-r', COMMIT, 'yaml_dump'], { maxBuffer: 1 << 28 }).toString()
    .split('\n').filter((l) => l.endsWith('.yaml')).map((l) => l.split(/\s+/)[2]);
  const infos = [];
  for (let i = 0; i < blobs.length; i += 300) {
    const text = execFileSync('git', ['--git-dir', dir, 'cat-file', '--batch'], { input: `${blobs.slice(i, i + 300).join('\n')}\n`, maxBuffer: 1 << 30 }).toString();
    for (const doc of text.split(/^---$/m)) {
      const info = /^info:\n([\s\S]*?)^\S/m.exec(doc)?.[1];
      if (info) infos.push(info);
    }
  }
  return infos;
}

const unquote = (s) => s.trim().replace(/^(['"])(.*)\1$/, '$2');
const teams = new Map();
for (const info of matchInfos()) {
  const type = unquote(/^ {2}match_type: (.+)$/m.exec(info)?.[1] ?? '');
  const competition = unquote(/^ {2}competition: (.+)$/m.exec(info)?.[1] ?? '');
  const sides = (/^ {2}teams:\n((?: {2}- .+\n)+)/m.exec(info)?.[1] ?? '').split('\n').filter(Boolean).map((s) => unquote(s.slice(4)));
  for (const side of sides) {
    const t = teams.get(side) ?? { name: side, formats: new Map(), competitions: new Map(), matches: 0 };
    t.matches += 1;
    if (competition) t.competitions.set(competition, (t.competitions.get(competition) ?? 0) + 1);
    else if (FORMAT[type]) t.formats.set(FORMAT[type], (t.formats.get(FORMAT[type]) ?? 0) + 1);
    teams.set(side, t);
  }
}

const entities = [];
for (const t of teams.values()) {
  const national = t.formats.size > 0 && t.competitions.size === 0;
  if (national) {
    const cc = t.name in NATIONS ? NATIONS[t.name] : countryCode(t.name);
    if (cc === undefined && t.name !== 'West Indies') continue; // a scratch side ("ICC World XI"), an associate under another name
    const tests = t.formats.get('Test') ?? 0;
    const formats = ['Test', 'ODI', 'T20I'].filter((f) => t.formats.has(f));
    const base = tests > 0 ? 0.42 : t.formats.has('ODI') ? 0.32 : 0.24;
    entities.push({
      id: `national-cricket-team:${slug(t.name)}`,
      name: `${t.name} national cricket team`,
      type: 'sports-team',
      aliases: [`${t.name} cricket team`],
      description: `Men's national cricket team of ${cc ? (t.name in NATIONS ? t.name : countryName(cc)) : t.name}; ${formats.join(', ')} matches on file 2005–2021 (${t.matches}) (Cricsheet).`,
      country: cc,
      prominence: Math.min(0.45, base + logScale(t.matches, 10, 400, 0, 0.03)),
      cues: ['cricket', 'test', 'innings', 'wicket', 'wickets', 'bowled', 'batting', 'bowler', 'runs', 'odi', 't20', 'captain', 'series'],
    });
  } else if (/\s/.test(t.name) && t.competitions.size > 0) {
    const [competition] = [...t.competitions].sort((a, b) => b[1] - a[1])[0];
    entities.push({
      id: `cricket-club:${slug(t.name)}`,
      name: t.name,
      type: 'sports-team',
      aliases: [],
      description: `Cricket team in the ${competition.replace(/\s+\d{4}(\/\d{2})?$/, '')}; ${t.matches} matches on file 2005–2021 (Cricsheet).`,
      prominence: logScale(t.matches, 5, 150, 0.14, 0.28),
      cues: ['cricket', 'innings', 'wicket', 'wickets', 'bowled', 'batting', 'bowler', 'runs', 't20', 'captain'],
    });
  }
}
writeBulk('cricsheet', {
  label: 'Cricsheet',
  name: 'Cricsheet match data (teams), men\'s matches 2005–2021',
  version: `${REPO}@${COMMIT}`,
  licence: 'Open Data Commons Attribution License (Cricsheet)',
  url: 'https://cricsheet.org',
}, entities);
