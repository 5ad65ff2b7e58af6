#!/usr/bin/env node
// Cricket teams and players of Cricsheet's match data (cricsheet.org, Open Data Commons Attribution licence),
// as copied in github.com/cmmanish/BuildMatchDB (yaml_dump/<year>_male/*.yaml, Cricsheet YAML 0.9
// of the men's matches 2005–2021) → kb/bulk/cricsheet.ndjson.gz. Each match gives its teams, its
// type (Test, ODI, T20, or a club competition such as IPL) and the players in its deliveries
// (batter and non-striker for the batting side, bowler for the other). National sides become "<Country> national cricket team" with no alias of the bare
// country (a country names its team only by a page's sports context: src/link/sports-teams.ts);
// club sides of two words or more keep their name. Prominence from the highest format played
// (Test 0.42, ODI 0.32, T20 0.24) and the matches on file. Players of national sides whom the
// scorecards name in full ("Shubman Gill", not "JE Root": initials are no name news uses) become
// people, prominence by international matches on file (0.16–0.36, below the bare-surname bar: a
// surname alone links only after the full name on the same page).
// Usage: node scripts/kb-import/cricsheet.mjs [--git-dir DIR]
import { execFileSync } from 'node:child_process';
import { countryCode, countryName, logScale, mirror, slug, writeBulk } from './lib.mjs';

const REPO = 'cmmanish/BuildMatchDB';
const COMMIT = 'd74722c82fd69df8285964a1544accbaebc8d255';
const dir = mirror(REPO);

/** Sides that are no country name world-countries knows (the home nations, the West Indies). */
const NATIONS = { England: 'GB', Scotland: 'GB', Wales: 'GB', Ireland: 'IE', 'West Indies': undefined, 'Hong Kong': 'HK', 'United Arab Emirates': 'AE', 'U.S.A.': 'US', USA: 'US', 'United States of America': 'US' };
const unquote = (s) => s.trim().replace(/^(['"])(.*)\1$/, '$2');
const sidesOf = (info) => (/^ {2}teams:\n((?: {2}- .+\n)+)/m.exec(info)?.[1] ?? '').split('\n').filter(Boolean).map((s) => unquote(s.slice(4)));
const FORMAT = { Test: 'Test', ODI: 'ODI', T20: 'T20I', IT20: 'T20I' };

/** The players of one match's deliveries, each with the side they played for. */
function playersOf(doc, sides) {
  const out = new Map();
  let batting = '';
  for (const [, field, value] of doc.matchAll(/^ {4,8}(team|batsman|non_striker|bowler): (.+)$/gm)) {
    const name = unquote(value);
    if (field === 'team') batting = name;
    else out.set(name, field === 'bowler' ? sides.find((s) => s !== batting) ?? '' : batting);
  }
  return out;
}

/** Every match file at the pinned commit, read in batches through `git cat-file`: its info block and players. */
function matches() {
  const blobs = execFileSync('git', ['--git-dir', dir, 'ls-tree', '-r', COMMIT, 'yaml_dump'], { maxBuffer: 1 << 28 }).toString()
    .split('\n').filter((l) => l.endsWith('.yaml')).map((l) => l.split(/\s+/)[2]);
  const infos = [];
  for (let i = 0; i < blobs.length; i += 300) {
    const text = execFileSync('git', ['--git-dir', dir, 'cat-file', '--batch'], { input: `${blobs.slice(i, i + 300).join('\n')}\n`, maxBuffer: 1 << 30 }).toString();
    for (const doc of text.split(/^---$/m)) {
      const info = /^info:\n([\s\S]*?)^\S/m.exec(doc)?.[1];
      if (info) infos.push({ info, players: playersOf(doc, sidesOf(info)) });
    }
  }
  return infos;
}

const teams = new Map();
const people = new Map();
for (const { info, players } of matches()) {
  const type = unquote(/^ {2}match_type: (.+)$/m.exec(info)?.[1] ?? '');
  const competition = unquote(/^ {2}competition: (.+)$/m.exec(info)?.[1] ?? '');
  const sides = sidesOf(info);
  if (!competition && FORMAT[type]) {
    for (const [name, side] of players) {
      const p = people.get(`${name}|${side}`) ?? { name, side, matches: 0, formats: new Set() };
      p.matches += 1;
      p.formats.add(FORMAT[type]);
      people.set(`${name}|${side}`, p);
    }
  }
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
/** A national side's country code, or null for a side of no country today ("ICC World XI"); undefined for the West Indies. */
const sideCode = (side) => (side in NATIONS ? NATIONS[side] : countryCode(side) ?? null);
const nationals = new Set(entities.filter((e) => e.id.startsWith('national-cricket-team:')).map((e) => e.name.replace(/ national cricket team$/, '')));
/** A name as news writes it: two words or more, no initials ("JE Root", "KL Rahul"), no note. */
const fullName = (name) => /^\p{Lu}[\p{L}'’.-]+( [\p{Lu}][\p{L}'’-]+| (?:de|van|ul|al|bin)\b)+$/u.test(name) && !name.split(' ').some((w) => /^\p{Lu}+$/u.test(w));
for (const p of people.values()) {
  if (!nationals.has(p.side) || !fullName(p.name)) continue;
  const cc = sideCode(p.side);
  const formats = ['Test', 'ODI', 'T20I'].filter((f) => p.formats.has(f));
  entities.push({
    id: `cricketer:${slug(p.side)}-${slug(p.name)}`,
    name: p.name,
    type: 'person',
    aliases: [],
    description: `Cricketer for ${p.side === 'West Indies' ? 'the West Indies' : p.side}; ${p.matches} international match${p.matches === 1 ? '' : 'es'} on file 2005–2021 (${formats.join(', ')}) (Cricsheet).`,
    country: cc ?? undefined,
    prominence: logScale(p.matches, 1, 150, 0.16, 0.36),
    cues: ['cricket', 'cricketer', 'test', 'innings', 'wicket', 'wickets', 'bowled', 'batting', 'batter', 'bowler', 'runs', 'century', 'captain'],
  });
}
writeBulk('cricsheet', {
  label: 'Cricsheet',
  name: 'Cricsheet match data (teams), men\'s matches 2005–2021',
  version: `${REPO}@${COMMIT}`,
  licence: 'Open Data Commons Attribution License (Cricsheet)',
  url: 'https://cricsheet.org',
}, entities);
