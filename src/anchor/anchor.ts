/**
 * Re-finds a saved passage in a page's current text. Pages change after a highlight is saved
 * (ads, edits, live blogs), so the quote is the truth and the offsets only a hint:
 *   1. every exact occurrence of the quote, scored by context (prefix/suffix) and closeness to
 *      the hint; `how: 'position'` when the winner is exactly where the hint says, else 'exact';
 *   2. failing that, approximate matches (Myers' algorithm via approx-string-match, as
 *      Hypothesis does) within an error budget of half the quote, scored the same way plus
 *      the quote's own errors; the best above a threshold wins ('fuzzy');
 *   3. otherwise null: the passage is gone (an orphan).
 */
import search from 'approx-string-match';
import { distance } from 'fastest-levenshtein';
import type { HighlightSelectors } from '../export/model.ts';

export type AnchorHow = 'exact' | 'position' | 'fuzzy';
export interface Anchored {
  start: number;
  end: number;
  how: AnchorHow;
}

/** Hypothesis's weights: the quote matters most, its context next, the old offset only breaks ties. */
const WEIGHT = { quote: 50, prefix: 20, suffix: 20, position: 2 };
const MAX_SCORE = WEIGHT.quote + WEIGHT.prefix + WEIGHT.suffix + WEIGHT.position;
/** Below this normalised score a fuzzy match is more likely elsewhere than the passage moved. */
export const FUZZY_THRESHOLD = 0.65;
/** Enough exact occurrences to rank; a quote found more often than this is ranked among the first. */
const MAX_EXACT = 1000;

/** 0..1 similarity of two short strings (1 = identical); an empty expectation matches anything. */
function similarity(actual: string, expected: string): number {
  if (!expected) return 1;
  return 1 - distance(actual, expected) / Math.max(actual.length, expected.length);
}

interface Candidate {
  start: number;
  end: number;
  errors: number;
}

function scorer(text: string, selectors: HighlightSelectors) {
  const { exact, prefix, suffix } = selectors.quote;
  const hint = selectors.position?.start;
  return (c: Candidate): number => {
    const quoteScore = 1 - c.errors / exact.length;
    const prefixScore = similarity(text.slice(Math.max(0, c.start - prefix.length), c.start), prefix);
    const suffixScore = similarity(text.slice(c.end, c.end + suffix.length), suffix);
    const positionScore = hint === undefined || !text.length ? 1 : 1 - Math.abs(c.start - hint) / text.length;
    return (WEIGHT.quote * quoteScore + WEIGHT.prefix * prefixScore + WEIGHT.suffix * suffixScore
      + WEIGHT.position * positionScore) / MAX_SCORE;
  };
}

function best(candidates: Candidate[], score: (c: Candidate) => number): { c: Candidate; score: number } | null {
  let top: { c: Candidate; score: number } | null = null;
  for (const c of candidates) {
    const s = score(c);
    if (!top || s > top.score) top = { c, score: s };
  }
  return top;
}

function exactOccurrences(text: string, quote: string): Candidate[] {
  const out: Candidate[] = [];
  for (let at = text.indexOf(quote); at >= 0 && out.length < MAX_EXACT; at = text.indexOf(quote, at + 1)) {
    out.push({ start: at, end: at + quote.length, errors: 0 });
  }
  return out;
}

/** Finds the passage described by `selectors` in `text`, or null if it is no longer there. */
export function anchor(text: string, selectors: HighlightSelectors): Anchored | null {
  const quote = selectors.quote.exact;
  if (!quote || !text) return null;
  const score = scorer(text, selectors);
  const exact = best(exactOccurrences(text, quote), score);
  if (exact) {
    const { start, end } = exact.c;
    const p = selectors.position;
    return { start, end, how: p && p.start === start && p.end === end ? 'position' : 'exact' };
  }
  const budget = Math.min(256, Math.floor(quote.length / 2));
  const fuzzy = best(search(text, quote, budget), score);
  if (!fuzzy || fuzzy.score < FUZZY_THRESHOLD) return null;
  return { start: fuzzy.c.start, end: fuzzy.c.end, how: 'fuzzy' };
}
