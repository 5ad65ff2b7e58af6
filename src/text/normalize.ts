/**
 * Normalisation shared by the KB compiler, the linker and lookups, so that an alias and a page
 * mention that differ only in accents, case, quotes, dashes or British/American spelling meet
 * on the same key.
 */

const COMBINING = /[\u0300-\u036f]/g;
const NON_ASCII = /[^\u0000-\u007f]/;

/** Letters that NFKD does not decompose but that readers treat as plain Latin letters. */
const SPECIAL_LETTERS: Record<string, string> = {
  ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', đ: 'd', ł: 'l', þ: 'th', ı: 'i', Æ: 'AE', Œ: 'OE', Ø: 'O', Đ: 'D', Ł: 'L',
};

/** Removes diacritics and compatibility forms, keeping letter case: "Zürich" → "Zurich". */
export function stripDiacritics(text: string): string {
  if (!NON_ASCII.test(text)) return text;
  return text
    .normalize('NFKD')
    .replace(COMBINING, '')
    .replace(/[ßæœøđłþıÆŒØĐŁ]/g, (c) => SPECIAL_LETTERS[c] ?? c);
}

/**
 * British → American spelling for one lower-case word, applied to aliases and text alike
 * (so over-normalising is harmless): centre/center, labour/labor, organisation/organization.
 */
export function americanise(word: string): string {
  if (word.length < 5) return word;
  const fixed = SPELLING_WORDS[word];
  if (fixed) return fixed;
  if (word.length >= 6 && word.endsWith('our')) return `${word.slice(0, -3)}or`;
  if (word.endsWith('tre') || word.endsWith('bre')) return `${word.slice(0, -2)}er`;
  if (word.endsWith('tres') || word.endsWith('bres')) return `${word.slice(0, -3)}ers`;
  if (word.length >= 8 && word.endsWith('isation')) return `${word.slice(0, -7)}ization`;
  if (word.length >= 9 && word.endsWith('isations')) return `${word.slice(0, -8)}izations`;
  return word;
}

const SPELLING_WORDS: Record<string, string> = {
  defence: 'defense',
  offence: 'offense',
  licence: 'license',
  programme: 'program',
  programmes: 'programs',
  catalogue: 'catalog',
  analyse: 'analyze',
  organise: 'organize',
  organised: 'organized',
  recognise: 'recognize',
  recognised: 'recognized',
  jewellery: 'jewelry',
  aluminium: 'aluminum',
};

/** Folds one word to its matching key: no diacritics, lower case, American spelling. */
export function foldWord(word: string): string {
  return americanise(stripDiacritics(word).toLowerCase());
}
