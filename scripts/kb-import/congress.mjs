#!/usr/bin/env node
// US Congress of unitedstates/congress-legislators (CC0) → kb/bulk/congress.ndjson.gz:
// current members of Congress (with their Wikidata QIDs, so they fold into the curated legislators),
// presidents and vice presidents (executive.yaml), and the current committees and subcommittees.
// legislators-historical.yaml is over the mirror's 4 MiB file limit and is not read.
// A committee is also named as news names it: "Senate Committee on Commerce, Science, and
// Transportation" is "Senate Commerce Committee" (chamber, first subject, "Committee").
// Usage: node scripts/kb-import/congress.mjs [--git-dir DIR]
import yaml from 'js-yaml';
import { aliasesOf, gitShow, mirror, qid, writeBulk } from './lib.mjs';
import { STATES } from './us-states.mjs';

const REPO = 'unitedstates/congress-legislators';
const COMMIT = 'dfa9622263dd4c8d08636926e498f1845704d7eb';
const AS_OF = '2026-06-15';
const read = (path) => yaml.load(gitShow(mirror(REPO), COMMIT, path));
const year = (d) => String(d ?? '').slice(0, 4);

/** "Maria Cantwell"; a nickname gives the name news uses ("Chuck Schumer"). */
function names(n) {
  const full = n.official_full || [n.first, n.middle, n.last, n.suffix].filter(Boolean).join(' ');
  const nick = n.nickname ? `${n.nickname} ${n.last}${n.suffix ? ` ${n.suffix}` : ''}` : undefined;
  return { name: full, aliases: [nick, `${n.first} ${n.last}`].filter(Boolean) };
}

/** Consecutive terms of one office as one span: "Senator for Washington from 2001". */
function career(terms) {
  const first = new Map();
  for (const t of terms) if (!first.has(t.type)) first.set(t.type, t.start);
  return first;
}

const entities = [];
for (const p of read('legislators-current.yaml')) {
  const { name, aliases } = names(p.name);
  const last = p.terms.at(-1);
  const since = career(p.terms.filter((t) => t.type === last.type && t.state === last.state)).get(last.type);
  const office = last.type === 'sen' ? `United States senator for ${STATES[last.state] ?? last.state}` : `Member of the US House of Representatives for ${STATES[last.state] ?? last.state}${last.district ? `'s district ${last.district}` : ' (at large)'}`;
  entities.push({
    id: `congress:${p.id.bioguide}`,
    name,
    type: 'person',
    aliases: aliasesOf(name, aliases),
    description: `American politician. ${office} (${last.party}), in office from ${year(since)} (as of ${AS_OF}; congress-legislators).`,
    country: 'US',
    born: p.bio?.birthday,
    ids: { wikidata: qid(p.id.wikidata), bioguide: p.id.bioguide },
    prominence: last.type === 'sen' ? 0.42 : 0.3,
    cues: ['senator', 'sen', 'congressman', 'congresswoman', 'representative', 'rep', 'lawmaker', last.party.toLowerCase()],
  });
}

for (const p of read('executive.yaml')) {
  const { name, aliases } = names(p.name);
  const offices = [...career(p.terms)].map(([type, start]) => {
    const ends = p.terms.filter((t) => t.type === type).map((t) => t.end).sort();
    const end = ends.at(-1);
    const span = end && end <= AS_OF ? `${year(start)}–${year(end)}` : `from ${year(start)}`;
    return `${type === 'prez' ? 'President' : 'Vice President'} of the United States ${span}`;
  });
  entities.push({
    id: `congress:exec-${p.id.bioguide ?? p.id.govtrack}`,
    name,
    type: 'person',
    aliases: aliasesOf(name, aliases),
    description: `American politician. ${offices.join('; ')} (as of ${AS_OF}; congress-legislators).`,
    country: 'US',
    born: p.bio?.birthday,
    ids: { bioguide: p.id.bioguide },
    prominence: p.terms.some((t) => t.type === 'prez') ? 0.48 : 0.4,
    cues: ['president', 'vice president', 'administration'],
  });
}

/** "Senate Commerce Committee" of "Senate Committee on Commerce, Science, and Transportation". */
function newsName(name) {
  const m = /^(House|Senate) (?:(Select|Special|Permanent Select) )?Committee on (?:the )?(.+)$/.exec(name);
  if (!m) return undefined;
  const subject = m[3].split(',')[0].trim();
  // "House Committee on House Administration" is not "House House …"; a long subject is no short form.
  if (subject.startsWith(m[1]) || subject.split(' ').length > 5) return undefined;
  return `${m[1]} ${subject} Committee`;
}
const CHAMBER = { house: 'House of Representatives', senate: 'Senate', joint: 'Congress (joint committee)' };
for (const c of read('committees-current.yaml')) {
  const name = c.name.replace(/^United States /, '');
  // "United States Senate Committee on …" is the full name; the register's "Senate Committee on …" an alias.
  const full = /^(House|Senate) /.test(name) ? `United States ${name}` : name;
  entities.push({
    id: `congress:committee-${c.thomas_id}`,
    name: full,
    type: 'organization',
    aliases: aliasesOf(full, [name, newsName(name)]),
    description: `Committee of the United States ${CHAMBER[c.type] ?? 'Congress'} (as of ${AS_OF}; congress-legislators).`,
    country: 'US',
    ids: { thomasCommittee: c.thomas_id },
    sources: c.url ? [{ label: 'Committee website', url: c.url }] : undefined,
    prominence: 0.32,
    cues: ['committee', 'chair', 'chairman', 'hearing', 'senator', 'lawmakers'],
  });
  for (const s of c.subcommittees ?? []) {
    const sub = `${name.replace(/^(House|Senate) Committee on /, '$1 ').replace(/^(House|Senate) (Select )?Committee/, '$1')} Subcommittee on ${s.name}`;
    entities.push({
      id: `congress:committee-${c.thomas_id}${s.thomas_id}`,
      name: sub,
      type: 'organization',
      description: `Subcommittee of the ${name} (as of ${AS_OF}; congress-legislators).`,
      country: 'US',
      ids: { thomasCommittee: `${c.thomas_id}${s.thomas_id}` },
      prominence: 0.12,
      cues: ['subcommittee', 'committee', 'hearing'],
    });
  }
}

writeBulk('congress', { label: 'congress-legislators', name: '@unitedstates congress-legislators', version: `${REPO}@${COMMIT}`, licence: 'CC0 1.0', url: 'https://github.com/unitedstates/congress-legislators' }, entities);
