/**
 * Whole news pages against their gold files (tests/fixtures/linking/pages/*.json): the page text
 * is extracted as the CLI and the extension read it (linkedom, src/text/extract.ts, the whole
 * body with its navigation, bylines, captions, lists and footer) and linked with the shipped KB.
 *
 * Each gold file lists every mention that must be linked, as [quote, entity name, count]; an
 * `acceptable` pair may add up to its count of further links (a debatable call, explained there);
 * anything else linked is a precision failure. `never` lists look-alikes, checked by name too.
 * Quotes are compared with white space folded: a source line break inside a name reads as spaces.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { annotateHtml, linkerFor } from '../../../src/cli/annotate-core.ts';
import { loadKb } from '../../../src/cli/load-kb.ts';
import type { Linker, Mention } from '../../../src/link/index.ts';

interface PageGold {
  page: string;
  mentions: [string, string, number][];
  acceptable: [string, string, number, string][];
  never: [string, string, string][];
}

const DIR = 'tests/fixtures/linking/pages';
const GOLDS = readdirSync(DIR).filter((f) => f.endsWith('.json')).sort();

const fold = (quote: string): string => quote.replace(/\s+/g, ' ');
const pairKey = (quote: string, entity: string): string => `${fold(quote)} → ${entity}`;

interface PageScore {
  missed: string[];
  extra: string[];
  required: number;
  found: number;
  linked: number;
  correct: number;
}

/** Compares a page's links with its gold: missing required mentions, links beyond gold and allowance. */
function scorePage(gold: PageGold, mentions: readonly Mention[]): PageScore {
  const linked = new Map<string, number>();
  for (const m of mentions) linked.set(pairKey(m.quote, m.entityName), (linked.get(pairKey(m.quote, m.entityName)) ?? 0) + 1);
  const required = new Map<string, number>();
  const allowed = new Map<string, number>();
  for (const [q, e, n] of gold.mentions) required.set(pairKey(q, e), (required.get(pairKey(q, e)) ?? 0) + n);
  for (const [q, e, n] of gold.acceptable) allowed.set(pairKey(q, e), (allowed.get(pairKey(q, e)) ?? 0) + n);
  const score: PageScore = { missed: [], extra: [], required: 0, found: 0, linked: mentions.length, correct: 0 };
  for (const [key, n] of required) {
    const got = linked.get(key) ?? 0;
    score.required += n;
    score.found += Math.min(n, got);
    if (got < n) score.missed.push(`${key} (${got}/${n})`);
  }
  for (const [key, got] of linked) {
    const limit = (required.get(key) ?? 0) + (allowed.get(key) ?? 0);
    score.correct += Math.min(got, limit);
    if (got > limit) score.extra.push(`${key} (${got}, at most ${limit})`);
  }
  return score;
}

const pct = (a: number, b: number): string => (b === 0 ? '100.0' : ((100 * a) / b).toFixed(1));

let linker: Linker;
let names: Set<string>;
beforeAll(async () => {
  const kb = await loadKb();
  linker = linkerFor(kb);
  names = new Set(kb.entities.map((e) => e.name));
}, 300_000); // the KB with its bulk layer: compiled when stale, and a 280,000-entity linker

describe.each(GOLDS)('news page %s', (file) => {
  const gold = JSON.parse(readFileSync(join(DIR, file), 'utf8')) as PageGold;
  let mentions: Mention[];
  let score: PageScore;
  beforeAll(() => {
    mentions = annotateHtml(linker, gold.page, readFileSync(join(DIR, gold.page), 'utf8')).mentions;
    score = scorePage(gold, mentions);
    const line = `${gold.page.padEnd(26)} recall ${pct(score.found, score.required)}% (${score.found}/${score.required})  precision ${pct(score.correct, score.linked)}% (${score.correct}/${score.linked})`;
    process.stdout.write(`${line}\n`);
  });

  it('names KB entities in its gold', () => {
    const pairs = [...gold.mentions, ...gold.acceptable];
    expect(pairs.filter(([, e]) => !names.has(e)).map(([q, e]) => `${q} → ${e}`)).toEqual([]);
  });
  it('links every gold mention', () => {
    expect(score.missed).toEqual([]);
  });
  it('links nothing beyond the gold and its acceptable links', () => {
    expect(score.extra).toEqual([]);
  });
  it('links no look-alike', () => {
    const bad = mentions.filter((m) => gold.never.some(([q, e]) => fold(m.quote) === q && (e === '*' || e === m.entityName)));
    expect(bad.map((m) => pairKey(m.quote, m.entityName))).toEqual([]);
  });
});
