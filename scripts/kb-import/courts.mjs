#!/usr/bin/env node
// US courts of freelawproject/courts-db (BSD-2-Clause) at a pinned commit → kb/bulk/courts.ndjson.gz.
// Names and examples (real names courts go by) become aliases; the regexes are not used.
// Prominence by level: the Supreme Court and federal appellate courts above trial courts.
// Usage: node scripts/kb-import/courts.mjs [--git-dir DIR]
import { aliasesOf, gitShow, mirror, writeBulk } from './lib.mjs';

// courts-db's examples are names as found in case law, typos included ("Suppeme Court"): one is
// kept only when it says "Court" and each word is a word of the court's own name or state, or
// of the few words US court names are made of.
const COURT_WORDS = new Set(['united', 'states', 'u', 's', 'the', 'of', 'for', 'court', 'courts', 'district', 'circuit', 'appeals',
  'supreme', 'southern', 'northern', 'eastern', 'western', 'middle', 'central', 'state', 'county', 'superior', 'bankruptcy']);

const REPO = 'freelawproject/courts-db';
const COMMIT = 'b8918b528a45516b28f67a4e9ab769325e986b7e';
const LEVEL = { colr: 0.45, iac: 0.2, gjc: 0.1, ljc: 0.05 };
const KIND = { appellate: 'Appellate court', trial: 'Trial court', bankruptcy: 'Bankruptcy court', ag: "Attorney general's opinions", special: 'Special court' };

/** A real name of the court (see COURT_WORDS), not a typo of case law. */
function spelt(text, c) {
  const own = new Set(`${c.name} ${c.location ?? ''}`.toLowerCase().split(/[^a-z]+/));
  const words = text.split(/[\s,.]+/).filter(Boolean);
  return words.some((w) => /^courts?$/i.test(w)) && words.every((w) => COURT_WORDS.has(w.toLowerCase()) || own.has(w.toLowerCase()));
}

const courts = JSON.parse(gitShow(mirror(REPO), COMMIT, 'courts_db/data/courts.json'));
const entities = [];
for (const c of courts) {
  if (!c.name || c.type === 'ag' || c.dates?.some((d) => d.end)) continue; // defunct courts and AG opinions are not news
  const federal = c.system === 'federal';
  const name = c.name;
  const prominence = c.id === 'scotus' ? 0.6 : (LEVEL[c.level] ?? 0.05) + (federal ? 0.1 : 0);
  entities.push({
    id: `court:${c.id}`,
    name,
    type: 'court',
    aliases: aliasesOf(name, (c.examples ?? []).filter((x) => x.length < 80 && spelt(x, c))),
    description: `${KIND[c.type] ?? 'Court'} of the ${federal ? 'United States federal' : `${c.location ?? ''} state`.trim()} judiciary (courts-db).`,
    country: 'US',
    ids: { courtsDb: c.id },
    prominence: Math.round(Math.min(0.6, prominence) * 100) / 100,
    cues: ['court', 'judge', 'ruling'],
  });
}
writeBulk('courts', { label: 'courts-db', name: 'Free Law Project courts-db', version: `${REPO}@${COMMIT}`, licence: 'BSD-2-Clause', url: 'https://github.com/freelawproject/courts-db' }, entities);
