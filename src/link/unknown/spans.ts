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
/** "Carer's Allowance", "Traders' Association": a possessive inside a name. */
const POSSESSIVE_GAP = /^(?:['’]s|['’])[ \t\u00a0]+$/;

/** Whether token `i` may be a word of a name: capitalised, no digits, not inside a KB mention. */
export function nameWord(tokens: TokenList, covered: Uint8Array, i: number): boolean {
  const flags = tokens.flags[i] as number;
  return (flags & F_CAP) !== 0 && (flags & F_DIGIT) === 0 && covered[i] === 0;
}

/**
 * Whether the gap before token `i` (i > 0) can sit inside a name. A possessive joins only before
 * an ordinary word ("Tomorrow's Warriors", "St Winifred's Primary School"), not before another
 * name ("Arsenal's Bukayo Saka": two names).
 */
function joins(tokens: TokenList, i: number, ordinary: (i: number) => boolean): boolean {
  const gap = tokens.text.slice(tokens.end[i - 1] as number, tokens.start[i] as number);
  if (JOINING_GAP.test(gap)) return true;
  if (POSSESSIVE_GAP.test(gap)) return ordinaryRest(tokens, i, ordinary);
  if (!INITIAL_GAP.test(gap)) return false;
  const prev = tokens.get(i - 1);
  return (prev.raw.length === 1 && prev.cap) || PERSON_TITLES.has(prev.key);
}

/** Token `i` and the capitalised words joined to it by spaces are all ordinary words ("Primary School", not "Tom Hendry"). */
function ordinaryRest(tokens: TokenList, i: number, ordinary: (i: number) => boolean): boolean {
  for (let k = i; k < tokens.length && tokens.cap(k); k++) {
    if (!ordinary(k)) return false;
    if (k + 1 < tokens.length && !/^[ \t\u00a0]+$/.test(tokens.text.slice(tokens.end[k] as number, tokens.start[k + 1] as number))) break;
  }
  return true;
}

/** Every maximal run of name words on the text, in order. `ordinary(i)`: token `i` is an ordinary word. */
export function findRuns(tokens: TokenList, covered: Uint8Array, ordinary: (i: number) => boolean = () => false): Run[] {
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
      if (to < tokens.length && nameWord(tokens, covered, to) && joins(tokens, to, ordinary)) {
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
