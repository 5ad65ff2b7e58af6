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

/** One bit per entity type, and per word hash the bits of the types it is a cue of. */
const TYPE_BITS = Object.fromEntries(Object.keys(TYPE_CUE_SETS).map((type, n) => [type, 1 << n])) as Record<IndexEntity['type'], number>;
const TYPE_MASKS = new Map<number, number>();
for (const [type, hashes] of Object.entries(TYPE_CUE_SETS)) {
  for (const h of hashes) TYPE_MASKS.set(h, (TYPE_MASKS.get(h) ?? 0) | (TYPE_BITS[type as IndexEntity['type']] as number));
}

/** Hashes of the words that say what kind of thing `type` is. */
export const typeCueHashes = (type: IndexEntity['type']): ReadonlySet<number> => TYPE_CUE_SETS[type];

export class PageContext {
  /** Sentence number of each token. */
  readonly sentenceOf: Int32Array;
  /** First token index of each sentence. */
  readonly sentenceStarts: number[] = [];
  /** Country codes named on the page (by name or demonym), with counts. */
  readonly countries = new Map<string, number>();
  /** Sum of `countries`' counts, kept as they are added: every alias candidate asks for a share. */
  private countryTotal = 0;
  /** Hashes already counted by the current `cueHits` call (a scratch buffer: that runs per candidate). */
  private seen: Int32Array = new Int32Array(16);
  /** Country codes named per sentence. */
  readonly sentenceCountries = new Map<number, Set<string>>();
  /** Tokens that name a country (by name or demonym) → its code: "the Ukrainian Zelensky" is no one's given name. */
  readonly countryTokens = new Map<number, string>();
  /** Per sentence, whether most of its words are capitalised (a Title Case headline), computed when asked. */
  private readonly titleCase = new Map<number, boolean>();
  private lowerWords: Set<number> | null = null;
  /** Per token, the types whose cue word it is (TYPE_BITS), computed when first asked: one look-up per token, not per candidate. */
  private typeMasks: Uint32Array | null = null;
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
    const s = this.sentenceOf[i] ?? 0;
    const from = this.sentenceStarts[Math.max(0, s - 1)] ?? 0;
    const to = this.sentenceStarts[s + 1] ?? this.tokens.length;
    const hashes = this.tokens.hash;
    let hits = 0;
    for (let k = from; k < to; k++) {
      if (k >= skipFrom && k < skipTo) continue;
      const hash = hashes[k] as number;
      if (!words.has(hash) || (skipCountries && this.countryTokens.has(k)) || this.counted(hash, hits)) continue;
      if (hits === this.seen.length) this.seen = growInts(this.seen);
      this.seen[hits++] = hash;
    }
    return hits;
  }

  /** Whether `hash` is among the first `n` hashes of the scratch buffer (a cue counts once). */
  private counted(hash: number, n: number): boolean {
    for (let j = 0; j < n; j++) if (this.seen[j] === hash) return true;
    return false;
  }

  /** Type-cue words for `type` near token `i`: `cueHits` with the type's cue words, read from the per-token masks. */
  typeCueHits(type: IndexEntity['type'], i: number, skipFrom = i, skipTo = i + 1): number {
    const bit = TYPE_BITS[type] ?? 0;
    const masks = (this.typeMasks ??= this.maskTokens());
    const s = this.sentenceOf[i] ?? 0;
    const from = this.sentenceStarts[Math.max(0, s - 1)] ?? 0;
    const to = this.sentenceStarts[s + 1] ?? this.tokens.length;
    let hits = 0;
    for (let k = from; k < to; k++) {
      if ((k >= skipFrom && k < skipTo) || !((masks[k] as number) & bit)) continue;
      const hash = this.tokens.hash[k] as number;
      if (this.counted(hash, hits)) continue;
      if (hits === this.seen.length) this.seen = growInts(this.seen);
      this.seen[hits++] = hash;
    }
    return hits;
  }

  private maskTokens(): Uint32Array {
    const masks = new Uint32Array(this.tokens.length);
    for (let k = 0; k < masks.length; k++) masks[k] = TYPE_MASKS.get(this.tokens.hash[k] as number) ?? 0;
    return masks;
  }

  addCountry(code: string, tokenIndex: number): void {
    this.countries.set(code, (this.countries.get(code) ?? 0) + 1);
    this.countryTotal += 1;
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
    const total = this.countryTotal;
    return total === 0 ? 0 : (this.countries.get(code) ?? 0) / total;
  }
}

/** A copy of `a` twice as long. */
function growInts(a: Int32Array): Int32Array {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
}
