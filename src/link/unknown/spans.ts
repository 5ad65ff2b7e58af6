/**
 * Candidate name spans: runs of capitalised words joined by plain spaces, hyphens, apostrophes,
 * initials' full stops and name particles ("Bank of England", "J. K. Rowling", "O'Brien",
 * "Smith-Jones"). Tokens inside a KB mention are never part of a run.
 */
import { F_CAP, F_DIGIT, type TokenList } from '../../text/tokens.ts';
import { CONNECTORS, PERSON_TITLES } from './words.ts';

/** A run of tokens [from, to). */
export interface Run {
  from: number;
  to: number;
}

const JOINING_GAP = /^(?:[ \t\u00a0]+|-|['’]|[ \t\u00a0]*&[ \t\u00a0]*)$/;
const INITIAL_GAP = /^\.[ \t\u00a0]*$/;

/** Whether token `i` may be a word of a name: capitalised, no digits, not inside a KB mention. */
export function nameWord(tokens: TokenList, covered: Uint8Array, i: number): boolean {
  const flags = tokens.flags[i] as number;
  return (flags & F_CAP) !== 0 && (flags & F_DIGIT) === 0 && covered[i] === 0;
}

/** Whether the gap before token `i` (i > 0) can sit inside a name. */
function joins(tokens: TokenList, i: number): boolean {
  const gap = tokens.text.slice(tokens.end[i - 1] as number, tokens.start[i] as number);
  if (JOINING_GAP.test(gap)) return true;
  if (!INITIAL_GAP.test(gap)) return false;
  const prev = tokens.get(i - 1);
  return (prev.raw.length === 1 && prev.cap) || PERSON_TITLES.has(prev.key);
}

/** Every maximal run of name words on the text, in order. */
export function findRuns(tokens: TokenList, covered: Uint8Array): Run[] {
  const runs: Run[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!nameWord(tokens, covered, i)) {
      i += 1;
      continue;
    }
    const from = i;
    let to = i + 1;
    for (;;) {
      if (to < tokens.length && nameWord(tokens, covered, to) && joins(tokens, to)) {
        to += 1;
        continue;
      }
      // A particle between two name words: "Bank of England", "Ursula von der Leyen".
      let k = to;
      while (k < tokens.length && k - to < 2 && covered[k] === 0 && !tokens.cap(k) && CONNECTORS.has(tokens.get(k).key) && tokens.blankBefore(k)) k += 1;
      if (k > to && k < tokens.length && nameWord(tokens, covered, k) && tokens.blankBefore(k)) {
        to = k + 1;
        continue;
      }
      break;
    }
    runs.push({ from, to });
    i = to;
  }
  return runs;
}
