#!/usr/bin/env node
// Footballers and head coaches of the national squads in openfootball (CC0): the European
// Championships of 2021 and 2024 (github.com/openfootball/euro: names as written, caps, club) and
// the World Cups of 2018, 2022 and 2026 (github.com/openfootball/worldcup, more/<year>_squads.txt:
// surnames in capitals) → kb/bulk/squads.ndjson.gz. Prominence from the tournaments a player was
// picked for and the caps the Euro squads record.
// Usage: node scripts/kb-import/squads.mjs [--git-dir DIR] [--worldcup-git-dir DIR]
import { countryCode, gitList, gitShow, logScale, mirror, slug, writeBulk } from './lib.mjs';

const EURO = 'openfootball/euro';
const EURO_COMMIT = '88d150a6c8db43925ea327b87e990f653c999b11';
const WORLDCUP = 'openfootball/worldcup';
const WORLDCUP_COMMIT = 'bd46a148289f9930da66c140d4d7d2325e95d387';
const euroDir = mirror(EURO);
const cupDir = mirror(WORLDCUP, process.argv, '--worldcup-git-dir');

/** Team names that are no country name world-countries knows. */
const TEAMS = { England: 'GB', Scotland: 'GB', Wales: 'GB', 'Northern Ireland': 'GB', 'Congo DR': 'CD', Türkiye: 'TR', Turkey: 'TR', Czechia: 'CZ', 'Czech Republic': 'CZ', 'Cabo Verde': 'CV', Iran: 'IR', 'South Korea': 'KR', 'Bosnia and Herzegovina': 'BA', 'North Macedonia': 'MK' };
const teamCode = (team) => TEAMS[team] ?? countryCode(team);
const ROLES = { GK: 'goalkeeper', DF: 'defender', MF: 'midfielder', FW: 'forward', MG: 'head coach' };

/** "Lionel MESSI" → "Lionel Messi", "Mark McKENZIE" → "Mark McKenzie"; names in mixed case stay. */
function properCase(name) {
  return name.split(' ').map((w) => {
    if (!/^\p{Lu}[\p{Lu}'’-]+$/u.test(w) && !/^Mc\p{Lu}{2,}$/u.test(w)) return w;
    const lower = w.toLowerCase().replace(/(^|[-'’])(\p{L})/gu, (m, sep, c) => sep + c.toUpperCase());
    return lower.replace(/^Mc(\p{L})/u, (m, c) => `Mc${c.toUpperCase()}`);
  }).join(' ');
}

const people = new Map();
/** Records one squad place; the same person across tournaments is one record (name, country). */
function add({ name, role, born, club, caps, team, event }) {
  const cc = teamCode(team);
  const clean = properCase(name.replace(/\s*\([A-Z]{3}\)\s*$/, '').trim());
  if (!cc || !/\s/.test(clean)) return;
  const key = `${slug(clean)}|${cc}`;
  const p = people.get(key) ?? { name: clean, cc, team, events: [], roles: new Set(), caps: 0 };
  // A Euro squad's spelling (accents, as the player writes it) beats the World Cup lists' capitals.
  if (/\p{Lu}{3}/u.test(p.name) || (event.startsWith('Euro') && !/\p{Lu}{3}/u.test(name))) p.name = clean;
  p.events.push(event);
  p.roles.add(role);
  p.born ??= born;
  if (club) Object.assign(p, { club, clubAt: event });
  p.caps = Math.max(p.caps, caps ?? 0);
  people.set(key, p);
}

for (const path of gitList(euroDir, EURO_COMMIT, '.').filter((p) => /^(2021|2024)--[^/]+\/squads\/[^/]+\.txt$/.test(p))) {
  const text = gitShow(euroDir, EURO_COMMIT, path);
  const [, team, event] = /^=\s+(.+?)\s+-\s+(Euro \d{4})/m.exec(text) ?? [];
  for (const line of text.split(/\r?\n/)) {
    const [, name, role, caps, born, club] = /^\s*[\d-]+,\s+([^,]+?),\s+(GK|DF|MF|FW|MG),\s+(?:(\d+)\/\d+\s*,\s*)?b\. (\d{4})(?:,\s+(.+?)\s*(?:\([A-Z]{3}\))?)?\s*$/.exec(line) ?? [];
    if (name && team) add({ name, role, born, club, caps: Number(caps) || 0, team, event });
  }
}
for (const year of ['2018', '2022', '2026']) {
  let team = '';
  for (const line of gitShow(cupDir, WORLDCUP_COMMIT, `more/${year}_squads.txt`).split(/\r?\n/)) {
    const heading = /^==\s+(.+?)\s*(#.*)?$/.exec(line);
    if (heading) { team = heading[1]; continue; }
    const [, name, role, born] = /^\s*[\d-]+,\s+([^,]+?),\s+(GK|DF|MF|FW|MG),\s+b\. (\d{4})/.exec(line) ?? [];
    if (name && team) add({ name, role, born, team, event: `the ${year} World Cup` });
  }
}

const list = (xs) => (xs.length > 1 ? `${xs.slice(0, -1).join(', ')} and ${xs.at(-1)}` : xs[0]);
const entities = [...people.values()].map((p) => {
  const coach = p.roles.has('MG');
  const role = coach ? 'head coach' : ROLES[[...p.roles][0]];
  const events = [...new Set(p.events)].sort((a, b) => Number(/\d{4}/.exec(a)) - Number(/\d{4}/.exec(b)));
  return {
    id: `squad:${p.cc.toLowerCase()}-${slug(p.name)}${p.born ? `-${p.born}` : ''}`,
    name: p.name,
    type: 'person',
    aliases: [],
    description: coach
      ? `Football head coach of ${p.team} at ${list(events)}${p.born ? `; born ${p.born}` : ''} (openfootball).`
      : `Footballer (${role}) for ${p.team} at ${list(events)}${p.born ? `; born ${p.born}` : ''}${p.club ? `; club in the ${p.clubAt} squad: ${p.club}` : ''} (openfootball).`,
    country: p.cc,
    born: p.born,
    // One tournament and few caps → 0.24 (a name needs a cue of its own); three tournaments or 60
    // caps → about 0.4. Below the bare-surname threshold (0.5): a surname alone links only after
    // the full name on the same page.
    prominence: Math.max(logScale(events.length, 1, 3, 0.24, 0.4), logScale(p.caps, 5, 100, 0.24, 0.42)),
    cues: coach ? ['coach', 'manager', 'football'] : ['footballer', 'football', role.split(' ').pop(), 'goal', 'squad'],
  };
});
writeBulk('squads', { label: 'openfootball', name: 'openfootball national squads (Euro 2021/2024, World Cup 2018/2022/2026)', version: `${EURO}@${EURO_COMMIT}; ${WORLDCUP}@${WORLDCUP_COMMIT}`, licence: 'CC0 1.0 (openfootball)', url: 'https://github.com/openfootball' }, entities);
