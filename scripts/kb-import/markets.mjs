#!/usr/bin/env node
// Central banks, financial regulators, stock exchanges and market indices of Wikidata (CC0), as
// snapshotted by carlospinto4p/unstructured_mapping (data/seed/wikidata/*.json: a name, a QID and a
// generated sentence giving the country, the exchange an index is tracked on and Wikidata's own
// description) → kb/bulk/markets.ndjson.gz. Only the name, QID, country, exchange and whether
// Wikidata calls the body "former" are taken; the card text is composed here.
// An index is also named without its provider and "Index" ("FTSE/JSE Top 40 Index" is "JSE Top 40",
// "S&P BSE Sensex" is "BSE Sensex"): the forms market reports use.
// Prominence: a country's central bank above a former or regional one; an exchange named as one
// ("Stock Exchange", "Bourse") above a trading venue; an index by how many exchanges track it.
// Usage: node scripts/kb-import/markets.mjs [--git-dir DIR]
import { aliasesOf, countryCode, countryName, gitShow, logScale, mirror, qid, writeBulk } from './lib.mjs';

const REPO = 'carlospinto4p/unstructured_mapping';
const COMMIT = '75f2c6fbfe6c0187a13a82b9e4fcd849c5804ed5';
const read = (kind) => JSON.parse(gitShow(mirror(REPO), COMMIT, `data/seed/wikidata/${kind}.json`)).entities;

/** The generated sentence's facts: country, exchange, and Wikidata's description after it. */
function facts(e) {
  const text = e.description ?? '';
  const country = /(?:central bank of|based in|authority in|, in) ([^.]+?)\./.exec(text)?.[1];
  const exchange = /tracked on ([^,.]+)/.exec(text)?.[1];
  const tail = text.split('. ').slice(1).join('. ');
  return { cc: countryCode(country?.replace(/^the /, '')), exchange, former: /\b(former|defunct|historical|dissolved)\b/i.test(tail) };
}

/** One record a QID (a snapshot row is repeated once per exchange or country an index has). */
function byQid(rows) {
  const out = new Map();
  for (const e of rows) {
    const id = qid(e.aliases.find((a) => a.startsWith('wikidata:'))?.slice(9));
    // A label in capitals with a place ("CENTRAL BANK OF NIGERIA, LAGOS") or in lower case is a
    // branch or a stub item, not the body's name.
    if (!id || !e.canonical_name || /^Q\d+$/.test(e.canonical_name) || /^\p{Ll}/u.test(e.canonical_name) || /,/.test(e.canonical_name) && e.canonical_name === e.canonical_name.toUpperCase()) continue;
    const f = facts(e);
    const seen = out.get(id);
    if (seen) {
      seen.rows += 1;
      if (f.exchange) seen.exchanges.add(f.exchange);
      continue;
    }
    out.set(id, { id, name: e.canonical_name.replace(/^The /, ''), ...f, rows: 1, exchanges: new Set(f.exchange ? [f.exchange] : []) });
  }
  return [...out.values()];
}

const PROVIDER = /^(S&P\/?|FTSE\/?|MSCI|Dow Jones|STOXX|Stoxx|Solactive|Bloomberg)\s*/;
const entities = [];
const where = (cc) => (cc ? ` of ${countryName(cc)}` : '');
for (const b of byQid(read('central_bank'))) {
  entities.push({
    id: `wd:${b.id}`, name: b.name, type: 'agency',
    description: `${b.former ? 'Former central bank' : 'Central bank'}${where(b.cc)} (Wikidata).`,
    country: b.cc, ids: { wikidata: b.id }, prominence: b.former || !b.cc ? 0.15 : 0.4,
    cues: ['central bank', 'interest rate', 'rates', 'inflation', 'governor', 'monetary policy'],
  });
}
for (const r of byQid(read('regulator'))) {
  entities.push({
    id: `wd:${r.id}`, name: r.name, type: 'agency',
    description: `Financial regulator${where(r.cc)} (Wikidata).`,
    country: r.cc, ids: { wikidata: r.id }, prominence: r.former ? 0.12 : 0.3,
    cues: ['regulator', 'watchdog', 'fined', 'investigation', 'financial'],
  });
}
for (const x of byQid(read('exchange'))) {
  const named = /\b(Exchange|Bourse|Börse|Bolsa|Borsa|Bourses?)\b/i.test(x.name);
  entities.push({
    id: `wd:${x.id}`, name: x.name, type: 'other',
    description: `${x.former ? 'Former stock exchange' : named ? 'Stock exchange' : 'Trading venue'}${x.cc ? ` in ${countryName(x.cc)}` : ''} (Wikidata).`,
    country: x.cc, ids: { wikidata: x.id }, prominence: x.former ? 0.1 : named ? 0.3 : 0.08,
    cues: ['exchange', 'listed', 'listing', 'shares', 'trading', 'stock'],
  });
}
for (const i of byQid(read('index'))) {
  const short = i.name.replace(PROVIDER, '').replace(/\s+index$/i, '').trim();
  const on = [...i.exchanges].slice(0, 2).join(' and ');
  entities.push({
    id: `wd:${i.id}`, name: i.name, type: 'other',
    aliases: aliasesOf(i.name, [short.length >= 4 && /\s/.test(short) ? short : '', i.name.replace(/\s+index$/i, '')]),
    description: `Stock market index${i.cc && i.exchanges.size < 2 ? ` in ${countryName(i.cc)}` : ''}${on ? `, tracked on the ${on}` : ''} (Wikidata).`,
    country: i.exchanges.size < 2 ? i.cc : undefined, ids: { wikidata: i.id },
    prominence: logScale(i.rows, 1, 50, 0.2, 0.4),
    cues: ['index', 'shares', 'stocks', 'points', 'market', 'trading', 'investors', 'closed', 'fell', 'rose', 'equities'],
  });
}
writeBulk('markets', { label: 'Wikidata (markets)', name: 'Central banks, financial regulators, stock exchanges and indices of Wikidata (snapshot in carlospinto4p/unstructured_mapping)', version: `${REPO}@${COMMIT}:data/seed/wikidata`, licence: 'Wikidata CC0 1.0 (the repository carries no licence file; only Wikidata facts are taken)', url: 'https://www.wikidata.org/' }, entities);
