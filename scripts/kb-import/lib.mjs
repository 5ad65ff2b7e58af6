// Shared helpers of the bulk importers (scripts/kb-import/<source>.mjs): read a pinned source,
// compose card text from fields, write kb/bulk/<source>.ndjson.gz (one entity a line, in the
// same shape as kb/sources entries, after a header line naming the source and its licence).
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import countries from 'world-countries';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const BULK = join(ROOT, 'kb', 'bulk');

const byCode = new Map(countries.map((c) => [c.cca2, c]));
const byName = new Map();
for (const c of countries) {
  for (const n of [c.name.common, c.name.official, ...(c.altSpellings ?? [])]) byName.set(n.toLowerCase(), c.cca2);
  byName.set(c.cca3.toLowerCase(), c.cca2);
}
byName.set('uk', 'GB').set('turkey', 'TR').set('scotland', 'GB').set('wales', 'GB').set('england', 'GB').set('northern ireland', 'GB').set('united states of america', 'US').set('usa', 'US').set('russia', 'RU').set('south korea', 'KR');

/** Country names that read better with "the" ("in the United States"). */
const THE = /^(United|Czech|Dominican|Central African|Marshall|Solomon|Cayman|Bahamas|Gambia|Netherlands|Philippines|Comoros|Maldives|Seychelles|Vatican|Democratic|Republic)/;

/** "the United States", "Germany" or '' for an unknown code. */
export function countryName(cc) {
  const name = cc ? byCode.get(cc)?.name.common : undefined;
  if (!name) return '';
  return THE.test(name) ? `the ${name}` : name;
}

/** ISO alpha-2 of a country name, alpha-3 or alpha-2 code; undefined when unknown. */
export function countryCode(text) {
  if (!text) return undefined;
  const t = String(text).trim();
  if (/^[A-Z]{2}$/.test(t) && byCode.has(t)) return t;
  return byName.get(t.toLowerCase());
}

/** A text for a population or amount: 1.5 million, 230,000. */
export function roughNumber(n) {
  if (n >= 1e9) return `${(n / 1e9).toFixed(n >= 1e10 ? 0 : 1)} billion`;
  if (n >= 1e6) return `${(n / 1e6).toFixed(n >= 1e7 ? 0 : 1)} million`;
  return Math.round(n).toLocaleString('en-US');
}

/**
 * Prominence from a magnitude on a log scale: `low` maps to `floor`, `high` to `ceil`. Bulk
 * entities stay below the curated scale's top (0.9+ is for household names someone chose).
 */
export function logScale(value, low, high, floor = 0.05, ceil = 0.6) {
  if (!(value > 0)) return floor;
  const t = (Math.log10(value) - Math.log10(low)) / (Math.log10(high) - Math.log10(low));
  return Math.round((floor + Math.max(0, Math.min(1, t)) * (ceil - floor)) * 1000) / 1000;
}

/** Named HTML entities seen in scraped labels; numeric ones are decoded by code point. */
const ENTITIES = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>', nbsp: ' ', ndash: '–', mdash: '—' };
/** Unicode vulgar fractions, so Wikipedia's {{frac}} ("33+1⁄3") reads as printed ("33⅓"). */
const FRACTIONS = { '1/2': '½', '1/3': '⅓', '2/3': '⅔', '1/4': '¼', '3/4': '¾', '1/5': '⅕', '1/8': '⅛' };

/**
 * Text as a reader sees it, from a label scraped off the web: drops MediaWiki TemplateStyles CSS
 * (".mw-parser-output .frac{…}" blocks that leak into text copied from a rendered page), decodes
 * HTML entities once (a literal "&amp;amp;" stays "&amp;"), joins a {{frac}} mixed number whose
 * screen-reader "+" leaked ("33+1⁄3" → "33⅓") and collapses white space.
 */
export function cleanText(text) {
  return String(text)
    .replace(/(\.mw-parser-output\b[^{}]*\{[^{}]*\})+/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e) => {
      if (e[0] !== '#') return ENTITIES[e.toLowerCase()] ?? m;
      const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1));
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : m;
    })
    .replace(/(\d)\+(\d+)⁄(\d+)/g, (m, n, a, b) => `${n}${FRACTIONS[`${a}/${b}`] ?? ` ${a}/${b}`}`)
    .replace(/\s+/g, ' ')
    .trim();
}

/** Drops empty fields so a line stays short. */
export function clean(o) {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== null && v !== ''
    && !(Array.isArray(v) && v.length === 0) && !(typeof v === 'object' && !Array.isArray(v) && Object.keys(v).length === 0)));
}

/** Distinct aliases other than the name (case-insensitive), trimmed, real names only. */
export function aliasesOf(name, list) {
  const seen = new Set([name.toLowerCase()]);
  const out = [];
  for (const raw of list) {
    const a = typeof raw === 'string' ? raw.trim().replace(/\s+/g, ' ') : '';
    if (a.length < 2 || a.length > 120 || seen.has(a.toLowerCase())) continue;
    seen.add(a.toLowerCase());
    out.push(a);
  }
  return out;
}

/** Lower-case ASCII slug for ids. */
export const slug = (s) => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
  .replace(/&/g, ' and ').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');

/** A Wikidata QID or undefined. */
export const qid = (s) => (typeof s === 'string' && /^Q\d+$/.test(s.trim()) ? s.trim() : undefined);

/** `git show` of a file in a fetched mirror (the search tool's fetch), at a pinned commit. */
export function gitShow(gitDir, commit, path) {
  return execFileSync('git', ['--git-dir', gitDir, 'show', `${commit}:${path}`], { maxBuffer: 1 << 30 }).toString('utf8');
}

/** Paths under a folder of a mirror at a commit. */
export function gitList(gitDir, commit, folder) {
  return execFileSync('git', ['--git-dir', gitDir, 'ls-tree', '-r', '--name-only', commit, folder], { maxBuffer: 1 << 30 }).toString('utf8').split('\n').filter(Boolean);
}

/**
 * The mirror folder of a GitHub repository, or a clear error saying how to get it. `flag` names
 * the option that points it elsewhere (`--git-dir` for an importer's main repository; a second
 * one has its own, such as `--clubs-git-dir`).
 */
export function mirror(repo, argv = process.argv, flag = '--git-dir') {
  const at = argv.indexOf(flag);
  const dir = at > 0 ? argv[at + 1] : `/work/.mirror/${repo.replace('/', '+')}/repo`;
  if (!existsSync(dir)) throw new Error(`${repo}: no git mirror at ${dir}; clone it (git clone --bare https://github.com/${repo}) and pass --git-dir DIR`);
  // A snapshot may come as a work tree with its git directory inside.
  return existsSync(join(dir, '.git')) ? join(dir, '.git') : dir;
}

/** Unpacks an npm package at an exact version into a temp folder (npm pack) and returns its folder. */
export function npmPackage(spec, tmp) {
  mkdirSync(tmp, { recursive: true });
  const at = spec.lastIndexOf('@');
  const file = `${spec.slice(0, at).replace(/^@/, '').replace('/', '-')}-${spec.slice(at + 1)}.tgz`;
  if (!existsSync(join(tmp, file))) execFileSync('npm', ['pack', spec, '--silent'], { cwd: tmp, stdio: 'ignore' });
  execFileSync('tar', ['xzf', file, '-C', tmp], { cwd: tmp });
  return join(tmp, 'package');
}

/**
 * Writes kb/bulk/<name>.ndjson.gz: a header line `{"source": {...}}` then one entity a line,
 * sorted by id so a re-import of the same pin gives the same bytes.
 */
export function writeBulk(name, source, entities) {
  mkdirSync(BULK, { recursive: true });
  const seen = new Set();
  const rows = entities.filter((e) => !seen.has(e.id) && seen.add(e.id)).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const text = [JSON.stringify({ source }), ...rows.map((e) => JSON.stringify(clean(e)))].join('\n') + '\n';
  const file = join(BULK, `${name}.ndjson.gz`);
  writeFileSync(file, gzipSync(text, { level: 9 }));
  process.stdout.write(`${name}: ${rows.length} entities → ${file}\n`);
  return rows.length;
}
