#!/usr/bin/env node
// Nobel laureates (people) of the Nobel Prize API v1 laureate list (nobelprize.org; its data are
// released under CC0), from the copy of laureate.json in github.com/CarMoreno/NobelPrizes →
// kb/bulk/nobel.ndjson.gz: name, prizes (category and year), birth date and place. The prize
// motivations are prose and are not taken. Prominence: a Nobel prize is fame of its own kind; the
// peace and literature prizes make public figures more than the science prizes do.
// Usage: node scripts/kb-import/nobel.mjs [--git-dir DIR]
import { countryCode, countryName, gitShow, mirror, writeBulk } from './lib.mjs';

const REPO = 'CarMoreno/NobelPrizes';
const COMMIT = '2b35575fd48b3700831a4a05d23c4fe54995896a';
const CATEGORY = { physics: 'the Nobel Prize in Physics', chemistry: 'the Nobel Prize in Chemistry', medicine: 'the Nobel Prize in Physiology or Medicine', literature: 'the Nobel Prize in Literature', peace: 'the Nobel Peace Prize', economics: 'the Nobel Memorial Prize in Economic Sciences' };
const list = (xs) => (xs.length > 1 ? `${xs.slice(0, -1).join(', ')} and ${xs.at(-1)}` : xs[0]);

const laureates = JSON.parse(gitShow(mirror(REPO), COMMIT, 'laureate.json'));
const entities = [];
for (const l of laureates) {
  // Organisations (the Red Cross, the IPCC) are laureates too; the curated KB holds the big ones.
  if (l.gender === 'org' || !l.surname || !l.firstname) continue;
  const name = `${l.firstname} ${l.surname}`.replace(/\s+/g, ' ').trim();
  const cc = countryCode(l.bornCountryCode);
  const prizes = (l.prizes ?? []).map((p) => `${CATEGORY[p.category] ?? p.category} (${p.year})`);
  const born = /^\d{4}-\d{2}-\d{2}$/.test(l.born) && !l.born.endsWith('-00-00') ? l.born : undefined;
  const died = /^\d{4}-\d{2}-\d{2}$/.test(l.died) && l.died !== '0000-00-00' ? l.died : undefined;
  const city = (l.bornCity ?? '').replace(/\s*\(now [^)]*\)/, '').trim();
  const place = [city, cc ? countryName(cc).replace(/^the /, '') : ''].filter(Boolean).join(', ');
  const publicFigure = (l.prizes ?? []).some((p) => p.category === 'peace' || p.category === 'literature');
  entities.push({
    id: `nobel:${l.id}`,
    name,
    type: 'person',
    aliases: [],
    description: `Winner of ${list(prizes)}${born || place ? `; born${born ? ` ${born.slice(0, 4)}` : ''}${place ? ` in ${place}` : ''}` : ''}${died ? `; died ${died.slice(0, 4)}` : ''} (Nobel Prize data).`,
    country: cc,
    born,
    died,
    ids: { nobel: l.id },
    prominence: publicFigure ? 0.36 : 0.3,
    cues: ['nobel', 'laureate', 'prize'],
  });
}
writeBulk('nobel', { label: 'Nobel Prize', name: 'Nobel Prize API v1 laureates (people)', version: `${REPO}@${COMMIT}:laureate.json`, licence: 'CC0 1.0 (Nobel Prize Outreach data)', url: 'https://www.nobelprize.org/' }, entities);
