/**
 * Keys under which spellings of one name meet: a transliteration key (romanisation variants),
 * a phonetic key (sound-alike spellings) and an edit distance for the last check.
 */
import { doubleMetaphone } from 'double-metaphone';
import { distance } from 'fastest-levenshtein';
import { americanise, stripDiacritics } from '../text/normalize.ts';
import { F_ASCII, type TokenList } from '../text/tokens.ts';
import { GIVEN_NAME_GROUPS } from './lexicon.ts';
import { WEIGHTS as W } from './weights.ts';

/**
 * Letters with which Czech, Slovak, Polish, Baltic and South Slavic spellings write a Slavic
 * sound that English romanises with two (Šojgu, Ždanov, Čechov): folding only the accent away
 * would lose the h (Sojgu), so they are spelt out first.
 */
const DIGRAPHS: Record<string, string> = { š: 'sh', ž: 'zh', č: 'ch', ć: 'ch', ż: 'zh', ś: 'sh' };
const HAS_DIGRAPH = /[šžčćżś]/i;

/** Folded key of a name token: the token's key, with Slavic háček letters romanised as English does. */
export function nameKey(tokens: TokenList, i: number): string {
  const token = tokens.get(i);
  if ((tokens.flags[i] as number) & F_ASCII) return token.key;
  const original = tokens.text.slice(token.start, token.end);
  if (!HAS_DIGRAPH.test(original)) return token.key;
  const spelt = original.toLowerCase().replace(/[šžčćżś]/g, (c) => DIGRAPHS[c] ?? c);
  return americanise(stripDiacritics(spelt).replace(/[^\p{L}\p{N}]/gu, ''));
}

/**
 * Transliteration key of one folded name word: romanisation choices (kh/h, ks/x, y/i/j,
 * -sky/-ski, doubled letters, inner vowels, Ukrainian h and Russian g) collapse, so Zelensky and
 * Zelenskyy meet. So loose, it also joins different names (Scholz/Schulz, Rutte/Ritt, Hill/Gill):
 * see `romanKey`.
 */
export function translitKey(word: string): string {
  return memo(TRANSLIT, word, (w) => {
    // Russian writes g for the Ukrainian h (Shmygal/Shmyhal, Olga/Olha); h in a digraph stays.
    const roman = romanKey(w).replace(/(^|[^sczktgp])h/g, '$1g');
    return (roman[0] ?? '') + roman.slice(1).replace(/[aeiou]/g, '');
  });
}

/**
 * The transliteration key with its vowels kept: spellings of one name in another romanisation
 * (Zelenskyy/Zelenski, Shoygu/Shoigu, Zaharova/Zakharova, Poutine/Putin) meet here, while names a
 * vowel apart (Scholz/Schulz) do not.
 */
export function romanKey(word: string): string {
  return memo(ROMAN, word, computeRomanKey);
}

const TRANSLIT = new Map<string, string>();
const ROMAN = new Map<string, string>();
const PHONETIC = new Map<string, string>();

/** Keys of the same word are asked for again and again on a page: remember them (bounded). */
function memo(cache: Map<string, string>, word: string, compute: (w: string) => string): string {
  let key = cache.get(word);
  if (key === undefined) {
    if (cache.size > 20_000) cache.clear();
    key = compute(word);
    cache.set(word, key);
  }
  return key;
}

function computeRomanKey(word: string): string {
  return word
    // German, Polish and South Slavic write an initial ye as je (Jermak, Jelena, Jewgeni); before
    // a vowel je is another sound (Korean Jeon, Jeong), so only je + consonant is folded.
    .replace(/^ye|^je(?=[^aeiou])/, 'e')
    .replace(/^yu|^iu/, 'u')
    .replace(/^ya|^ia/, 'a')
    .replace(/kh/g, 'h')
    // A hard c is k (Marc/Mark, Victor/Viktor, Nicolai/Nikolai); before e, i, y it is soft, and
    // ch, cz and cc are other sounds. A c from ts (below) is made after this, so it stays ts.
    .replace(/c(?![ceiyhz])/g, 'k')
    .replace(/ks/g, 'x')
    .replace(/ph/g, 'f')
    .replace(/ck/g, 'k')
    .replace(/zh/g, 'j')
    .replace(/sch/g, 'sh') // German spelling of the same sound: Schoigu, Schmyhal
    .replace(/(ts|tz)/g, 'c')
    .replace(/w/g, 'v')
    .replace(/(.)ou/g, '$1u') // French spelling of u: Poutine, Choïgou
    .replace(/(iy|ii|yi|y|ij)$/g, 'i')
    .replace(/[yj]/g, 'i')
    .replace(/(.)\1+/g, '$1')
    .replace(/(.)e$/, '$1'); // a silent French or German final e: Poutine, Rutte/Rutt
}

/** Given-name groups by the transliteration key of each member: Volodimir meets Volodymyr and Vladimir. */
const GIVEN_GROUP = new Map<string, string>();
/** Each listed spelling's own group: keys of two groups can collide (Julia, Ilya), a member cannot. */
const MEMBER_GROUP = new Map<string, string>();
for (const group of GIVEN_NAME_GROUPS) {
  const [first] = group.split(' ');
  for (const name of group.split(' ')) {
    GIVEN_GROUP.set(translitKey(name), first as string);
    MEMBER_GROUP.set(name, first as string);
  }
}

/** Key under which romanisations of one given name meet. */
export function givenNameKey(word: string): string {
  const member = MEMBER_GROUP.get(word);
  if (member !== undefined) return member;
  const key = translitKey(word);
  return GIVEN_GROUP.get(key) ?? key;
}

/**
 * Lookup keys of a person's surname (transliteration and sound), for a name of two or more
 * folded words without digits; [] for anything else.
 */
export function surnameKeysOf(words: readonly string[]): string[] {
  const surname = words[words.length - 1] as string;
  if (words.length < 2 || /\d/.test(words.join(''))) return [];
  return [`t:${translitKey(surname)}`, `p:${phoneticKey(surname)}`];
}

/**
 * Primary Double Metaphone code of a folded word. A final j after a vowel is the German, Polish
 * and Czech way to write the English y (Selenskyj, Sergej, Nikolaj), so it is read as one; a
 * final z after l, n or r is German for the ts sound a translation spells out (Merz/Mertz).
 * The same sound is no proof of the same name (Mertz is a surname too): surnameSimilarity keeps
 * such a pair below ROMANISATION, so it links only with evidence of who is meant.
 */
export function phoneticKey(word: string): string {
  return memo(PHONETIC, word, (w) => doubleMetaphone(w.replace(/([aeiouy])j$/, '$1i').replace(/([lnr])z$/, '$1tz'))[0]);
}

/** Whether two folded given names are the same name in another romanisation. */
export function sameGivenName(a: string, b: string): boolean {
  if (a === b) return true;
  return givenNameKey(a) === givenNameKey(b) && (sameEnding(a, b) || (MEMBER_GROUP.has(a) && MEMBER_GROUP.has(b)));
}

/** Maria and Mario share a skeleton but not a person: the endings must agree (i and y, c and k count as one). */
function sameEnding(a: string, b: string): boolean {
  const end = (w: string): string => w.slice(-1).replace(/[yj]/, 'i').replace('c', 'k');
  return end(a) === end(b);
}

/**
 * Whether two words start alike: the same letter, or letters a translation confuses that sound
 * the same (Butin/Putin from Arabic, which has no p; Fladimir/Vladimir; Kameron/Cameron).
 */
function sameInitialSound(a: string, b: string): boolean {
  return a[0] === b[0] || (phoneticKey(a) === phoneticKey(b) && /^[^aeiouy]/.test(a) && /^[^aeiouy]/.test(b));
}

/**
 * Whether two given names sound alike though neither romanisation table nor key joins them
 * (Fladimir/Vladimir, Emanuel/Emmanuel): same sound, at most two letters apart.
 */
export function soundAlikeGivenName(a: string, b: string): boolean {
  if (a.length < 4 || b.length < 4 || !sameEnding(a, b) || distance(a, b) > 2) return false;
  return sameInitialSound(a, b) && phoneticKey(a) === phoneticKey(b);
}

/** Similarity at and above which a surname is the known one in another romanisation, not merely alike. */
export const ROMANISATION = W.surnameRomanisation;

/**
 * Whether a surname on the page is a plausible garble of a known surname: another romanisation
 * (ROMANISATION), the same consonants with other vowels, or the same sound with few edits and
 * the same first sound. Below ROMANISATION it may as well be someone else's name (Schulz, Ritt).
 */
export function surnameSimilarity(page: string, known: string): number {
  if (page === known) return 1;
  if (romanKey(page) === romanKey(known)) return ROMANISATION;
  if (translitKey(page) === translitKey(known)) return W.surnameTransliteration;
  if (!sameInitialSound(page, known) || known.length < 4) return 0;
  const edits = distance(page, known);
  const sameSound = phoneticKey(page) === phoneticKey(known);
  if (sameSound && edits <= 2) return edits === 1 ? W.surnameSoundOneEdit : W.surnameSoundTwoEdits;
  if (edits === 1 && known.length >= 6) return W.surnameOneEdit;
  return 0;
}
