#!/usr/bin/env node
// Listed companies of JerBouma/FinanceDatabase (MIT) → kb/bulk/finance.ndjson.gz.
// database/equities/<exchange>.csv at COMMIT; the US exchanges' files (NMS, NYQ) are over the
// mirror's 4 MiB limit, so US companies come from the per-industry JSON of OLD_COMMIT.
// One entity per company (name + country), from its biggest listing; prominence from the
// market-cap class. Card text is composed from the fields (the source's summaries are not used).
// Usage: node scripts/kb-import/finance.mjs [--git-dir DIR]
import { tsImport } from 'tsx/esm/api';
import { aliasesOf, countryCode, countryName, gitList, gitShow, mirror, slug, writeBulk } from './lib.mjs';

const REPO = 'JerBouma/FinanceDatabase';
const COMMIT = '268be5d29898a12dbd6b1f006a0deb55b81a5a29';
const OLD_COMMIT = '6ebd228aadac8718383f501f979146c495a983eb';
const CAP = { 'Mega Cap': 0.6, 'Large Cap': 0.45, 'Mid Cap': 0.3, 'Small Cap': 0.18, 'Micro Cap': 0.1, 'Nano Cap': 0.05 };
/** Legal forms a company is also called without ("Aalberts N.V." → "Aalberts"). */
const LEGAL = /,?\s+(Inc\.?|Incorporated|Corp\.?|Corporation|Co\.,? Ltd\.?|Company|Co\.|Ltd\.?|Limited|plc|PLC|N\.V\.|NV|AG|SE|S\.A\.?|SA|S\.p\.A\.|SpA|A\/S|ASA|AB(\s*\(publ\))?|Oyj|GmbH|KGaA|Holdings?|Group|Aktiengesellschaft|Bhd\.?|Berhad|Tbk\.?|PJSC|OJSC|JSC|S\.A\.B\. de C\.V\.|L\.P\.|LP|LLC|Ltda\.?|K\.K\.)$/;
const MARKETS = { NMS: 'Nasdaq', NGM: 'Nasdaq', NCM: 'Nasdaq', NYQ: 'NYSE', ASE: 'NYSE American', PNK: 'OTC markets', BTS: 'Cboe BZX' };
const { parseCsv } = await tsImport('../../src/kb/csv.ts', import.meta.url);

function shortName(name) {
  let s = name;
  for (let i = 0; i < 3; i++) s = s.replace(LEGAL, '').replace(/[,\s]+$/, '');
  s = s.replace(/^The\s+/, '');
  return s !== name && s.length >= 2 ? s : undefined;
}

function describe(r, cc) {
  const kind = r.industry ? `${r.industry} company` : r.sector ? `${r.sector} company` : 'Company';
  const where = [r.city, countryName(cc)].filter(Boolean).join(', ');
  const market = MARKETS[r.market] ?? MARKETS[r.exchange] ?? r.market ?? r.exchange;
  const listing = market ? `; listed on ${market} (${r.symbol})` : '';
  const cap = r.market_cap ? `; ${r.market_cap.toLowerCase()}` : '';
  return `${kind}${where ? ` headquartered in ${where}` : ''}${listing}${cap} (FinanceDatabase).`;
}

const dir = mirror(REPO);
const rows = [];
for (const path of gitList(dir, COMMIT, 'database/equities')) {
  if (!path.endsWith('.csv')) continue;
  let text;
  try {
    text = gitShow(dir, COMMIT, path);
  } catch {
    process.stderr.write(`finance: ${path} absent from the mirror (large file); skipped\n`);
    continue;
  }
  const [header, ...records] = parseCsv(text).records.map((r) => r.fields);
  for (const fields of records) rows.push(Object.fromEntries(header.map((h, i) => [h, fields[i] ?? ''])));
}
for (const path of gitList(dir, OLD_COMMIT, 'Database/Equities/Countries/United States')) {
  if (!path.endsWith('.json') || path.split('/').pop().startsWith('_') || path.split('/').length < 6) continue;
  let data;
  try {
    data = JSON.parse(gitShow(dir, OLD_COMMIT, path));
  } catch {
    continue;
  }
  for (const [symbol, r] of Object.entries(data)) rows.push({ ...r, symbol, name: r.long_name, market: r.exchange });
}
/** The listing that speaks for a company: its market-cap class, then a home listing (no exchange suffix), then one with an ISIN. */
const rank = (r) => (CAP[r.market_cap] ?? 0) * 4 + (String(r.symbol).includes('.') ? 0 : 2) + (r.isin ? 1 : 0);
const best = new Map();
for (const r of rows) {
  // "Boeing Company (The)" is The Boeing Company.
  const name = (r.name ?? '').trim().replace(/^(.*) \(The\)$/, 'The $1');
  if (!name || !r.sector || r.delisted === 'True' || /%|\d{2}\/\d{2}|\bwarrant|\bpreferred\b|\bnotes? due\b|\bETF\b|\bFund\b/i.test(name)) continue;
  const cc = countryCode(r.country);
  const key = `${slug(name)}|${cc ?? ''}`;
  const seen = best.get(key);
  if (!seen || rank(r) > rank(seen)) best.set(key, { ...r, cc, name });
}
// One entity per ISIN too: a company listed abroad is often filed under the listing's country.
const byIsin = new Map();
for (const r of best.values()) {
  const seen = r.isin ? byIsin.get(r.isin) : undefined;
  if (!seen || rank(r) > rank(seen) || (rank(r) === rank(seen) && r.isin.startsWith(r.cc ?? '?'))) byIsin.set(r.isin || `${r.name}|${r.cc}`, r);
}
const entities = [...byIsin.values()].map((r) => ({
  id: `fdb:${slug(r.name)}${r.cc ? `-${r.cc.toLowerCase()}` : ''}`,
  name: r.name,
  type: 'company',
  aliases: aliasesOf(r.name, [shortName(r.name)]),
  description: describe(r, r.cc),
  country: r.cc,
  ids: { ticker: r.symbol, isin: r.isin || undefined, figi: r.composite_figi || r.figi || undefined },
  prominence: CAP[r.market_cap] ?? 0.04,
}));
writeBulk('finance', { label: 'FinanceDatabase', name: 'FinanceDatabase equities', version: `${REPO}@${COMMIT} (US: ${OLD_COMMIT})`, licence: 'MIT', url: 'https://github.com/JerBouma/FinanceDatabase' }, entities);
