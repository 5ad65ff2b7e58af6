/**
 * Stage 1: every alias of the KB found in the text, in one pass over the tokens (a hash lookup
 * on each token's key, then a comparison of the following tokens), on word boundaries.
 */
import { hashWord, type Token, type TokenList } from '../text/tokens.ts';
import { CASE_SENSITIVE, CLAUSE_MARKS, CONTEXT_DEPENDENT, CONTEXT_ONLY, LOWER_START, PRIMARY } from './linker-index.ts';
import { ONE_WORD } from './first-token.ts';
import type { IndexLayer } from './layers.ts';
import type { PackedIndex } from './packed-index.ts';
import type { Candidate } from './state.ts';
import { WEIGHTS as W } from './weights.ts';

/** The aliases of every layer, read from each packed index's first-token table and alias columns. */
export interface AliasTable {
  layers: readonly IndexLayer[];
}

export function buildAliasTable(layers: readonly IndexLayer[]): AliasTable {
  return { layers };
}

/** Whether `keys` (folded words, space-joined) is a name or alias of an entity in the table. */
export function hasAliasKey(table: AliasTable, keys: string): boolean {
  const words = keys.split(' ');
  const hash = hashWord(words[0] as string);
  return table.layers.some(({ index }) => {
    const ids = index.byFirstToken.get(hash);
    return !!ids && ids.some((id) => index.aliasKeys(id).join(' ') === keys);
  });
}

/** Whether a word starts with a capital letter (ASCII read by code, the rest by the Unicode class). */
function startsUpper(word: string): boolean {
  const c = word.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : /^\p{Lu}/u.test(word);
}

/** Whether the text's letter case fits the alias: exact case for case-sensitive aliases, capitals where the name has them. */
function caseFits(index: PackedIndex, alias: number, tokens: TokenList, at: number): boolean {
  const flags = index.aliasFlags[alias] as number;
  if (!(flags & LOWER_START) && !tokens.cap(at)) return false;
  const raw = index.aliasRaw(alias);
  for (let k = 0; k < raw.length; k++) {
    const token = tokens.get(at + k);
    const want = raw[k] as string;
    if (flags & CASE_SENSITIVE) {
      if (token.raw !== want) return false;
    } else if (startsUpper(want) && !token.cap && !(k === 0 && flags & LOWER_START)) {
      return false;
    }
  }
  return true;
}

/** Whether the text spells the alias as the alias does (case aside), not only after folding (labour/labor). */
function sameSpelling(raw: readonly string[], tokens: TokenList, at: number): boolean {
  return raw.every((word, k) => word.toLowerCase() === tokens.get(at + k).raw.toLowerCase());
}


/** Base confidence of an alias match before context. */
export function aliasBase(flags: number, length: number): number {
  if (flags & CONTEXT_DEPENDENT) return W.aliasContextDependent;
  if (flags & PRIMARY) return W.aliasPrimary;
  if (flags & CASE_SENSITIVE && length <= W.aliasShortLength) return W.aliasShortCaseSensitive;
  return W.aliasOther;
}

/** All alias occurrences, overlapping ones included; the resolver chooses among them. */
export function findAliasCandidates(table: AliasTable, tokens: TokenList): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    for (const layer of table.layers) findAt(layer, tokens, i, out);
  }
  return out;
}

/** How an alias matched at a position: what every alias of the same spelling and case flags shares. */
interface Match {
  /** Tokens covered; 0 when the alias does not match there. */
  length: number;
  respelt: boolean;
  skipArticle: 0 | 1;
  /** Whether a gap inside the match holds a clause mark (then the alias's punctuation decided). */
  clauseGap: boolean;
}

const NO_MATCH: Match = { length: 0, respelt: false, skipArticle: 0, clauseGap: false };

/** The flags a match depends on (caseFits); the others only change the candidate made from it. */
const MATCH_FLAGS = CASE_SENSITIVE | LOWER_START;

/** The run of `column[from, to)` (ascending) equal to `value`, as [start, end). */
function runOf(column: Int32Array, from: number, to: number, value: number): [number, number] {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((column[mid] as number) < value) lo = mid + 1;
    else hi = mid;
  }
  let stop = lo;
  while (stop < to && column[stop] === value) stop++;
  return [lo, stop];
}

/**
 * The aliases of one layer that start at token `i`, from its first-word list (first-token.ts):
 * the one-word aliases, the two-word ones whose second word is the next page word, and the
 * longer ones whose second and third words are the next two, each run found by a binary search.
 * The runs are in alias order; they are merged so that candidates come in alias order, as from
 * one list. Namesakes' aliases of one spelling sit side by side ("National" of dozens of registry
 * bodies): an alias with the previous one's raw bytes and case flags matches as it did (a key is a
 * function of the raw words: linker-index.ts), without decoding.
 */
function findAt(layer: IndexLayer, tokens: TokenList, i: number, out: Candidate[]): void {
  const { index } = layer;
  const table = index.byFirstToken;
  const entry = table.entryOf(tokens.hash[i] as number);
  if (entry < 0) return;
  const aliases = table.values;
  const end = table.starts[entry + 1] as number;
  const oneRun = runOf(index.firstTokenSeconds, table.starts[entry] as number, end, ONE_WORD);
  let one = oneRun[0];
  const oneEnd = oneRun[1];
  let [two, twoEnd] = [end, end];
  let [three, threeEnd] = [end, end];
  if (i + 1 < tokens.length && oneEnd < end) {
    const [pair, pairEnd] = runOf(index.firstTokenSeconds, oneEnd, end, tokens.hash[i + 1] as number);
    [two, twoEnd] = runOf(index.firstTokenThirds, pair, pairEnd, ONE_WORD);
    if (i + 2 < tokens.length && twoEnd < pairEnd) [three, threeEnd] = runOf(index.firstTokenThirds, twoEnd, pairEnd, tokens.hash[i + 2] as number);
  }
  let last = -1;
  let match = NO_MATCH;
  for (;;) {
    // The smallest alias at the head of the three runs.
    let id = 0x7fffffff;
    if (one < oneEnd) id = aliases[one] as number;
    if (two < twoEnd && (aliases[two] as number) < id) id = aliases[two] as number;
    if (three < threeEnd && (aliases[three] as number) < id) id = aliases[three] as number;
    if (id === 0x7fffffff) return;
    if (one < oneEnd && aliases[one] === id) one++;
    else if (two < twoEnd && aliases[two] === id) two++;
    else three++;
    if (!(last >= 0 && sameMatch(index, id, last, match))) match = matchAt(layer, tokens, i, id);
    last = id;
    if (match.length > 0) out.push(candidateOf(layer, tokens, i, id, match));
  }
}

/** Whether alias `id` matches where alias `last` did, as `match` says: same raw bytes, same case flags, same punctuation where a gap needs it. */
function sameMatch(index: PackedIndex, id: number, last: number, match: Match): boolean {
  const flags = index.aliasFlags;
  if ((((flags[id] as number) ^ (flags[last] as number)) & MATCH_FLAGS) !== 0 || !index.sameRaw(id, last)) return false;
  return !match.clauseGap || index.isPunctuated(id) === index.isPunctuated(last);
}

/** How alias `id` matches the words at `i` (their hashes agreed). */
function matchAt({ index }: IndexLayer, tokens: TokenList, i: number, id: number): Match {
  // A name written with a capital needs one on the page (caseFits): read from the flags before any word is decoded.
  if (!((index.aliasFlags[id] as number) & LOWER_START) && !tokens.cap(i)) return NO_MATCH;
  const keys = index.aliasKeys(id);
  if (i + keys.length > tokens.length) return NO_MATCH;
  if (tokens.get(i).key !== keys[0]) return NO_MATCH;
  let clauseGap = false;
  for (let k = 1; k < keys.length; k++) {
    const next: Token = tokens.get(i + k);
    if (next.key !== keys[k] || next.gap.includes('\n')) return NO_MATCH;
    if (CLAUSE_MARKS.test(next.gap)) {
      clauseGap = true;
      if (!index.isPunctuated(id)) return { ...NO_MATCH, clauseGap };
    }
  }
  if (!caseFits(index, id, tokens, i)) return { ...NO_MATCH, clauseGap };
  const raw = index.aliasRaw(id);
  // "the Kremlin": the article is part of the alias but not of the name a reader sees, even
  // capitalised at a sentence start ("The White House said"). "The Dukes" spells it as part of the name.
  const skipArticle = keys.length > 1 && raw[0] === 'the' ? 1 : 0;
  return { length: keys.length, respelt: keys.length > 0 && !sameSpelling(raw, tokens, i), skipArticle, clauseGap };
}

function candidateOf({ index, entityShift }: IndexLayer, tokens: TokenList, i: number, id: number, match: Match): Candidate {
  const flags = index.aliasFlags[id] as number;
  return {
    from: i + match.skipArticle,
    to: i + match.length,
    entity: entityShift + (index.aliasEntity[id] as number),
    how: match.respelt ? 'variant' : flags & PRIMARY ? 'exact' : 'alias',
    confidence: aliasBase(flags, tokens.get(i).raw.length),
    flags,
  };
}

export const isContextOnly = (c: Candidate): boolean => (c.flags & CONTEXT_ONLY) !== 0;
export const isContextDependent = (c: Candidate): boolean => (c.flags & CONTEXT_DEPENDENT) !== 0;
