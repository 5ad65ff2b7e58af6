/**
 * Normalisation shared by the KB compiler, the linker and lookups, so that an alias and a page
 * mention that differ only in accents, case, quotes, dashes or British/American spelling meet
 * on the same key.
 */

const COMBINING = /[\u0300-\u036f]/g;
const NON_ASCII = /[^\x20-\x7e\t\n\r]/; // anything beyond printable ASCII

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
  if (word.length < 4) return word;
  // Fast exit: every rule below ends in one of these letters (this runs on every word of a page).
  const last = word.charCodeAt(word.length - 1);
  if (last !== 114 && last !== 101 && last !== 115 && last !== 110 && last !== 100 && last !== 109 && last !== 121) return word; // r e s n d m y
  const fixed = SPELLING_WORDS.get(word);
  if (fixed) return fixed;
  if (word.length >= 6 && word.endsWith('our')) return `${word.slice(0, -3)}or`;
  if (word.endsWith('tre') || word.endsWith('bre')) return `${word.slice(0, -2)}er`;
  if (word.endsWith('tres') || word.endsWith('bres')) return `${word.slice(0, -3)}ers`;
  if (word.length >= 8 && word.endsWith('isation')) return `${word.slice(0, -7)}ization`;
  if (word.length >= 9 && word.endsWith('isations')) return `${word.slice(0, -8)}izations`;
  return word;
}

const SPELLING_WORDS = new Map<string, string>(Object.entries({
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
  cosy: 'cozy',
}));

/** Folds one word to its matching key: no diacritics, lower case, American spelling. */
export function foldWord(word: string): string {
  return americanise(stripDiacritics(word).toLowerCase());
}

/**
 * Every lower-case spelling that folds to this (American) key: "labor" → labor, labour;
 * "center" → center, centre. Used to index a key under the spellings a page may use.
 */
export function spellingsOf(key: string): string[] {
  const out = [key];
  const candidates: string[] = [];
  for (const [british, american] of SPELLING_WORDS) if (american === key) candidates.push(british);
  if (key.endsWith('or')) candidates.push(`${key.slice(0, -2)}our`);
  if (key.endsWith('er')) candidates.push(`${key.slice(0, -2)}re`);
  if (key.endsWith('ers')) candidates.push(`${key.slice(0, -3)}res`);
  if (key.endsWith('ization')) candidates.push(`${key.slice(0, -7)}isation`);
  if (key.endsWith('izations')) candidates.push(`${key.slice(0, -8)}isations`);
  for (const c of candidates) if (americanise(c) === key && !out.includes(c)) out.push(c);
  return out;
}
