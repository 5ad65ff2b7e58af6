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

const WORD = /[\p{L}\p{N}\p{M}\u00AD]+/gu;
const APOSTROPHE = /^['’´`ʼ]$/;
const SENTENCE_END = /[.!?…]["'”’»)\]]*(\s|$)/;
const LINE_BREAK_HYPHEN = /^[-\u2010\u00AD]\s*\n\s*$/;
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;
const DIGIT = /\p{N}/u;

const foldCache = new Map<string, string>();

function fold(raw: string): string {
  let key = foldCache.get(raw);
  if (key === undefined) {
    key = americanise(raw.replace(/\u00AD/g, '').toLowerCase());
    if (foldCache.size > 50_000) foldCache.clear();
    foldCache.set(raw, key);
  }
  return key;
}

const ABBREVIATIONS = new Set(['mr', 'mrs', 'ms', 'dr', 'st', 'gen', 'lt', 'col', 'sgt', 'prof', 'rep', 'sen', 'gov', 'jr', 'sr', 'vs', 'no', 'maj', 'capt', 'rev', 'hon']);

/** Whether a gap after `prev` ends a sentence: ". " does, except after an initial or an abbreviation. */
function endsSentence(prev: Token | undefined, gap: string): boolean {
  if (!prev) return true;
  if (gap.includes('\n')) return true;
  if (!SENTENCE_END.test(gap)) return false;
  if (gap.startsWith('.')) {
    const initials = prev.upper ? prev.end - prev.start > prev.raw.length : prev.raw.length === 1 && prev.cap;
    if (initials || (prev.raw.length === 1 && prev.cap) || ABBREVIATIONS.has(prev.key)) return false;
  }
  return true;
}

function makeToken(text: string, start: number, end: number, prev: Token | undefined): Token {
  const prevEnd = prev ? prev.end : 0;
  const original = text.slice(start, end);
  const raw = stripDiacritics(original).replace(/\u00AD/g, '');
  const first = original[0] ?? '';
  const gap = text.slice(prevEnd, start);
  return {
    start,
    end,
    key: fold(raw),
    raw,
    cap: UPPER.test(first) || DIGIT.test(first),
    upper: raw.length >= 2 && !LOWER.test(raw) && UPPER.test(raw),
    digit: DIGIT.test(raw),
    sentenceStart: endsSentence(prev, gap),
    gap,
  };
}

/** Splits text into word tokens, folding possessives, dotted initials and line-break hyphenation. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  let prevEnd = 0;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    const last = out[out.length - 1];
    const gap = text.slice(prevEnd, start);
    if (last && mergeInto(last, text, start, end, gap)) {
      prevEnd = end;
      continue;
    }
    out.push(makeToken(text, start, end, last));
    prevEnd = end;
  }
  return out;
}

/** Folds a token into the previous one when they are one word in disguise; returns true if merged. */
function mergeInto(last: Token, text: string, start: number, end: number, gap: string): boolean {
  const word = text.slice(start, end);
  if ((word === 's' || word === 'S') && APOSTROPHE.test(gap)) return true; // possessive: Britain's
  if (LINE_BREAK_HYPHEN.test(gap) && LOWER.test(word[0] ?? '')) {
    // secu-\nrity: a word broken at a line end.
    last.end = end;
    last.raw += stripDiacritics(word);
    last.key = fold(last.raw);
    return true;
  }
  if (gap === '.' && word.length === 1 && UPPER.test(word) && isInitials(last)) {
    // U.S. / D.C.: dotted initials read as one acronym.
    last.end = end;
    last.raw += word;
    last.key = fold(last.raw);
    last.upper = true;
    return true;
  }
  return false;
}

function isInitials(token: Token): boolean {
  return /^\p{Lu}+$/u.test(token.raw) && token.end - token.start === token.raw.length + (token.raw.length - 1);
}

/** The matching key of a whole name, as the tokenizer sees it: "Washington, D.C." → "washington dc". */
export function nameKey(text: string): string {
  return tokenize(text)
    .map((t) => t.key)
    .join(' ');
}
