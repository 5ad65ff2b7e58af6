#!/usr/bin/env node
// Political parties of Party Facts (github.com/hdigital/partyfactsdata, MIT;
// the data are published for reuse with credit) → kb/bulk/parties.ndjson.gz: the core parties
// table with English, short and native names, QIDs from its Wikidata import; prominence from the
// best vote share Party Facts records.
// Usage: node scripts/kb-import/parties.mjs [--git-dir DIR]
import { tsImport } from 'tsx/esm/api';
import countries from 'world-countries';
import { aliasesOf, countryCode, countryName, gitShow, logScale, mirror, qid, writeBulk } from './lib.mjs';

const REPO = 'hdigital/partyfactsdata';
const COMMIT = '764de8978f84ba41a1c88752d6a00b9a4d05f599';
const { parseCsv } = await tsImport('../../src/kb/csv.ts', import.meta.url);

function table(path) {
  const [header, ...rows] = parseCsv(gitShow(mirror(REPO), COMMIT, path)).records.map((r) => r.fields);
  return rows.map((f) => Object.fromEntries(header.map((h, i) => [h, f[i] ?? ''])));
}

const qids = new Map(table('import/wikipedia/wikidata.csv').map((r) => [r.partyfacts_id, qid(r.wikidata_id)]));
/** A short name as news writes it: an acronym (SPD, BJP) or a word of four letters or more; "Lab", "Con" are table codes. */
const shortForm = (s) => (/^[A-ZÄÖÜ0-9-]{2,}$/.test(s) || s.length >= 4 ? s : undefined);
/** "Labour Party" is also "Labour" in its country's news; the linker decides by the page's country. */
// Not a demonym ("American Party" is not "American").
const DEMONYMS = new Set(countries.flatMap((c) => Object.values(c.demonyms ?? {}).flatMap((d) => [d.m, d.f])));
const partyWord = (s) => {
  const word = /^(\p{Lu}\p{Ll}+) Party$/u.exec(s)?.[1];
  return word && !DEMONYMS.has(word) ? word : undefined;
};
const entities = [];
for (const r of table('import/elecglob/partyfacts-core-parties.csv')) {
  const english = r.name_english.split(' / ').map((s) => s.trim()).filter(Boolean);
  const name = english[0] || r.name;
  // Rows for vote shares of no party ("Other", "Independents") are not parties.
  if (!name || /^(others?|independents?|none|unknown|blank|invalid|non-partisans?)\b/i.test(name)) continue;
  const cc = countryCode(r.country);
  const share = Number(r.share) || 0;
  const years = r.year_first ? (r.year_last ? `${r.year_first}–${r.year_last}` : `from ${r.year_first}`) : '';
  const vote = share > 0 ? `; ${share}% of the vote${r.share_year ? ` in ${r.share_year}` : ''}` : '';
  const q = qids.get(r.partyfacts_id);
  entities.push({
    id: `partyfacts:${r.partyfacts_id}`,
    name,
    type: 'party',
    aliases: aliasesOf(name, [r.name, ...english.slice(1), shortForm(r.name_short), partyWord(name)]),
    description: `${r.year_last ? 'Former political party' : 'Political party'}${cc ? ` in ${countryName(cc)}` : ''}${years ? ` (${years})` : ''}${vote} (Party Facts).`,
    country: cc,
    founded: /^\d{4}$/.test(r.year_first) ? r.year_first : undefined,
    ids: { partyfacts: r.partyfacts_id, wikidata: q },
    prominence: logScale(share, 0.5, 50, 0.04, r.year_last ? 0.3 : 0.55),
    cues: ['party'],
  });
}
writeBulk('parties', { label: 'Party Facts', name: 'Party Facts core parties', version: `${REPO}@${COMMIT}`, licence: 'MIT (Party Facts authors)', url: 'https://partyfacts.herokuapp.com/' }, entities);
