#!/usr/bin/env node
// Football clubs of openfootball (github.com/openfootball/clubs, CC0) → kb/bulk/clubs.ndjson.gz:
// one record a club with its other names, city and founding year; prominence from the league it
// played in during the latest seasons of openfootball/football.json (CC0): a top flight of the big
// five leagues (or the Champions League) ranks higher than a lower division or no league on file.
// Usage: node scripts/kb-import/clubs.mjs [--git-dir DIR] [--league-git-dir DIR]
import { aliasesOf, countryCode, gitList, gitShow, mirror, slug, writeBulk } from './lib.mjs';

const REPO = 'openfootball/clubs';
const COMMIT = 'ae3800227c449447b3a337fc0aac79a8f02f4c8b';
const LEAGUES = 'openfootball/football.json';
const LEAGUES_COMMIT = '25cfaf102954ebbcdc48f9c2984198b71d48610d';
const leagueDir = mirror(LEAGUES, process.argv, '--league-git-dir');
const dir = mirror(REPO);

/** File prefixes that are no ISO code: the home nations of the UK and Kosovo. */
const NATION = { eng: 'GB', sco: 'GB', wal: 'GB', nir: 'GB', kos: 'XK' };
const BIG_FIVE = new Set(['en', 'de', 'es', 'it', 'fr']);
const key = (s) => slug(s.replace(/\[[a-z]+\]/g, ''));

/** Prominence by the highest league a club played in over the seasons on file (its name's key → [score, league]). */
function leagueRanks() {
  const ranks = new Map();
  const files = gitList(leagueDir, LEAGUES_COMMIT, '.').filter((p) => /^(2024-25|2025-26|2025)\/[a-z]+\.(\d|cl|mls)\.json$/.test(p));
  for (const path of files) {
    const [, code, level] = /\/([a-z]+)\.(\d|cl|mls)\.json$/.exec(path) ?? [];
    const score = level === 'cl' || (level === '1' && BIG_FIVE.has(code)) ? 0.45 : level === '1' || level === 'mls' ? 0.36 : level === '2' ? 0.28 : 0.22;
    const data = JSON.parse(gitShow(leagueDir, LEAGUES_COMMIT, path));
    const league = data.name.replace(/\s+\d{4}(\/\d{2})?$/, '');
    for (const m of data.matches ?? []) {
      for (const team of [m.team1, m.team2]) {
        const k = key(String(team).replace(/\s*\([A-Z]{3}\)$/, ''));
        if ((ranks.get(k)?.[0] ?? 0) < score) ranks.set(k, [score, league]);
      }
    }
  }
  return ranks;
}

/** An alias as news writes it: no scoreline abbreviation ("Bayern Mün.", "C. Palace"), no note. */
function usable(alias) {
  const a = alias.replace(/\[[a-z]+\]/g, '').replace(/#.*$/, '').trim();
  if (/\b\p{L}{1,5}\.(\s|$)/u.test(a.replace(/^\d+\.\s/, '')) || /[()?]/.test(a)) return '';
  return a;
}

/** Parses one clubs.txt: `Name, 1900, @ Stadium, City ## note`, then `| alias | alias` lines. */
function parse(text, cc, nation) {
  const clubs = [];
  let club = null;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(/\s#.*$/, '').replace(/^#.*$/, '');
    if (!line.trim() || /^=/.test(line)) continue;
    if (/^\s*\|/.test(line)) {
      if (club) club.aliases.push(...line.split('|').map(usable).filter(Boolean));
      continue;
    }
    // Reserve sides (ii) …), street addresses (indented) and region headings end the previous club.
    if (/^\s/.test(raw) || /^[ivx]+\)/.test(line)) { if (/^[ivx]+\)/.test(line)) club = null; continue; }
    const parts = line.split(',').map((s) => s.trim()).filter(Boolean);
    const name = parts[0]?.replace(/\[[a-z]+\]/g, '').trim();
    if (!name || name.length < 3) { club = null; continue; }
    const founded = parts.find((p) => /^\d{4}$/.test(p));
    const city = parts.slice(1).filter((p) => !/^\d{4}$/.test(p) && !p.startsWith('@')).pop()?.replace(/\s*[›(].*$/, '').trim();
    // "Dunaújváros FC (1952-2009)": a club of the past, named without its years.
    const [, bare, from, to] = /^(.*?)\s*\((\d{4})-(\d{4})\)$/.exec(name) ?? [];
    club = { name: bare ?? name, founded: founded ?? from, until: to, city, cc, nation, aliases: [] };
    clubs.push(club);
  }
  return clubs;
}

const clubs = [];
for (const path of gitList(dir, COMMIT, '.').filter((p) => /\/[a-z]+\.clubs\.txt$/.test(p))) {
  const code = /\/([a-z]+)\.clubs\.txt$/.exec(path)[1];
  const cc = NATION[code] ?? countryCode(code.toUpperCase());
  const text = gitShow(dir, COMMIT, path);
  const nation = /^=+\s*([^=•\n]+?)\s*(•.*)?$/m.exec(text.split('\n').find((l) => /^=\s/.test(l)) ?? '')?.[1] ?? '';
  clubs.push(...parse(text, cc, nation));
}

const owners = new Map();
for (const c of clubs) for (const a of new Set([c.name, ...c.aliases].map((s) => s.toLowerCase()))) owners.set(a, [...(owners.get(a) ?? []), c]);
// A league's club is found by the club's name, else by a name no other club shares.
const ranks = leagueRanks();
for (const c of clubs) c.rank = [c.name, ...c.aliases.filter((a) => owners.get(a.toLowerCase()).length === 1)].map((n) => ranks.get(key(n))).find(Boolean);
const score = (c) => c.rank?.[0] ?? 0.14;
// A short name two clubs of one country share ("Madrid", "Rangers") names neither; across countries
// it stays with the club of the clearly higher league ("Arsenal" is Arsenal FC, not Arsenal de Sarandí).
const ownsAlias = (c, a) => {
  const others = owners.get(a.toLowerCase()).filter((o) => o !== c);
  return others.every((o) => o.cc !== c.cc && score(o) < score(c));
};
/** "Arsenal FC" is "Arsenal F.C." in English references and much of the press. */
const dotted = (name) => (/ (A?FC|CF|SC)$/.test(name) ? name.replace(/ (A?FC|CF|SC)$/, (m) => ` ${m.trim().split('').join('.')}.`) : undefined);
const entities = clubs.map((c) => {
  const own = c.aliases.filter((a) => ownsAlias(c, a) && !countryCode(a));
  const aliases = aliasesOf(c.name, [dotted(c.name), ...own, ...own.map(dotted)]);
  const { rank } = c;
  const where = [c.city, c.nation].filter(Boolean).join(', ');
  return {
    id: `football-club:${(c.cc ?? 'xx').toLowerCase()}-${slug(c.name)}`,
    name: c.name,
    type: 'sports-team',
    aliases,
    description: `${c.until ? 'Former football club' : 'Football club'}${where ? ` in ${where}` : ''}${c.until ? ` (${c.founded}–${c.until})` : c.founded ? `, founded ${c.founded}` : ''}${rank ? `; plays in the ${rank[1]}` : ''} (openfootball).`,
    country: c.cc,
    founded: c.founded,
    prominence: rank ? rank[0] : c.until ? 0.08 : 0.14,
    cues: ['football', 'soccer'],
  };
});
writeBulk('clubs', { label: 'openfootball', name: 'openfootball clubs (with league seasons of football.json)', version: `${REPO}@${COMMIT}; ${LEAGUES}@${LEAGUES_COMMIT}`, licence: 'CC0 1.0 (openfootball)', url: 'https://github.com/openfootball/clubs' }, entities);
