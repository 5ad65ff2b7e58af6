#!/usr/bin/env node
// Newspapers with Wikidata QIDs → kb/bulk/newspapers.ndjson.gz, from two pinned repositories:
// hearvox/wiki-media-cred data/wikipedia-us-newspapers.tsv (US papers by state, CC0) and
// patrickswickard/international_newspapers full_list_of_newspapers.json (a Wikidata SPARQL result:
// papers with a website, their country, place and languages; Wikidata is CC0).
// Prominence: how many languages and places Wikidata gives it (a paper of record has several).
// Usage: node scripts/kb-import/newspapers.mjs
import { aliasesOf, cleanText, countryCode, countryName, gitShow, logScale, mirror, qid, writeBulk } from './lib.mjs';

const US = { repo: 'hearvox/wiki-media-cred', commit: 'e61118c66e052c5afc1d07136dae37f8fbf70f3a', path: 'data/wikipedia-us-newspapers.tsv' };
const WORLD = { repo: 'patrickswickard/international_newspapers', commit: '0d8b4a34764914490583a603d2a5d12ad175ecbd', path: 'full_list_of_newspapers.json' };

const byQid = new Map();
const worldRows = JSON.parse(gitShow(mirror(WORLD.repo), WORLD.commit, WORLD.path)).results.bindings;
for (const b of worldRows) {
  const q = qid(b.item?.value.split('/').pop());
  const label = b.itemLabel?.value && cleanText(b.itemLabel.value);
  if (!q || !label || /^Q\d+$/.test(label)) continue;
  const e = byQid.get(q) ?? { name: label, languages: new Set(), places: new Set(), countries: new Set() };
  if (b.languageLabel?.value) e.languages.add(b.languageLabel.value);
  if (b.placeLabel?.value && !/^Q\d+$/.test(b.placeLabel.value)) e.places.add(cleanText(b.placeLabel.value));
  const cc = countryCode(b.countryLabel?.value);
  if (cc) e.countries.add(cc);
  byQid.set(q, e);
}
const [, ...usRows] = gitShow(mirror(US.repo), US.commit, US.path).split('\n').filter(Boolean).map((l) => l.split('\t'));
for (const [title, state, , , q0] of usRows) {
  const q = qid(q0);
  if (!q || !title) continue;
  const e = byQid.get(q) ?? { name: cleanText(title).replace(/ \((newspaper|[^)]*)\)$/, ''), languages: new Set(['English']), places: new Set(), countries: new Set() };
  e.countries.add('US');
  e.state = state;
  byQid.set(q, e);
}
const entities = [];
for (const [q, e] of byQid) {
  const cc = e.countries.size === 1 ? [...e.countries][0] : undefined;
  const place = e.places.size === 1 ? [...e.places][0] : e.state;
  const where = [place, countryName(cc)].filter(Boolean).join(', ');
  const langs = [...e.languages].sort();
  entities.push({
    id: `wd:${q}`,
    name: e.name,
    type: 'media',
    aliases: aliasesOf(e.name, [e.name.replace(/^The /, '')].filter((a) => a.includes(' '))),
    description: `Newspaper${where ? ` in ${where}` : ''}${langs.length ? `; ${langs.slice(0, 3).join(', ')}` : ''} (Wikidata).`,
    country: cc,
    ids: { wikidata: q },
    prominence: logScale(langs.length + e.places.size, 1, 12, 0.05, 0.25),
    cues: ['newspaper', 'paper'],
  });
}
writeBulk('newspapers', { label: 'Wikidata (newspapers)', name: 'Newspapers with Wikidata ids (wiki-media-cred; international_newspapers)', version: `${US.repo}@${US.commit}; ${WORLD.repo}@${WORLD.commit}`, licence: 'CC0 1.0 (Wikidata, wiki-media-cred)', url: 'https://www.wikidata.org/' }, entities);
