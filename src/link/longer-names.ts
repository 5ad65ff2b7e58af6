/**
 * A known name inside an unknown longer one: "Manchester" in "Greater Manchester" or "Manchester
 * Piccadilly", "Scotland" in "Police Scotland", "BBC" in "BBC Radio 1", "Nigeria" in "Central Bank
 * of Nigeria", "OPEC" in "OPEC+", "Wright" in the surname "Okafor-Wright". Capitalised words joined
 * to a name by a plain space or a hyphen make one name with it, and that name is another entity
 * (a known longer name would have won already). Not a possessive ("London's mayor"), not "X-based",
 * not a title or office after it ("Labour MP", "US President"), not a neighbour that is a linked
 * name of its own ("Israel-Hamas war", "in Moscow Putin said"), not a Title Case headline.
 */
import { F_CAP, F_DIGIT, F_SENTENCE, F_UPPER, hashWord } from '../text/tokens.ts';
import { CALENDAR_WORDS, FUNCTION_WORDS, OF_HEADS, OFFICE_WORDS, SENTENCE_ADVERBS, TITLE_WORDS } from './lexicon.ts';
import { CONTEXT_DEPENDENT } from './linker-index.ts';
import type { PersonTable } from './person-names.ts';
import type { Candidate, LinkState } from './state.ts';
import { ORGANISATION_TYPES } from '../kb/model.ts';
import { WEIGHTS as W } from './weights.ts';

/** Entity types a longer name swallows: places and bodies (a person's given name is the person table's business). */
const SWALLOWED_TYPES: ReadonlySet<string> = new Set(['place', 'country', ...ORGANISATION_TYPES]);
/** Capitalised words that sit next to a name without being part of it. */
const NOT_NAME_WORDS = new Set([...FUNCTION_WORDS, ...SENTENCE_ADVERBS, ...CALENDAR_WORDS, ...TITLE_WORDS].map(hashWord));
/** Head nouns of a body named "<Head> of <place>" ("Central Bank of Nigeria", "University of Geneva"). */
const OF_HEAD_HASHES = new Set(OF_HEADS.map(hashWord));
/** Words of an office held in a place or body ("Senate Majority Leader", "UK Prime Minister", "Labour MP"). */
const OFFICE_HASHES = new Set([...TITLE_WORDS, ...OFFICE_WORDS].map(hashWord));
const OF = new Set(['of', 'for'].map(hashWord));
const OF_WORD = hashWord('of');

/** The gap between tokens `k - 1` and `k`: 'space', 'hyphen' or null (anything else). */
function joint(state: LinkState, k: number): 'space' | 'hyphen' | null {
  const { tokens } = state;
  if (k <= 0 || k >= tokens.length) return null;
  // One space exactly: a run of spaces is a source line wrap or a gap between menu items.
  const gap = tokens.text.slice(tokens.end[k - 1], tokens.start[k]);
  return gap === '-' ? 'hyphen' : gap === ' ' || gap === '\u00a0' ? 'space' : null;
}

/** Whether token `k` is a free capitalised word that may belong to a name (not a title, a weekday, a sentence's opening adverb). */
function freeNameWord(state: LinkState, k: number): boolean {
  const { tokens } = state;
  const flags = tokens.flags[k] as number;
  if (!(flags & F_CAP) || flags & F_DIGIT || state.covered[k] !== -1) return false;
  // A country or its people's name says whose body it is ("the Romanian Foreign Intelligence Service").
  if (NOT_NAME_WORDS.has(tokens.hash[k] as number) || state.ctx.countryTokens.has(k)) return false;
  // A word in capitals is a label ("LIVE Ukraine war") or a code, an office ("Labour MP").
  if (flags & F_UPPER) return false;
  // A sentence's first word that the page also writes in lower case is an ordinary word ("Like Germany, …").
  return !(flags & F_SENTENCE && state.ctx.lowerCaseWords().has(tokens.hash[k] as number));
}

/**
 * Whether the line holding match [from, to) is a Title Case headline or a menu, where every word
 * is capitalised: a long one ("Home News UK Crime Money"), or a short one with another word the
 * page writes in lower case elsewhere ("London Years", "Tokyo Edges Up"; not "The" of "The Capitol Ledger").
 */
function titleCaseLine(state: LinkState, from: number, to: number): boolean {
  const { tokens } = state;
  const { text } = tokens;
  const lineStart = text.lastIndexOf('\n', tokens.start[from]) + 1;
  const lineEnd = text.indexOf('\n', tokens.end[to - 1]);
  const words = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd).match(/\p{L}[\p{L}\p{M}'’-]*/gu) ?? [];
  if (words.filter((w) => /^\p{Lu}/u.test(w)).length < W.titleLineShare * words.length) return false;
  if (words.length >= W.titleLineWords) return true;
  const lower = state.ctx.lowerCaseWords();
  const inLine = (k: number): boolean => k >= 0 && k < tokens.length && (tokens.start[k] as number) >= lineStart && (lineEnd < 0 || (tokens.end[k] as number) <= lineEnd);
  for (let k = from - W.titleLineWords; k < to + W.titleLineWords; k++) if ((k < from || k >= to) && inLine(k) && lower.has(tokens.hash[k] as number) && !FUNCTION_WORDS.has(tokens.get(k).key)) return true;
  return false;
}

/** The capitalised word joined to the match before it ("Greater Manchester", "Okafor-Wright", "Bank of Nigeria"), or -1. */
function nameBefore(state: LinkState, c: Candidate, placeLike: boolean): number {
  const k = c.from - 1;
  const how = joint(state, c.from);
  if (how === 'hyphen') return freeNameWord(state, k) ? k : -1;
  if (!placeLike || how !== 'space') return -1;
  if (freeNameWord(state, k)) return k;
  const { tokens } = state;
  const ofHead = k >= 1 && OF.has(tokens.hash[k] as number) && !tokens.cap(k) && joint(state, k) === 'space' && OF_HEAD_HASHES.has(tokens.hash[k - 1] as number);
  return ofHead && freeNameWord(state, k - 1) ? k - 1 : -1;
}

/** Whether the capitalised words from `k` hold an office ("Senate Majority Leader", "Labour Party Chairman"). */
function officeAfter(state: LinkState, k: number): boolean {
  for (let i = k; i < Math.min(state.tokens.length, k + 4) && state.tokens.cap(i); i++) {
    if (OFFICE_HASHES.has(state.tokens.hash[i] as number)) return true;
    if (joint(state, i + 1) !== 'space') break;
  }
  return false;
}

/**
 * The capitalised word joined to the match after it, or -1 (the end of the match for a "+": "OPEC+").
 * Not an office ("MP", "President", "Majority Leader") nor a person's given name ("the chancellor
 * of Germany Friedrich Merz"): those follow a place without making a name with it.
 */
function nameAfter(state: LinkState, c: Candidate, placeLike: boolean, people: PersonTable): number {
  const { tokens } = state;
  const end = tokens.end[c.to - 1] as number;
  if (placeLike && tokens.text[end] === '+' && !/[\p{L}\p{N}]/u.test(tokens.text[end + 1] ?? '')) return c.to - 1;
  if (c.to >= tokens.length) return -1;
  const how = joint(state, c.to);
  if (!how || !freeNameWord(state, c.to)) return -1;
  if (how === 'hyphen') return c.to;
  if (!placeLike || officeAfter(state, c.to)) return -1;
  return people.givenNames.has(tokens.get(c.to).key) ? -1 : c.to;
}

/**
 * A sentence's first word that is also an ordinary word, followed by "of" and a lower-case word:
 * the phrase, not the name ("Labour of love, she called it", "Reading of the will" needs a noun
 * after "of": "the" or "a" is not enough).
 */
function ordinaryPhrase(state: LinkState, c: Candidate): boolean {
  const { tokens } = state;
  const of = c.to;
  if (c.to - c.from !== 1 || !(c.flags & CONTEXT_DEPENDENT) || !((tokens.flags[c.from] as number) & F_SENTENCE)) return false;
  if (of + 1 >= tokens.length || tokens.hash[of] !== OF_WORD || joint(state, of) !== 'space' || joint(state, of + 1) !== 'space') return false;
  return !tokens.cap(of + 1) && !FUNCTION_WORDS.has(tokens.get(of + 1).key);
}

/**
 * Whether the match and the word after it recur together elsewhere on the page ("The Capitol Ledger"
 * in the masthead and the footer): a name of its own the page keeps using, even in a Title Case
 * line or a menu.
 */
function recurringName(state: LinkState, c: Candidate, neighbour: number): boolean {
  const { hash, length } = state.tokens;
  // Only a word after the name: one before in a headline is as often a preposition ("Near Pokrovsk").
  const [a, b] = [c.to - 1, neighbour];
  if (b !== c.to) return false;
  for (let k = 1; k < length; k++) if (k !== b && hash[k - 1] === hash[a] && hash[k] === hash[b] && joint(state, k) === joint(state, b)) return true;
  return false;
}

/** Drops matches that are a piece of a longer capitalised name the KB does not hold, or an ordinary phrase. */
export function dropInsideLongerNames(state: LinkState, people: PersonTable): void {
  // Decided on the links as they stand, then dropped: a neighbour's own link counts even if it goes too.
  const drop: number[] = [];
  state.accepted.forEach((c, id) => {
    if (!c || (c.how === 'coreference' && c.to - c.from > 1)) return;
    const type = state.entities.get(c.entity)?.type ?? '';
    const placeLike = SWALLOWED_TYPES.has(type) && (c.how === 'exact' || c.how === 'alias');
    const before = nameBefore(state, c, placeLike);
    const neighbour = before >= 0 ? before : nameAfter(state, c, placeLike, people);
    if ((neighbour >= 0 && (!titleCaseLine(state, c.from, c.to) || recurringName(state, c, neighbour))) || ordinaryPhrase(state, c)) drop.push(id);
  });
  for (const id of drop) state.remove(id);
}
