/**
 * A place or organisation name that is really part of a person's name: "Jordan" in "Michael
 * Jordan", "Washington" in "George Washington", "London" in "Jack London" (a given name before
 * it), "Jordan" in "Jordan Dunn", "Israel" in "Israel Katz" (a known surname right after it).
 * Such a match is dropped unless the neighbouring word is an ordinary word on this page.
 */
import { F_CAP, F_DIGIT, F_SENTENCE, F_UPPER } from '../text/tokens.ts';
import { FUNCTION_WORDS, PERSON_TITLES, TITLE_WORDS } from './lexicon.ts';
import type { PersonTable } from './person-names.ts';
import type { Candidate, LinkState } from './state.ts';
import { ORGANISATION_TYPES } from '../kb/model.ts';

const NAME_LIKE_TYPES: ReadonlySet<string> = new Set(['place', 'country', ...ORGANISATION_TYPES]);

/** "Michael Jordan": a capitalised given name right before the match. */
function givenNameBefore(state: LinkState, people: PersonTable, c: Candidate): boolean {
  const { tokens } = state;
  const before = c.from - 1;
  if (before < 0 || state.covered[before] !== -1 || !tokens.cap(before) || !tokens.spaceBefore(c.from)) return false;
  return people.givenNames.has(tokens.get(before).key);
}

/**
 * A capitalised word right after the match that makes it a given name: a known surname ("Jordan
 * Dunn"), or any name when a title comes first ("Defence Minister Israel Katz"). Not after a word
 * such as "in": "in Moscow Putin said" names the city.
 */
function surnameAfter(state: LinkState, people: PersonTable, c: Candidate): boolean {
  const { tokens } = state;
  const after = c.to;
  if (after >= tokens.length || state.covered[after] !== -1 || !tokens.spaceBefore(after)) return false;
  if (((tokens.flags[after] as number) & (F_CAP | F_UPPER | F_DIGIT | F_SENTENCE)) !== F_CAP) return false;
  const key = tokens.get(after).key;
  if (FUNCTION_WORDS.has(key) || TITLE_WORDS.has(key)) return false;
  const before = c.from > 0 && tokens.spaceBefore(c.from) ? tokens.get(c.from - 1).key : '';
  if (PERSON_TITLES.has(before)) return true;
  return people.surnames.has(key) && !FUNCTION_WORDS.has(before);
}

/** Drops one-word place, country and organisation matches that are part of a personal name. */
export function dropNamePartMatches(state: LinkState, people: PersonTable): void {
  const { tokens } = state;
  state.accepted.forEach((c, id) => {
    if (!c || c.to - c.from !== 1 || c.how !== 'exact' && c.how !== 'alias') return;
    if (!NAME_LIKE_TYPES.has(state.entities.get(c.entity)?.type ?? '')) return;
    const neighbour = givenNameBefore(state, people, c) ? c.from - 1 : surnameAfter(state, people, c) ? c.to : -1;
    if (neighbour < 0) return;
    if (state.ctx.lowerCaseWords().has(tokens.hash[neighbour] as number)) return;
    state.remove(id);
  });
}
