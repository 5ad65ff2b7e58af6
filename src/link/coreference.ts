/**
 * Stage 5: later, shorter references. A surname alone or an initial with a surname ("Kelin",
 * "A. Kelin") takes the entity of the nearest fuller mention of that person on the page; a name
 * the page gave an entity (local alias) links wherever it recurs. With no fuller mention, a
 * surname links only to a prominent KB person whose country and role the page speaks of.
 */
import { fullNames, indexNames, type FullName, initialBefore, isBareName, nearestFullName } from './full-names.ts';
import { nameKey, surnameSimilarity } from './name-keys.ts';
import { surnameCandidates, type PersonTable } from './person-names.ts';
import { THRESHOLD } from './resolve.ts';
import type { Candidate, LinkState } from './state.ts';
import { contextSupport } from './support.ts';
import { WEIGHTS as W } from './weights.ts';

function byProminence(state: LinkState, people: PersonTable, i: number): Candidate | null {
  const key = nameKey(state.tokens, i);
  const candidates = surnameCandidates(people, key);
  if (candidates.length === 0 || state.ctx.lowerCaseWords().has(state.tokens.hash[i] as number)) return null; // a common word capitalised here
  let best: Candidate | null = null;
  for (const p of candidates) {
    // The surname as the KB spells it, or in another romanisation of it (Zelenski, Shoygu); never only by sound.
    const similarity = surnameSimilarity(key, p.surname);
    if (similarity < W.bareSurnameSimilarity) continue;
    const e = state.entities.get(p.entity);
    if (!e || e.prominence < W.bareSurnameProminence) continue;
    const support = contextSupport({ ctx: state.ctx, entities: state.entities, entity: p.entity, from: i, to: i + 1 });
    if (!e.country) continue;
    const share = state.ctx.countryShare(e.country);
    // A household name ("Putin" in a reader's comment, "Trump" in a headline) needs only its
    // country named on the page; others also need the sentence or page to speak for them.
    const household = e.prominence >= W.household && share >= W.householdShare && support > 0;
    if (!household && (support < W.bareSurnameSupport || share < W.bareSurnameShare)) continue;
    const base = W.bareSurnameBase + support * W.bareSurnameSupportWeight + e.prominence * W.bareSurnameProminenceWeight;
    const sure = household ? Math.max(W.householdFloor, base) : base;
    const confidence = Math.min(W.bareSurnameCap, sure) * (0.5 + similarity / 2);
    if (best && best.entity !== p.entity && Math.abs(best.confidence - confidence) < W.bareSurnameRivalMargin) return null; // two plausible people
    if (!best || confidence > best.confidence) best = { from: i, to: i + 1, entity: p.entity, how: 'variant', confidence, flags: 0 };
  }
  return best;
}

/** Honorifics said with a given name alone: a knight or dame is "Sir Lindsay", "Dame Judi". */
const GIVEN_NAME_HONORIFICS: ReadonlySet<string> = new Set(['sir', 'dame']);

/**
 * "Sir Lindsay" after "Sir Lindsay Hoyle": the given name after an honorific that takes one
 * refers back to the nearest linked full name with that given name (before it, else the first
 * after). The link covers the honorific, as the page names the person with it.
 */
function givenNameAfterHonorific(state: LinkState, names: readonly FullName[], i: number): Candidate | null {
  const { tokens } = state;
  if (i === 0 || !tokens.cap(i - 1) || !GIVEN_NAME_HONORIFICS.has(tokens.get(i - 1).key) || !tokens.spaceBefore(i) || state.covered[i - 1] !== -1) return null;
  const given = nameKey(tokens, i);
  let before: FullName | null = null;
  let after: FullName | null = null;
  for (const name of names) {
    if (name.given !== given) continue;
    if (name.at < i) {
      if (!before || name.at > before.at) before = name;
    } else if (!after || name.at < after.at) after = name;
  }
  const best = before ?? after;
  if (!best) return null;
  // Refers back to someone we do not know ("Sir Geoffrey Lannerby"): no one to link, and no surname to look up.
  const confidence = best.entity < 0 ? 0 : Math.min(best.confidence, W.referenceCap) * (best.at < i ? 1 : W.laterReference);
  return { from: i - 1, to: i + 1, entity: best.entity, how: 'coreference', confidence, flags: 0 };
}

/**
 * What earlier chunks of the same page showed (page-link.ts): their full names, placed before
 * this text (negative positions, the most recent nearest), and the surnames they settled.
 */
export interface CorefMemory {
  names: readonly FullName[];
  settled: ReadonlyMap<string, { entity: number; confidence: number }>;
}

/** What a coreference run leaves for the page: surnames it settled, bare surnames (token indices) it could not resolve. */
export interface CorefResult {
  settled: ReadonlyMap<string, Candidate>;
  unresolved: number[];
}

/** Links surnames, initials + surnames and page-local aliases to the entities they refer back to. */
export function linkCoreferences(state: LinkState, people: PersonTable, memory?: CorefMemory): CorefResult {
  const list = memory ? [...memory.names, ...fullNames(state, people)] : fullNames(state, people);
  const names = indexNames(list);
  const { tokens } = state;
  const settled = new Map<string, Candidate>();
  const unsettled: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!tokens.cap(i) || state.covered[i] !== -1) continue;
    const local = state.localAliases.size === 0 ? undefined : state.localAliases.get(tokens.get(i).raw);
    if (local !== undefined) {
      state.accept({ from: i, to: i + 1, entity: local, how: 'coreference', confidence: W.localAlias, flags: 0 });
      continue;
    }
    if (!isBareName(state, i)) continue;
    const titled = givenNameAfterHonorific(state, list, i);
    if (titled) {
      if (titled.confidence >= THRESHOLD) state.accept(titled);
      continue;
    }
    const initial = initialBefore(state, i);
    const near = nearestFullName(names, i, nameKey(tokens, i));
    if (near) {
      if (near.name.entity < 0) continue; // refers back to someone we do not know
      // Only like the surname, and an ordinary word on this page or a word of a Title Case
      // headline: "…Is Worse Than The Agency Admits" does not name Thune.
      if (near.name.surname !== nameKey(tokens, i) && (state.ctx.lowerCaseWords().has(tokens.hash[i] as number) || state.ctx.isTitleCase(i))) continue;
      if (initial >= 0 && tokens.get(initial).key[0] !== near.name.given[0]) continue;
      const from = initial >= 0 ? initial : i;
      const confidence = Math.min(near.name.confidence, W.referenceCap) * near.similarity;
      if (confidence >= THRESHOLD) state.accept({ from, to: i + 1, entity: near.name.entity, how: 'coreference', confidence, flags: 0 });
      continue;
    }
    const key = nameKey(tokens, i);
    const guess = byProminence(state, people, i);
    if (guess && guess.confidence >= THRESHOLD) {
      state.accept(guess);
      if (!settled.has(key)) settled.set(key, guess);
    } else unsettled.push(i);
  }
  linkSettledSurnames(state, settled, unsettled, memory?.settled);
  return { settled, unresolved: unsettled.filter((i) => state.covered[i] === -1) };
}

/**
 * Once the page has shown who a bare surname is (a prominent person in a story about their
 * country), its other mentions are that person too, also where the sentence alone says too
 * little ("…that it is Zelensky who is hindering…") or comes first (a headline).
 */
function linkSettledSurnames(
  state: LinkState,
  settled: ReadonlyMap<string, Candidate>,
  unsettled: readonly number[],
  before?: ReadonlyMap<string, { entity: number; confidence: number }>,
): void {
  if (settled.size === 0 && !before?.size) return;
  for (const i of unsettled) {
    const key = nameKey(state.tokens, i);
    const first = settled.get(key) ?? before?.get(key);
    if (first && state.covered[i] === -1) state.accept({ from: i, to: i + 1, entity: first.entity, how: 'coreference', confidence: first.confidence, flags: 0 });
  }
}
