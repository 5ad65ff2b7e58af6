/**
 * The full personal names on a page (linked, or two capitalised words of someone we do not know)
 * and the bare surnames that may refer back to them: the look-ups of stage 5 (`coreference.ts`).
 */
import { F_CAP, F_DIGIT, F_SENTENCE, F_UPPER, hashWord, type TokenList } from '../text/tokens.ts';
import { CALENDAR_WORDS, FUNCTION_WORDS, NAME_PARTICLES, SENTENCE_ADVERBS, TITLE_WORDS } from './lexicon.ts';
import { nameKey, phoneticKey, surnameSimilarity, translitKey } from './name-keys.ts';
import type { PersonTable } from './person-names.ts';
import type { LinkState } from './state.ts';
import { WEIGHTS as W } from './weights.ts';

/** ". " after an initial; page text may hold a run of spaces where the source wrapped a line. */
const INITIAL_GAP = /^\.(\s|[ \t\u00a0]+)$/;

/** A full personal name on the page, linked (entity ≥ 0) or not (-1, someone we do not know). */
export interface FullName {
  at: number;
  surname: string;
  given: string;
  entity: number;
  confidence: number;
}

/** Full names in text order: linked people of two or more words, and unknown "Given Surname" pairs. */
export function fullNames(state: LinkState, people: PersonTable): FullName[] {
  const out: FullName[] = [];
  const { tokens } = state;
  for (const c of state.mentions()) {
    if (state.entities.get(c.entity)?.type !== 'person' || c.to - c.from < 2) continue;
    out.push({ at: c.from, given: nameKey(tokens, c.from), surname: nameKey(tokens, c.to - 1), entity: c.entity, confidence: c.confidence });
  }
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (!tokens.cap(i) || !isPlainCap(tokens, i + 1) || !tokens.spaceBefore(i + 1)) continue;
    if (state.covered[i] !== -1 || state.covered[i + 1] !== -1) continue;
    const g = tokens.get(i);
    const s = tokens.get(i + 1);
    if (FUNCTION_WORDS.has(s.key) || CALENDAR_WORDS.has(s.key)) continue;
    if (people.givenNames.has(g.key) || givenNameBefore(state, i + 1)) out.push({ at: i, given: g.key, surname: nameKey(tokens, i + 1), entity: -1, confidence: 0 });
  }
  return out.sort((a, b) => a.at - b.at);
}

/** Capitalised, not an acronym, no digits. */
function isPlainCap(tokens: TokenList, i: number): boolean {
  return ((tokens.flags[i] as number) & (F_CAP | F_UPPER | F_DIGIT)) === F_CAP;
}

/** A capitalised word standing alone as a surname may: not part of a longer name, not a function or calendar word. */
export function isBareName(state: LinkState, i: number): boolean {
  const { tokens } = state;
  if (!isPlainCap(tokens, i) || state.covered[i] !== -1) return false;
  const t = tokens.get(i);
  if (FUNCTION_WORDS.has(t.key) || CALENDAR_WORDS.has(t.key)) return false;
  // In a Title Case headline ("Zelensky Meets Biden") the capital after a surname says nothing.
  const nextIsName = i + 1 < tokens.length && tokens.cap(i + 1) && tokens.spaceBefore(i + 1) && !state.ctx.isTitleCase(i);
  return !nextIsName && !givenNameBefore(state, i) && !particleBefore(state, i);
}

const PARTICLE_HASHES = new Set(NAME_PARTICLES.map(hashWord));

/** "Abdulaziz bin Salman", "Ursula von der Leyen": a lower-case particle after a capitalised word joins a longer name. */
function particleBefore(state: LinkState, i: number): boolean {
  const { tokens } = state;
  let k = i - 1;
  while (k >= 0 && !tokens.cap(k) && PARTICLE_HASHES.has(tokens.hash[k] as number) && tokens.spaceBefore(k + 1)) k -= 1;
  return k < i - 1 && k >= 0 && tokens.cap(k) && tokens.spaceBefore(k + 1);
}

/**
 * Whether the word before token `i` reads as the given name of someone we do not know ("Judd"
 * in "Judd Trump", "Esther" in "Esther Raab"): capitalised mid-sentence, right before it, and
 * not a title, a function word or a country ("Chancellor Scholz", "the Ukrainian Zelensky").
 * Capitals in a Title Case headline say nothing, so there it never is; at a sentence start it is
 * when it is no adverb and the page never writes it in lower case.
 */
function givenNameBefore(state: LinkState, i: number): boolean {
  const { tokens } = state;
  const before = i - 1;
  if (before < 0 || !isPlainCap(tokens, before) || !tokens.spaceBefore(i) || state.covered[before] !== -1) return false;
  if (state.ctx.countryTokens.has(before) || state.ctx.isTitleCase(i)) return false;
  const key = tokens.get(before).key;
  if (key.length < 2 || FUNCTION_WORDS.has(key) || TITLE_WORDS.has(key) || CALENDAR_WORDS.has(key)) return false;
  // At a sentence start any word is capitalised: "Earlier Raab said" is no one's name.
  if ((tokens.flags[before] as number) & F_SENTENCE) return !SENTENCE_ADVERBS.has(key) && !state.ctx.lowerCaseWords().has(tokens.hash[before] as number);
  return true;
}

/** The initial before a surname ("A. Kelin"): its token index, or -1. */
export function initialBefore(state: LinkState, i: number): number {
  if (i === 0 || state.covered[i - 1] !== -1 || !state.tokens.cap(i - 1)) return -1;
  const prev = state.tokens.get(i - 1);
  if (prev.raw.length !== 1 || !INITIAL_GAP.test(state.tokens.get(i).gap)) return -1;
  return i - 1;
}

/** The page's full names by surname, and by the surname's spelling keys, for fast look-up. */
export interface NameIndex {
  bySurname: Map<string, FullName[]>;
  byKey: Map<string, string[]>;
}

/** Indexes full names by surname and by the surname's spelling and sound keys. */
export function indexNames(names: readonly FullName[]): NameIndex {
  const index: NameIndex = { bySurname: new Map(), byKey: new Map() };
  for (const name of names) {
    const list = index.bySurname.get(name.surname);
    if (list) {
      list.push(name);
      continue;
    }
    index.bySurname.set(name.surname, [name]);
    for (const key of [`t:${translitKey(name.surname)}`, `p:${phoneticKey(name.surname)}`]) {
      const surnames = index.byKey.get(key) ?? [];
      surnames.push(name.surname);
      index.byKey.set(key, surnames);
    }
  }
  return index;
}

/**
 * The full name a bare surname most likely refers back to: the nearest earlier one with a
 * similar surname, else the first later one (a headline before the article). Only surnames
 * sharing a spelling key can be similar enough, so only those are compared.
 */
export function nearestFullName(index: NameIndex, i: number, surname: string): { name: FullName; similarity: number } | null {
  const surnames = new Set([surname, ...(index.byKey.get(`t:${translitKey(surname)}`) ?? []), ...(index.byKey.get(`p:${phoneticKey(surname)}`) ?? [])]);
  let before: { name: FullName; similarity: number } | null = null;
  let after: { name: FullName; similarity: number } | null = null;
  for (const known of surnames) {
    const list = index.bySurname.get(known);
    if (!list) continue;
    const similarity = known === surname ? 1 : surnameSimilarity(surname, known);
    if (similarity < W.referenceSimilarity) continue;
    for (const name of list) {
      if (name.at < i) {
        if (!before || name.at > before.name.at) before = { name, similarity };
      } else if (!after || name.at < after.name.at) after = { name, similarity: similarity * W.laterReference };
    }
  }
  return before ?? after;
}
