#!/usr/bin/env node
// One-off importer: a copy of the founding data folder → kb/sources/imported/*.json (committed, so
// builds, tests and the bench never need it; none of them runs this script).
// Only facts are taken (names, ids, dates, countries, URLs); every description is composed here from templates.
// Usage: node scripts/kb-import.mjs --data DIR   (DIR: the founding data, e.g. /work/shared/data)
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import countries from 'world-countries';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const dataArg = process.argv.indexOf('--data');
const DATA = dataArg > 0 ? process.argv[dataArg + 1] : undefined;
if (!DATA) {
  process.stderr.write('kb-import: say where the founding data is: node scripts/kb-import.mjs --data DIR\n');
  process.exit(2);
}
const OUT = join(ROOT, 'kb/sources/imported');
const LEGISLATURE_SINCE = '2014';
const ISO_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

const read = (name) => JSON.parse(readFileSync(join(DATA, name), 'utf8'));
const byCode = new Map(countries.map((c) => [c.cca2, c]));
/** Country names that read better with "the" in "agency of the United Kingdom". */
const THE = /^(United|Czech|Dominican|Central African|Marshall|Solomon|Cayman|Bahamas|Gambia|Netherlands|Philippines|Comoros|Maldives|Seychelles|Vatican|Democratic|Republic)/;

const slug = (s) => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
  .replace(/&/g, ' and ').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
const date = (d) => (d && ISO_DATE.test(d) ? d : undefined);
const year = (d) => (d ? d.slice(0, 4) : '');
// An open role is only known to have been open when the source was scraped, so it reads "from", never "since".
const span = (r) => (r.from && r.to ? (year(r.from) === year(r.to) ? year(r.from) : `${year(r.from)}–${year(r.to)}`) : r.from ? `from ${year(r.from)}` : r.to ? `until ${year(r.to)}` : '');
const demonym = (cc) => byCode.get(cc)?.demonyms?.eng?.m;
const countryName = (cc) => {
  const name = byCode.get(cc)?.name.common;
  return name && THE.test(name) ? `the ${name}` : name;
};
const clean = (o) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== null
  && !(Array.isArray(v) && v.length === 0) && !(typeof v === 'object' && !Array.isArray(v) && Object.keys(v).length === 0)));
const uniqueAliases = (name, list) => {
  const seen = new Set([name.toLowerCase()]);
  return list.filter((a) => a && !seen.has(a.toLowerCase()) && seen.add(a.toLowerCase()));
};

// ---------- people ----------

/** How often international news names a holder of this office, 0..1 (rough, by title). */
function officeProminence(title, kind) {
  const t = title.toLowerCase();
  if (kind === 'legislature') return 0.15;
  if (/^(vice president|first deputy prime minister|deputy prime minister)/.test(t)) return 0.6;
  if (/\b(deputy|vice|assistant|under-secretary|undersecretary|parliamentary secretary|minister of state|junior|principal deputy|associate|lord of the treasury)\b|^(financial|economic|exchequer|chief) secretary/.test(t)) return 0.3;
  if (kind === 'head-of-state-or-government') return 0.9;
  if (/^(president|prime minister|king|queen|chancellor)\b/.test(t) && !/^chancellor of the (duchy|exchequer)/.test(t)) return 0.9;
  if (/foreign|defen[cs]e|home secretary|home department|interior|internal affairs|exchequer|^secretary of state$|secretary of the treasury|finance/.test(t)) return 0.7;
  if (/press secretary|spokes|chief of staff|national security advis|director of (the )?(cia|central intelligence|national intelligence|federal bureau)|chief of the secret intelligence|director general/.test(t)) return 0.55;
  if (/ambassador|envoy|high commissioner/.test(t)) return 0.35;
  if (/judge|justice|court/.test(t)) return 0.35;
  if (/governor|mayor/.test(t)) return 0.3;
  if (/\b(secretary|minister|attorney general|director|administrator|chief)\b/.test(t)) return 0.5;
  return 0.3;
}

function occupation(top) {
  if (/ambassador|envoy|high commissioner/i.test(top.title)) return 'diplomat';
  if (/judge|justice|court/i.test(top.title)) return 'judge';
  if (/minister|president|secretary|parliament|senator|representative|duma|council|chancellor|premier|governor|mayor|king|queen/i.test(top.title)) return 'politician';
  return 'official';
}

function personDescription(roles, country) {
  const ranked = [...roles].sort((a, b) => b.p - a.p || (b.from ?? '').localeCompare(a.from ?? ''));
  const top = ranked[0];
  const dem = demonym(country);
  const lead = dem ? `${dem} ${occupation(top)}.` : `${occupation(top)[0].toUpperCase()}${occupation(top).slice(1)}.`;
  const shown = [];
  for (const r of ranked) {
    if (shown.length === 2) break;
    if (!shown.some((s) => s.title === r.title)) shown.push(r);
  }
  return `${lead} ${shown.map((r) => `${r.title}${span(r) ? ` (${span(r)})` : ''}`).join('; ')}.`;
}

const mostCommon = (values) => {
  const counts = new Map();
  for (const v of values) if (v) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
};

function keepRole(r) {
  return r.kind !== 'legislature' || !r.to || r.to >= LEGISLATURE_SINCE;
}

/** Keeps only the latest two legislature terms: enough for a card, and it keeps the KB small. */
function trimTerms(roles) {
  const terms = roles.filter((r) => r.kind === 'legislature').sort((a, b) => (b.from ?? '').localeCompare(a.from ?? ''));
  const drop = new Set(terms.slice(2));
  return roles.filter((r) => !drop.has(r));
}

/** "President" and "President of the United States" from one start year are one office seen by two sources. */
const sameOffice = (a, b) => a.country === b.country && year(a.from) === year(b.from)
  && a.title !== b.title && b.title.toLowerCase().startsWith(`${a.title.toLowerCase()} of `);

/**
 * Folds such pairs into the longer title, keeping the more precise start and an end date from either source
 * (so a cabinet snapshot's open "Prime Minister" does not outlive the later world list's 2019–2022 term).
 */
function foldRoles(roles) {
  const out = [...roles];
  for (const short of roles) {
    const long = out.find((b) => sameOffice(short, b));
    if (!long) continue;
    const folded = { ...long, from: (short.from ?? '').length > (long.from ?? '').length ? short.from : long.from, to: long.to ?? short.to };
    folded.asOf = folded.to ? undefined : [short.asOf, long.asOf].filter(Boolean).sort().pop();
    out.splice(out.indexOf(long), 1, folded);
    out.splice(out.indexOf(short), 1);
  }
  return out;
}

function personEntity(rec, extraRoles, extraAliases, fallbackCountry) {
  const roles = [];
  const seen = new Set();
  for (const r of [...rec.roles, ...extraRoles]) {
    const key = `${r.title}|${year(r.from)}`;
    if (seen.has(key) || !keepRole(r)) continue;
    seen.add(key);
    roles.push({ ...r, p: officeProminence(r.title, r.kind) });
  }
  if (roles.length === 0) return undefined;
  roles.splice(0, roles.length, ...foldRoles(trimTerms(roles)));
  const country = mostCommon(roles.map((r) => r.country)) ?? fallbackCountry;
  const best = Math.max(...roles.map((r) => r.p));
  const weighty = roles.filter((r) => r.p >= 0.5).length;
  return clean({
    id: `wd:${rec.qid}`,
    name: rec.name,
    type: 'person',
    aliases: uniqueAliases(rec.name, [...rec.aliases, ...extraAliases]),
    description: personDescription(roles, country),
    country,
    roles: roles.sort((a, b) => (a.from ?? '').localeCompare(b.from ?? ''))
      .map((r) => clean({ title: r.title, country: r.country, from: r.from, to: r.to, asOf: r.to ? undefined : r.asOf })),
    born: date(rec.born),
    died: date(rec.died),
    ids: { wikidata: rec.qid },
    // The Wikidata page is derivable from ids.wikidata, so only Wikipedia is listed.
    sources: rec.wikipedia ? [{ label: 'Wikipedia', url: rec.wikipedia }] : undefined,
    prominence: Math.round(Math.min(1, best + Math.min(0.05, 0.01 * weighty)) * 100) / 100,
  });
}

/**
 * When each people.json source was scraped: an open role was seen open then, not necessarily later
 * (README of the data folder). The newer world-leaders copy has no known date; `newestYear` stands in.
 */
const SCRAPED = {
  'ep-russia-cabinet': '2022-08-03',
  'ep-united-kingdom-cabinet': '2022-07-23',
  'ep-us-cabinet': '2022-08-03',
  'ep-world-leaders@snapshot': '2022-10-10',
};

/** The latest year any row of `source` mentions: a lower bound of its undated scrape. */
function newestYear(records, source) {
  let best = 0;
  for (const x of records) for (const q of x.positions) {
    if (q.source !== source) continue;
    for (const d of [q.start, q.end]) if (date(d)) best = Math.max(best, Number(d.slice(0, 4)));
  }
  return best ? String(best) : undefined;
}

/** Misspellings in the sources' position labels. */
const fixTitle = (t) => t.replace(/\bSpokeperson\b/g, 'Spokesperson');

const fromPeopleRecord = (x, scraped) => ({
  qid: x.wikidataId, name: x.name, aliases: x.aliases, born: x.born, died: x.died, wikipedia: x.wikipedia,
  roles: x.positions.map((q) => ({
    title: fixTitle(q.position), country: q.country ?? undefined, from: date(q.start), to: date(q.end), kind: q.kind, asOf: scraped(q.source),
  })),
});

function importPeople() {
  const leaders = new Map(read('leaders.json').map((l) => [l.wikidata, l]));
  const leaderRoles = (l) => l.roles.map((r) => ({
    title: fixTitle(r.title), from: date(r.from), to: date(r.to), asOf: date(r.asOf),
    country: Array.isArray(l.country) ? undefined : (l.country ?? undefined),
    kind: r.positionWikidata && /^(President|Prime Minister|King|Queen|Emir|Sultan|Chancellor)/.test(r.title) ? 'head-of-state-or-government' : 'office',
  }));
  const peopleRecords = read('people.json');
  const legislatorRecords = read('legislators.json');
  const dated = { ...SCRAPED, 'ep-world-leaders@05e3baa': newestYear(peopleRecords, 'ep-world-leaders@05e3baa') };
  const scraped = (source) => dated[source];
  const out = [];
  const done = new Set();
  for (const x of peopleRecords) {
    if (!x.name) continue;
    const l = leaders.get(x.wikidataId);
    const e = personEntity(fromPeopleRecord(x, scraped), l ? leaderRoles(l) : [], l?.aliases ?? []);
    if (e) { out.push(e); done.add(x.wikidataId); }
  }
  for (const l of leaders.values()) {
    if (done.has(l.wikidata) || !l.name) continue;
    const rec = { qid: l.wikidata, name: l.name, aliases: l.aliases, roles: [] };
    const e = personEntity(rec, leaderRoles(l), [], Array.isArray(l.country) ? l.country[0] : l.country);
    if (e) { out.push(e); done.add(l.wikidata); }
  }
  const legislators = [];
  for (const x of legislatorRecords) {
    if (!x.name || done.has(x.wikidataId)) continue;
    const e = personEntity(fromPeopleRecord(x, scraped), [], []);
    if (e) legislators.push(e);
  }
  return { people: out, legislators };
}

// ---------- agencies ----------

function splitNames(list) {
  return list.flatMap((a) => a.split(/\s+(?:aka|or)\s+/)).map((a) => a.trim()).filter((a) => a.length > 1);
}

function importAgencies() {
  const records = read('agencies.json').filter((a) => a.name);
  const acronymCount = new Map();
  for (const a of records) for (const ac of new Set(splitNames(a.acronyms))) acronymCount.set(ac, (acronymCount.get(ac) ?? 0) + 1);
  const used = new Set();
  return records.map((a) => {
    const acronyms = splitNames(a.acronyms);
    const unique = acronyms.length === 1 && acronyms[0].length >= 3 && acronymCount.get(acronyms[0]) === 1;
    let key = slug(unique ? acronyms[0] : a.name);
    if (used.has(key) && a.country) key = `${key}-${a.country.toLowerCase()}`;
    while (used.has(key)) key = `${key}-x`;
    used.add(key);
    const bare = a.name.replace(/\s*\([^)]*\)\s*$/, '').trim();
    const where = a.country ? countryName(a.country) : undefined;
    return clean({
      id: `agency:${key}`,
      name: a.name,
      type: 'agency',
      aliases: uniqueAliases(a.name, [bare, ...splitNames(a.aliases)]),
      description: `Intelligence or security agency${where ? ` of ${where}` : ''}.`,
      country: a.country ?? undefined,
      ids: { misp: a.mispUuid },
      sources: [...(a.wikipedia ? [{ label: 'Wikipedia', url: a.wikipedia }] : []),
        { label: 'MISP galaxy: intelligence agencies', url: 'https://github.com/MISP/misp-galaxy/blob/main/clusters/intelligence-agencies.json' }],
      prominence: 0.3,
    });
  });
}

// ---------- companies ----------

const LEGAL_SUFFIX = /(,?\s+(inc\.?|incorporated|corporation|corp\.?|company|co\.|plc|ag|se|s\.a\.|n\.v\.|ltd\.?|limited|holdings?|group|& co\.?( kgaa)?|kgaa|ag & co\.? kgaa))+$/i;

function companyName(raw) {
  const m = /^(.*) \(The\)$/.exec(raw);
  return m ? `The ${m[1]}` : raw;
}

function importCompanies() {
  const used = new Set();
  return read('companies.json').map((c) => {
    const name = companyName(c.name);
    const exchange = c.exchangeTickers?.LSE ? 'lse' : c.exchangeTickers?.XETRA ? 'xetra' : '';
    let key = slug(c.ticker);
    if (used.has(key) || (exchange && !c.sector)) key = `${key}-${exchange || 'x'}`;
    while (used.has(key)) key = `${key}-x`;
    used.add(key);
    const short = name.replace(/^The\s+/, '').replace(LEGAL_SUFFIX, '').trim();
    const aliases = (c.aliases ?? []).filter((a) => !/\.[a-z]{2,}\.[a-z]{2,3}$/i.test(a));
    const idx = c.indices.join(', ').replace(/, ([^,]*)$/, ' and $1');
    const sector = c.sector ? ` ${c.sector} sector${c.subIndustry ? ` (${c.subIndustry})` : ''}.` : '';
    const hq = c.headquarters ? ` Headquartered in ${c.headquarters}.` : '';
    return clean({
      id: `company:${key}`,
      name,
      type: 'company',
      aliases: uniqueAliases(name, [short.length > 2 ? short : '', ...aliases]),
      description: `Company listed in the ${idx}.${sector}${hq}`,
      country: c.country ?? undefined,
      ids: clean({ ticker: c.ticker, cik: c.cik, yahoo: c.exchangeTickers?.yahoo }),
      prominence: c.indices.includes('Dow Jones Industrial Average') ? 0.5 : c.indices.length > 1 ? 0.4 : 0.3,
      cues: ['company', 'shares', 'stock', 'chief executive', 'ceo'],
    });
  });
}

// ---------- threat actors ----------

function importThreatActors() {
  return read('threat-actors.json').filter((t) => t.name).map((t) => {
    const where = t.country ? countryName(t.country) : undefined;
    const attribution = where ? `; attributed to ${where} (MISP galaxy)` : '';
    return clean({
      id: `attack:${t.attackId}`,
      name: t.name,
      type: 'threat-actor',
      aliases: uniqueAliases(t.name, t.aliases),
      description: `Threat-actor group tracked by MITRE ATT&CK as ${t.attackId}${attribution}.${t.deprecated ? ' Deprecated in ATT&CK.' : ''}`,
      country: t.country ?? undefined,
      ids: clean({ mitreAttack: t.attackId, stix: t.stixId, misp: t.mispUuid }),
      sources: [{ label: `MITRE ATT&CK ${t.attackId}`, url: t.url }, ...t.references.map((r) => ({ label: r.sourceName, url: r.url }))],
      prominence: t.country ? 0.5 : 0.4,
      cues: ['hackers', 'hacking', 'cyber', 'group', 'apt', 'espionage', 'malware', 'attack', 'ransomware'],
    });
  });
}

// ---------- write ----------

function write(name, entities) {
  mkdirSync(OUT, { recursive: true });
  const body = `[\n${entities.map((e) => JSON.stringify(e)).join(',\n')}\n]\n`;
  writeFileSync(join(OUT, name), body);
  process.stdout.write(`${name}: ${entities.length} entities, ${(body.length / 1024).toFixed(0)} KiB\n`);
}

const { people, legislators } = importPeople();
write('people.json', people);
write('legislators.json', legislators);
write('agencies.json', importAgencies());
write('companies.json', importCompanies());
write('threat-actors.json', importThreatActors());
