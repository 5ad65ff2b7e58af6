/**
 * A place or organisation name that is really part of a person's name: "Jordan" in "Michael
 * Jordan", "Washington" in "George Washington", "London" in "Jack London". When the word
 * before a one-word match is a given name (and not an ordinary word on this page), the match
 * is dropped.
 */
import type { PersonTable } from './person-names.ts';
import type { LinkState } from './state.ts';

const NAME_LIKE_TYPES = new Set(['place', 'country', 'organization']);

export function dropNamePartMatches(state: LinkState, people: PersonTable): void {
  const { tokens } = state;
  let lowerWords: Set<number> | null = null;
  state.accepted.forEach((c, id) => {
    if (!c || c.to - c.from !== 1 || c.from === 0 || c.how !== 'exact' && c.how !== 'alias') return;
    if (!NAME_LIKE_TYPES.has(state.entities[c.entity]?.type ?? '')) return;
    const before = c.from - 1;
    if (state.covered[before] !== -1 || !tokens.cap(before) || !tokens.spaceBefore(c.from)) return;
    if (!people.givenNames.has(tokens.get(before).key)) return;
    if (!lowerWords) {
      lowerWords = new Set();
      for (let i = 0; i < tokens.length; i++) if (!tokens.cap(i)) lowerWords.add(tokens.hash[i] as number);
    }
    if (lowerWords.has(tokens.hash[before] as number)) return; // "Will" in "Will Britain…" is a word here
    state.remove(id);
  });
}
