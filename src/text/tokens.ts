/**
 * Word tokens with offsets into the original text. Aliases and page text go through the same
 * tokenizer, so matching compares token keys and maps results straight back to offsets.
 */
import { americanise, stripDiacritics } from './normalize.ts';

export interface Token {
  /** Offsets into the original text; `end` excludes a possessive "'s". */
  start: number;
  end: number;
  /** Folded key: no diacritics, lower case, American spelling, soft hyphens removed. */
  key: string;
  /** The original characters without diacritics (case kept), for case-sensitive aliases. */
  raw: string;
  /** Starts with an upper-case letter (or a digit). */
  cap: boolean;
  /** Two or more letters, all upper case ("NCSC", "APT29"). */
  upper: boolean;
  /** Contains a digit. */
  digit: boolean;
  /** First token of a sentence or block: capitalisation there says nothing about names. */
  sentenceStart: boolean;
  /** Characters between the previous token and this one. */
  gap: string;
}

const APOSTROPHE = /^['’´`ʼ]$/;
const LINE_BREAK_HYPHEN = /^[-\u2010\u00AD]\s*\n\s*$/;
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;
const WORD_CHAR = /[\p{L}\p{N}\p{M}\u00AD]/u;
const ABBREVIATIONS = new Set(['mr', 'mrs', 'ms', 'dr', 'st', 'gen', 'lt', 'col', 'sgt', 'prof', 'rep', 'sen', 'gov', 'jr', 'sr', 'vs', 'no', 'maj', 'capt', 'rev', 'hon']);

/** Character classes by code unit: 0 unknown (not yet tested), 1 separator, 2 ASCII word, 3 other word. */
const CLASS = new Uint8Array(0x10000);
for (let c = 0; c < 128; c++) {
  const letterOrDigit = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  CLASS[c] = letterOrDigit ? 2 : 1;
}
for (let c = 0xd800; c < 0xe000; c++) CLASS[c] = 1; // astral characters (emoji) separate words

function charClass(code: number): number {
  let k = CLASS[code] as number;
  if (k === 0) {
    k = WORD_CHAR.test(String.fromCharCode(code)) ? 3 : 1;
    CLASS[code] = k;
  }
  return k;
}

function isCapital(code: number, ch: string): boolean {
  if (code < 128) return (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  return UPPER.test(ch) || /\p{N}/u.test(ch);
}

/** Token flags, a bit each. */
export const F_CAP = 1;
export const F_UPPER = 2;
export const F_DIGIT = 4;
export const F_SENTENCE = 8;
/** Only ASCII characters: key and raw text need no folding of accents. */
export const F_ASCII = 16;
const F_MERGED = 32;

const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 16777619;
/** Hashes are kept to 30 bits so V8 stores them as small integers (no heap numbers in maps). */
const SMI_MASK = 0x3fffffff;

/**
 * Hash of a word's letters in lower case without diacritics (not respelt): what the scanner
 * computes for each page token without allocating a string.
 */
export function hashWord(lower: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < lower.length; i++) h = Math.imul(h ^ lower.charCodeAt(i), FNV_PRIME);
  return h & SMI_MASK;
}

/**
 * The tokens of a text as parallel typed arrays (offsets, hashes, flags), with Token objects
 * made only for the few tokens a stage looks at closely. A page has hundreds of thousands of
 * words; allocating an object and strings for each is what made linking slow.
 */
export class TokenList {
  length = 0;
  start: Int32Array;
  end: Int32Array;
  hash: Int32Array;
  flags: Uint8Array;
  /**
   * Materialised tokens by index (a small share of a page's words, but asked for again and
   * again): an array, made when first needed, with no holes so it stays in fast mode.
   */
  private cache: (Token | undefined)[] = [];

  constructor(readonly text: string) {
    const capacity = Math.max(16, (text.length >> 2) + 8);
    this.start = new Int32Array(capacity);
    this.end = new Int32Array(capacity);
    this.hash = new Int32Array(capacity);
    this.flags = new Uint8Array(capacity);
  }

  push(start: number, end: number, hash: number, flags: number): void {
    if (this.length === this.start.length) this.grow();
    const i = this.length++;
    this.start[i] = start;
    this.end[i] = end;
    this.hash[i] = hash & SMI_MASK;
    this.flags[i] = flags;
  }

  private grow(): void {
    const size = this.start.length * 2;
    const copy = <T extends Int32Array | Uint8Array>(a: T, make: (n: number) => T): T => {
      const b = make(size);
      b.set(a);
      return b;
    };
    this.start = copy(this.start, (n) => new Int32Array(n));
    this.end = copy(this.end, (n) => new Int32Array(n));
    this.hash = copy(this.hash, (n) => new Int32Array(n));
    this.flags = copy(this.flags, (n) => new Uint8Array(n));
  }

  /** Whether token `i` starts with a capital (or digit). */
  cap(i: number): boolean {
    return ((this.flags[i] as number) & F_CAP) !== 0;
  }

  /**
   * Whether token `i` follows a plain word space: spaces or tabs only. A run counts as one, as
   * a reader sees it: extracted page text keeps a source line wrap as a run of spaces.
   */
  spaceBefore(i: number): boolean {
    const gapStart = i > 0 ? (this.end[i - 1] as number) : 0;
    const start = this.start[i] as number;
    if (start - gapStart === 1) return this.text.charCodeAt(gapStart) === 32;
    for (let k = gapStart; k < start; k++) {
      const c = this.text.charCodeAt(k);
      if (c !== 32 && c !== 9) return false;
    }
    return start > gapStart;
  }

  /** Whether only white space (and no line break) separates token `i` from the one before. */
  blankBefore(i: number): boolean {
    const from = i > 0 ? (this.end[i - 1] as number) : 0;
    for (let k = from; k < (this.start[i] as number); k++) {
      const c = this.text.charCodeAt(k);
      if (c !== 32 && c !== 9 && c !== 0xa0) return false;
    }
    return true;
  }

  /** The token as an object (made once, then cached). */
  get(i: number): Token {
    const cache = this.cache;
    if (i < cache.length) {
      const cached = cache[i];
      if (cached) return cached;
    } else if (i >= 0) {
      const from = cache.length;
      cache.length = Math.max(this.start.length, i + 1);
      cache.fill(undefined, from);
    }
    const start = this.start[i] as number;
    const end = this.end[i] as number;
    const flags = this.flags[i] as number;
    let raw = this.text.slice(start, end);
    if (!(flags & F_ASCII)) raw = stripDiacritics(raw).replace(/\u00AD/g, '');
    if (flags & F_MERGED) raw = raw.replace(/[^\p{L}\p{N}\p{M}]/gu, '');
    const token = new PageToken(this.text, i > 0 ? (this.end[i - 1] as number) : 0, start, end, americanise(raw.toLowerCase()), raw, flags);
    if (i >= 0) cache[i] = token;
    return token;
  }

  /** Drops the cached object of token `i` after a merge changed it. */
  invalidate(i: number): void {
    if (i < this.cache.length) this.cache[i] = undefined;
  }
}

/** A materialised token; its gap is cut from the text only when asked for (most stages never ask). */
class PageToken implements Token {
  readonly cap: boolean;
  readonly upper: boolean;
  readonly digit: boolean;
  readonly sentenceStart: boolean;
  private gapText: string | undefined;

  constructor(
    private readonly text: string,
    private readonly gapStart: number,
    readonly start: number,
    readonly end: number,
    readonly key: string,
    readonly raw: string,
    flags: number,
  ) {
    this.cap = (flags & F_CAP) !== 0;
    this.upper = (flags & F_UPPER) !== 0;
    this.digit = (flags & F_DIGIT) !== 0;
    this.sentenceStart = (flags & F_SENTENCE) !== 0;
  }

  get gap(): string {
    return (this.gapText ??= this.text.slice(this.gapStart, this.start));
  }
}

const GAP_NONE = 0;
const GAP_END = 1;
const GAP_LINE = 2;
/** `\s` of a regular expression. */
const isSpace = (c: number): boolean =>
  (c >= 9 && c <= 13) || c === 32 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
const isEnder = (c: number): boolean => c === 46 || c === 33 || c === 63 || c === 0x2026; // . ! ? …
const isCloser = (c: number): boolean => c === 0x22 || c === 0x27 || c === 0x201d || c === 0x2019 || c === 0xbb || c === 0x29 || c === 0x5d; // " ' ” ’ » ) ]

/**
 * What the gap text[from, to) holds: a line break (GAP_LINE), else a sentence end (GAP_END: what
 * /[.!?…]["'”’»)\]]*(\s|$)/ finds), else neither. Read by character: it runs for every gap on a page that is not a single space.
 */
function gapEnd(text: string, from: number, to: number): number {
  let ends = false;
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === 10) return GAP_LINE;
    if (ends || !isEnder(c)) continue;
    let j = k + 1;
    while (j < to && isCloser(text.charCodeAt(j))) j += 1;
    ends = j === to || isSpace(text.charCodeAt(j));
  }
  return ends ? GAP_END : GAP_NONE;
}

/** Whether the gap before a token ends a sentence: ". " does, except after an initial or an abbreviation. */
function sentenceBreak(list: TokenList, gapStart: number, start: number): boolean {
  const i = list.length - 1;
  if (i < 0) return true;
  if (start - gapStart === 1 && list.text.charCodeAt(gapStart) === 32) return false;
  const end = gapEnd(list.text, gapStart, start);
  if (end === GAP_LINE) return true;
  if (end === GAP_NONE) return false;
  if (list.text.charCodeAt(gapStart) === 46) {
    const prev = list.get(i);
    const initials = prev.upper ? prev.end - prev.start > prev.raw.length : prev.raw.length === 1 && prev.cap;
    if (initials || ABBREVIATIONS.has(prev.key)) return false;
  }
  return true;
}

/** Folds a word into the previous token when they are one word in disguise; returns true if merged. */
function mergeInto(list: TokenList, start: number, end: number): boolean {
  const i = list.length - 1;
  if (i < 0) return false;
  const text = list.text;
  const prevEnd = list.end[i] as number;
  const gapLength = start - prevEnd;
  if (end - start === 1 && gapLength === 1) {
    const word = text[start] as string;
    const gap = text[prevEnd] as string;
    if ((word === 's' || word === 'S') && APOSTROPHE.test(gap)) return true; // possessive: Britain's
    if (gap === '.' && UPPER.test(word) && isInitials(list, i)) {
      // U.S. / D.C.: dotted initials read as one acronym.
      extend(list, i, end);
      list.flags[i] = (list.flags[i] as number) | F_UPPER | F_MERGED;
      return true;
    }
  }
  if (gapLength > 1 && LINE_BREAK_HYPHEN.test(text.slice(prevEnd, start)) && LOWER.test(text[start] ?? '')) {
    // secu-\nrity: a word broken at a line end.
    extend(list, i, end);
    list.flags[i] = (list.flags[i] as number) | F_MERGED;
    return true;
  }
  return false;
}

function extend(list: TokenList, i: number, end: number): void {
  list.end[i] = end;
  const letters = stripDiacritics(list.text.slice(list.start[i] as number, end)).replace(/[^\p{L}\p{N}\p{M}]/gu, '');
  list.hash[i] = hashWord(letters.toLowerCase());
  list.invalidate(i);
}

function isInitials(list: TokenList, i: number): boolean {
  const t = list.get(i);
  return /^\p{Lu}+$/u.test(t.raw) && t.end - t.start === t.raw.length + (t.raw.length - 1);
}

/** Scans a non-ASCII word the slow way: diacritics off, then the same hash as an ASCII word. */
function slowWord(text: string, start: number, end: number): { hash: number; flags: number } {
  const original = text.slice(start, end);
  const raw = stripDiacritics(original).replace(/\u00AD/g, '');
  let flags = 0;
  if (isCapital(text.charCodeAt(start), original[0] ?? '')) flags |= F_CAP;
  if (/\p{N}/u.test(raw)) flags |= F_DIGIT;
  if ((flags & F_CAP) && raw.length >= 2 && !LOWER.test(raw) && UPPER.test(raw)) flags |= F_UPPER;
  return { hash: hashWord(raw.toLowerCase()), flags };
}

/**
 * Splits text into word tokens, folding possessives, dotted initials and line-break
 * hyphenation. A hand-rolled scanner: it runs over every character of every page.
 */
export function scanTokens(text: string): TokenList {
  const list = new TokenList(text);
  const n = text.length;
  let i = 0;
  let gapStart = 0;
  while (i < n) {
    let code = text.charCodeAt(i);
    let k = code < 128 ? (CLASS[code] as number) : charClass(code);
    if (k === 1) {
      i += 1;
      continue;
    }
    const start = i;
    let hash = FNV_OFFSET;
    let ascii = true;
    let digit = false;
    let lower = false;
    let upper = false;
    while (i < n) {
      code = text.charCodeAt(i);
      k = code < 128 ? (CLASS[code] as number) : charClass(code);
      if (k === 1) break;
      if (k === 3) ascii = false;
      else if (code <= 57) digit = true;
      else if (code <= 90) {
        upper = true;
        code += 32;
      } else lower = true;
      hash = Math.imul(hash ^ code, FNV_PRIME);
      i += 1;
    }
    let flags: number;
    if (ascii) {
      const first = text.charCodeAt(start);
      flags = F_ASCII | (digit ? F_DIGIT : 0) | ((first >= 65 && first <= 90) || (first >= 48 && first <= 57) ? F_CAP : 0);
      if (upper && !lower && i - start >= 2 && flags & F_CAP) flags |= F_UPPER;
    } else ({ hash, flags } = slowWord(text, start, i));
    if (mergeInto(list, start, i)) {
      gapStart = i;
      continue;
    }
    if (sentenceBreak(list, gapStart, start)) flags |= F_SENTENCE;
    list.push(start, i, hash, flags);
    gapStart = i;
  }
  return list;
}

/** Tokens as objects: for short texts such as aliases. */
export function tokenize(text: string): Token[] {
  const list = scanTokens(text);
  return Array.from({ length: list.length }, (_, i) => list.get(i));
}
