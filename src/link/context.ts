/**
 * What the page says around a mention: sentence words, countries in play, entities already
 * linked. Disambiguation and the gating of variant matches read it.
 */
import { F_CAP, F_SENTENCE, hashWord, type TokenList } from '../text/tokens.ts';
import { spellingsOf } from '../text/normalize.ts';
import type { IndexEntity } from './linker-index.ts';
import { TYPE_CUES } from './lexicon.ts';
import { WEIGHTS as W } from './weights.ts';

/** Hashes of words in every spelling a page may use, for comparison with page tokens. */
export function wordHashes(words: readonly string[]): Set<number> {
  const out = new Set<number>();
  for (const w of words) for (const spelling of spellingsOf(w)) out.add(hashWord(spelling));
  return out;
}

const TYPE_CUE_SETS = Object.fromEntries(Object.entries(TYPE_CUES).map(([k, v]) => [k, wordHashes(v)])) as Record<IndexEntity['type'], Set<number>>;

/** Hashes of the words that say what kind of thing `type` is. */
export const typeCueHashes = (type: IndexEntity['type']): ReadonlySet<number> => TYPE_CUE_SETS[type];

export class PageContext {
  /** Sentence number of each token. */
  readonly sentenceOf: Int32Array;
  /** First token index of each sentence. */
  readonly sentenceStarts: number[] = [];
  /** Country codes named on the page (by name or demonym), with counts. */
  readonly countries = new Map<string, number>();
  /** Country codes named per sentence. */
  readonly sentenceCountries = new Map<number, Set<string>>();
  /** Tokens that name a country (by name or demonym) → its code: "the Ukrainian Zelensky" is no one's given name. */
  readonly countryTokens = new Map<number, string>();
  /** Per sentence, whether most of its words are capitalised (a Title Case headline), computed when asked. */
  private readonly titleCase = new Map<number, boolean>();
  private lowerWords: Set<number> | null = null;
  /** Entities linked with confidence so far, with counts. */
  readonly linked = new Map<number, number>();

  constructor(readonly tokens: TokenList) {
    this.sentenceOf = new Int32Array(tokens.length);
    let sentence = -1;
    for (let i = 0; i < tokens.length; i++) {
      if ((tokens.flags[i] as number) & F_SENTENCE || i === 0) {
        sentence += 1;
        this.sentenceStarts.push(i);
      }
      this.sentenceOf[i] = sentence;
    }
  }

  /** Token index range [from, to) of the sentence holding token `i`, widened by `extra` sentences before. */
  sentenceSpan(i: number, extra = 0): [number, number] {
    const s = this.sentenceOf[i] ?? 0;
    const from = this.sentenceStarts[Math.max(0, s - extra)] ?? 0;
    const to = this.sentenceStarts[s + 1] ?? this.tokens.length;
    return [from, to];
  }

  /**
   * Counts how many of `words` occur in the sentence of token `i` (and the one before), outside
   * [skipFrom, skipTo); with `skipCountries`, words naming a country do not count.
   */
  cueHits(i: number, words: ReadonlySet<number>, skipFrom = i, skipTo = i + 1, skipCountries = false): number {
    if (words.size === 0) return 0;
    const [from, to] = this.sentenceSpan(i, 1);
    let hits = 0;
    let seen: Set<number> | null = null;
    for (let k = from; k < to; k++) {
      if ((k >= skipFrom && k < skipTo) || (skipCountries && this.countryTokens.has(k))) continue;
      const hash = this.tokens.hash[k] as number;
      if (!words.has(hash) || seen?.has(hash)) continue;
      (seen ??= new Set()).add(hash);
      hits += 1;
    }
    return hits;
  }

  /** Type-cue words for `type` near token `i`. */
  typeCueHits(type: IndexEntity['type'], i: number, skipFrom?: number, skipTo?: number): number {
    return this.cueHits(i, TYPE_CUE_SETS[type], skipFrom, skipTo);
  }

  addCountry(code: string, tokenIndex: number): void {
    this.countries.set(code, (this.countries.get(code) ?? 0) + 1);
    this.countryTokens.set(tokenIndex, code);
    const s = this.sentenceOf[tokenIndex] ?? 0;
    let set = this.sentenceCountries.get(s);
    if (!set) this.sentenceCountries.set(s, (set = new Set()));
    set.add(code);
  }

  /**
   * Whether the sentence of token `i` is set in Title Case ("Zelensky Meets Biden In Washington"):
   * there a capital says nothing about a name, as at a sentence start.
   */
  isTitleCase(i: number): boolean {
    const s = this.sentenceOf[i] ?? 0;
    let known = this.titleCase.get(s);
    if (known === undefined) {
      const [from, to] = this.sentenceSpan(i);
      let caps = 0;
      for (let k = from; k < to; k++) if ((this.tokens.flags[k] as number) & F_CAP) caps += 1;
      known = to - from >= W.titleCaseWords && caps >= W.titleCaseShare * (to - from);
      this.titleCase.set(s, known);
    }
    return known;
  }

  /** Hashes of the words this page writes in lower case somewhere: "Will" in "Will Britain…" is a word here. */
  lowerCaseWords(): ReadonlySet<number> {
    if (!this.lowerWords) {
      this.lowerWords = new Set();
      for (let i = 0; i < this.tokens.length; i++) if (!this.tokens.cap(i)) this.lowerWords.add(this.tokens.hash[i] as number);
    }
    return this.lowerWords;
  }

  /**
   * A place of country `code` named at token `i` ("in Zaporozhye", "in Kharkiv"): the country is
   * in play in that sentence, though not named, so it neither counts in the page's share nor
   * qualifies the next word as a country name would.
   */
  addPlaceCountry(code: string, tokenIndex: number): void {
    const s = this.sentenceOf[tokenIndex] ?? 0;
    let set = this.sentenceCountries.get(s);
    if (!set) this.sentenceCountries.set(s, (set = new Set()));
    set.add(code);
  }

  /** Whether `code` is named in the sentence of token `i` or the one before. */
  countryNear(code: string, i: number): boolean {
    const s = this.sentenceOf[i] ?? 0;
    return !!(this.sentenceCountries.get(s)?.has(code) || this.sentenceCountries.get(s - 1)?.has(code));
  }

  /** Share of country mentions on the page that name `code` (0..1). */
  countryShare(code: string): number {
    let total = 0;
    for (const n of this.countries.values()) total += n;
    return total === 0 ? 0 : (this.countries.get(code) ?? 0) / total;
  }
}
