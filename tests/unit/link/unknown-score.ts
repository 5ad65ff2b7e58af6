/**
 * Scores name detection (KB links and unknown names together) against a golden news page
 * (tests/fixtures/news/*.json, format in tests/fixtures/news/README.md): how many of the spans a reader
 * would want a card for are marked, and which marks fall on ordinary words.
 */
import type { NewsGold } from './news-gold.ts';

export type { GoldName, NewsGold } from './news-gold.ts';

/** A mark on the page: a KB link or an unknown name, by its quote. */
export interface Mark {
  quote: string;
  unknown: boolean;
}

export interface DetectionScore {
  /** Occurrences the gold lists, and how many of them are marked. */
  expected: number;
  found: number;
  /** Gold quotes marked fewer times than they occur: `quote (marked/expected)`. */
  missed: string[];
  /** Marks over a `never` string: ordinary words marked. */
  never: string[];
  /** Unknown-name marks the gold does not list, made only of ordinary words. */
  ordinary: string[];
  /** Other marks the gold does not list (names the gold leaves out, or a wrong span). */
  extra: string[];
}

const fold = (text: string): string => text.replace(/\s+/g, ' ').trim();
const words = (text: string): string[] => text.toLowerCase().split(/[^\p{L}\p{N}'’-]+/u).filter(Boolean);
const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Compares the marks of one page with its gold; occurrences of one quote are pooled across entries. */
export function scoreDetection(gold: NewsGold, marks: readonly Mark[], isOrdinary: (word: string) => boolean): DetectionScore {
  const wanted = new Map<string, number>();
  for (const n of gold.names) wanted.set(fold(n.quote), (wanted.get(fold(n.quote)) ?? 0) + n.count);
  const marked = new Map<string, number>();
  for (const m of marks) marked.set(fold(m.quote), (marked.get(fold(m.quote)) ?? 0) + 1);
  const score: DetectionScore = { expected: 0, found: 0, missed: [], never: [], ordinary: [], extra: [] };
  for (const [quote, n] of wanted) {
    const got = marked.get(quote) ?? 0;
    score.expected += n;
    score.found += Math.min(n, got);
    if (got < n) score.missed.push(`${quote} (${got}/${n})`);
  }
  for (const m of marks) {
    const quote = fold(m.quote);
    // A mark that is itself a name the gold lists ("Reform UK") is right even if it holds a never word ("Reform").
    const hit = wanted.has(quote) ? undefined : gold.never.find(([never]) => new RegExp(`(?<![\\p{L}\\p{N}])${escape(fold(never))}(?![\\p{L}\\p{N}])`, 'u').test(quote));
    if (hit) score.never.push(`${quote} (never: ${hit[0]})`);
    else if (!wanted.has(quote) && m.unknown && words(quote).every(isOrdinary)) score.ordinary.push(quote);
    else if (!wanted.has(quote)) score.extra.push(quote);
  }
  return score;
}
