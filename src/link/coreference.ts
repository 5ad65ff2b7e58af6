/**
 * Stage 5: later, shorter references. A surname alone or an initial with a surname ("Kelin",
 * "A. Kelin") takes the entity of the nearest fuller mention of that person on the page; a name
 * the page gave an entity (local alias) links wherever it recurs. With no fuller mention, a
 * surname links only to a prominent KB person whose country and role the page speaks of.
 */
import { F_CAP, F_DIGIT, F_UPPER, type TokenList } from '../text/tokens.ts';
import { CALENDAR_WORDS, FUNCTION_WORDS } from './lexicon.ts';
import { phoneticKey, surnameSimilarity, translitKey } from './name-keys.ts';
import { surnameCandidates, type PersonTable } from './person-names.ts';
import { THRESHOLD } from './resolve.ts';
import type { Candidate, LinkState } from './state.ts';
import { contextSupport } from './support.ts';

/** A full personal name on the page, linked (entity ≥ 0) or not (-1, someone we do not know). */
interface FullName {
  at: number;
  surname: string;
  given: string;
  entity: number;
  confidence: number;
}

function fullNames(state: LinkState, people: PersonTable): FullName[] {
  const out: FullName[] = [];
  const { tokens } = state;
  for (const c of state.mentions()) {
    if (state.entities[c.entity]?.type !== 'person' || c.to - c.from < 2) continue;
    out.push({ at: c.from, given: tokens.get(c.from).key, surname: tokens.get(c.to - 1).key, entity: c.entity, confidence: c.confidence });
  }
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (!tokens.cap(i) || !isPlainCap(tokens, i + 1) || !tokens.spaceBefore(i + 1)) continue;
    if (state.covered[i] !== -1 || state.covered[i + 1] !== -1) continue;
    const g = tokens.get(i);
    const s = tokens.get(i + 1);
    if (people.givenNames.has(g.key) && !FUNCTION_WORDS.has(s.key)) out.push({ at: i, given: g.key, surname: s.key, entity: -1, confidence: 0 });
  }
  return out.sort((a, b) => a.at - b.at);
}

/** Capitalised, not an acronym, no digits. */
function isPlainCap(tokens: TokenList, i: number): boolean {
  return ((tokens.flags[i] as number) & (F_CAP | F_UPPER | F_DIGIT)) === F_CAP;
}

function isBareName(state: LinkState, i: number): boolean {
  const { tokens } = state;
  if (!isPlainCap(tokens, i) || state.covered[i] !== -1) return false;
  const t = tokens.get(i);
  if (FUNCTION_WORDS.has(t.key) || CALENDAR_WORDS.has(t.key)) return false;
  const nextIsName = i + 1 < tokens.length && tokens.cap(i + 1) && tokens.spaceBefore(i + 1);
  return !nextIsName;
}

/** The initial before a surname ("A. Kelin"): its token index, or -1. */
function initialBefore(state: LinkState, i: number): number {
  if (i === 0 || state.covered[i - 1] !== -1 || !state.tokens.cap(i - 1)) return -1;
  const prev = state.tokens.get(i - 1);
  if (prev.raw.length !== 1 || !/^\.\s$/.test(state.tokens.get(i).gap)) return -1;
  return i - 1;
}

/** The page's full names by surname, and by the surname's spelling keys, for fast look-up. */
interface NameIndex {
  bySurname: Map<string, FullName[]>;
  byKey: Map<string, string[]>;
}

function indexNames(names: readonly FullName[]): NameIndex {
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
function nearestFullName(index: NameIndex, i: number, surname: string): { name: FullName; similarity: number } | null {
  const surnames = new Set([surname, ...(index.byKey.get(`t:${translitKey(surname)}`) ?? []), ...(index.byKey.get(`p:${phoneticKey(surname)}`) ?? [])]);
  let before: { name: FullName; similarity: number } | null = null;
  let after: { name: FullName; similarity: number } | null = null;
  for (const known of surnames) {
    const list = index.bySurname.get(known);
    if (!list) continue;
    const similarity = known === surname ? 1 : surnameSimilarity(surname, known);
    if (similarity < 0.85) continue;
    for (const name of list) {
      if (name.at < i) {
        if (!before || name.at > before.name.at) before = { name, similarity };
      } else if (!after || name.at < after.name.at) after = { name, similarity: similarity * 0.9 };
    }
  }
  return before ?? after;
}

function byProminence(state: LinkState, people: PersonTable, i: number, lowerWords: () => ReadonlySet<number>): Candidate | null {
  const t = state.tokens.get(i);
  const candidates = surnameCandidates(people, t.key);
  if (candidates.length === 0 || lowerWords().has(state.tokens.hash[i] as number)) return null; // a common word capitalised here
  let best: Candidate | null = null;
  for (const p of candidates) {
    if (p.surname !== t.key) continue;
    const e = state.entities[p.entity];
    if (!e || e.prominence < 0.5) continue;
    const support = contextSupport({ ctx: state.ctx, entities: state.entities, entity: p.entity, from: i, to: i + 1 });
    if (support < 0.25 || !e.country || state.ctx.countryShare(e.country) < 0.15) continue;
    const confidence = Math.min(0.8, 0.4 + support * 0.5 + e.prominence * 0.1);
    if (best && best.entity !== p.entity && Math.abs(best.confidence - confidence) < 0.1) return null; // two plausible people
    if (!best || confidence > best.confidence) best = { from: i, to: i + 1, entity: p.entity, how: 'variant', confidence, flags: 0 };
  }
  return best;
}

/** Links surnames, initials + surnames and page-local aliases to the entities they refer back to. */
export function linkCoreferences(state: LinkState, people: PersonTable): void {
  const names = indexNames(fullNames(state, people));
  const { tokens } = state;
  let lower: Set<number> | null = null;
  const lowerWords = (): Set<number> => {
    if (!lower) {
      lower = new Set<number>();
      for (let i = 0; i < tokens.length; i++) if (!tokens.cap(i)) lower.add(tokens.hash[i] as number);
    }
    return lower;
  };
  for (let i = 0; i < tokens.length; i++) {
    if (!tokens.cap(i) || state.covered[i] !== -1) continue;
    const t = tokens.get(i);
    const local = state.localAliases.get(t.raw);
    if (local !== undefined) {
      state.accept({ from: i, to: i + 1, entity: local, how: 'coreference', confidence: 0.8, flags: 0 });
      continue;
    }
    if (!isBareName(state, i)) continue;
    const initial = initialBefore(state, i);
    const near = nearestFullName(names, i, t.key);
    if (near) {
      if (near.name.entity < 0) continue; // refers back to someone we do not know
      if (initial >= 0 && tokens.get(initial).key[0] !== near.name.given[0]) continue;
      const from = initial >= 0 ? initial : i;
      const confidence = Math.min(near.name.confidence, 0.95) * near.similarity;
      if (confidence >= THRESHOLD) state.accept({ from, to: i + 1, entity: near.name.entity, how: 'coreference', confidence, flags: 0 });
      continue;
    }
    const guess = byProminence(state, people, i, lowerWords);
    if (guess && guess.confidence >= THRESHOLD) state.accept(guess);
  }
}
