/**
 * The page as the unknown-name detector sees it: tokens, which ones a KB mention covers, which
 * words are ordinary, and which lines are Title Case chrome (headings, navigation, buttons).
 */
import { F_CAP, F_SENTENCE, scanTokens, type TokenList } from '../../text/tokens.ts';
import { wordHashes } from '../context.ts';
import { CALENDAR_WORDS, FUNCTION_WORDS, SENTENCE_ADVERBS } from '../lexicon.ts';
import type { LinkedSpan, UnknownOptions } from './types.ts';
import { CONNECTORS } from './words.ts';

export interface PageView {
  tokens: TokenList;
  /** 1 where a KB mention covers the token. */
  covered: Uint8Array;
  /** An ordinary word: built-in function words, the page's own lower-case words, the common-word list. */
  ordinary(i: number): boolean;
  /** A word of a KB-linked name on this page ("Starmer" once "Keir Starmer" is linked). */
  knownPart(i: number): boolean;
  /** Token `i` sits on a line whose words are all capitalised: a heading or page chrome. */
  heading(i: number): boolean;
  sentenceStart(i: number): boolean;
}

function coverage(tokens: TokenList, linked: readonly LinkedSpan[]): Uint8Array {
  const covered = new Uint8Array(tokens.length);
  const spans = [...linked].sort((a, b) => a.start - b.start);
  let s = 0;
  for (let i = 0; i < tokens.length; i++) {
    const start = tokens.start[i] as number;
    const end = tokens.end[i] as number;
    while (s < spans.length && (spans[s] as LinkedSpan).end <= start) s += 1;
    for (let k = s; k < spans.length && (spans[k] as LinkedSpan).start < end; k++) {
      if ((spans[k] as LinkedSpan).end > start) covered[i] = 1;
    }
  }
  return covered;
}

/** Words a Title Case line may keep in lower case ("of", "and", "about"), as token hashes. */
const SMALL_WORDS = wordHashes([...FUNCTION_WORDS, ...CONNECTORS]);

/**
 * Marks the tokens of lines where every word of four letters or more (but particles) is
 * capitalised. Reads flags and hashes only: it runs over every token of the page.
 */
function headingLines(tokens: TokenList): Uint8Array {
  const heading = new Uint8Array(tokens.length);
  let lineStart = 0;
  const close = (end: number): void => {
    let words = 0;
    for (let k = lineStart; k < end; k++) {
      if ((tokens.end[k] as number) - (tokens.start[k] as number) < 4 || SMALL_WORDS.has(tokens.hash[k] as number)) continue;
      // "Play-offs" in a Title Case line: a word after a hyphen keeps its lower case.
      if (!tokens.cap(k) && tokens.text.charCodeAt((tokens.start[k] as number) - 1) !== 45) return;
      words += 1;
    }
    // A line of capitalised words: two long ones, or any two without a full stop ("Contact Us").
    const tail = tokens.text.slice(tokens.start[lineStart] as number, (tokens.end[end - 1] as number) + 2);
    if (words >= 2 || (end - lineStart >= 2 && !/[.!?…"”]\s*$/.test(tail))) heading.fill(1, lineStart, end);
  };
  for (let i = 1; i <= tokens.length; i++) {
    if (i === tokens.length || tokens.text.slice(tokens.end[i - 1] as number, tokens.start[i] as number).includes('\n')) {
      close(i);
      lineStart = i;
    }
  }
  return heading;
}

/** Builds the view of `text` with its KB mentions. */
export function pageView(text: string, linked: readonly LinkedSpan[], options: UnknownOptions): PageView {
  const tokens = scanTokens(text);
  const covered = coverage(tokens, linked);
  const lowerHashes = new Set<number>();
  const partKeys = new Set<string>();
  for (let i = 0; i < tokens.length; i++) {
    const flags = tokens.flags[i] as number;
    if (!(flags & F_CAP)) lowerHashes.add(tokens.hash[i] as number);
    else if (covered[i]) partKeys.add(tokens.get(i).key);
  }
  const heading = headingLines(tokens);
  const ordinaryMemo = new Uint8Array(tokens.length);
  const builtIn = (key: string): boolean => FUNCTION_WORDS.has(key) || SENTENCE_ADVERBS.has(key) || CALENDAR_WORDS.has(key);
  return {
    tokens,
    covered,
    ordinary: (i) => {
      // Asked several times per candidate word: answered once (0 unknown, 1 no, 2 yes).
      let known = ordinaryMemo[i] as number;
      if (known === 0) {
        const key = tokens.get(i).key;
        known = builtIn(key) || lowerHashes.has(tokens.hash[i] as number) || (options.isOrdinary?.(key) ?? false) ? 2 : 1;
        ordinaryMemo[i] = known;
      }
      return known === 2;
    },
    knownPart: (i) => partKeys.has(tokens.get(i).key),
    heading: (i) => heading[i] === 1,
    sentenceStart: (i) => ((tokens.flags[i] as number) & F_SENTENCE) !== 0,
  };
}
