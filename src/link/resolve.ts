/**
 * Stage 2: choose among alias candidates. Unambiguous names first set the scene (countries,
 * entities in play); then every span is scored in that context and the longest, best-supported
 * non-overlapping links are kept.
 */
import { contextSupport } from './support.ts';
import { isContextDependent, isContextOnly } from './exact.ts';
import type { Candidate, LinkState } from './state.ts';

/** Links below this confidence are never shown. */
export const THRESHOLD = 0.6;

function groupBySpan(candidates: readonly Candidate[]): Candidate[][] {
  const groups = new Map<number, Candidate[]>();
  for (const c of candidates) {
    const key = c.from * 64 + (c.to - c.from);
    const group = groups.get(key);
    if (group) group.push(c);
    else groups.set(key, [c]);
  }
  return [...groups.values()];
}

/**
 * The country a demonym names: its only owner, or the one far more prominent than the rest
 * ("French" is France's and also the French Southern Lands'; "American" the Northern Marianas').
 */
function demonymCountry(state: LinkState, group: readonly Candidate[]): string | undefined {
  const owners = [...new Set(group.map((c) => c.entity))].map((n) => state.entities[n]).sort((a, b) => (b?.prominence ?? 0) - (a?.prominence ?? 0));
  const [top, next] = owners;
  if (!top?.country || (next && top.prominence - next.prominence < 0.2)) return undefined;
  return top.country;
}

function setScene(state: LinkState, groups: readonly Candidate[][]): void {
  for (const group of groups) {
    const first = group[0] as Candidate;
    const entity = state.entities[first.entity];
    if (group.every(isContextOnly)) {
      const country = demonymCountry(state, group);
      if (country) state.ctx.addCountry(country, first.from);
      continue;
    }
    const single = group.every((c) => c.entity === first.entity && !isContextDependent(c) && !isContextOnly(c));
    if (!single) continue;
    state.ctx.linked.set(first.entity, (state.ctx.linked.get(first.entity) ?? 0) + 1);
    if (entity?.type === 'country' && entity.country) state.ctx.addCountry(entity.country, first.from);
    else if (entity?.type === 'place' && entity.country) state.ctx.addPlaceCountry(entity.country, first.from);
  }
}

/** Scores a candidate in context: strong names need little support, ambiguous ones need it all. */
export function scoreCandidate(state: LinkState, c: Candidate, rivals: number, cache?: Map<number, number>): number {
  // One entity named again and again in one sentence (a live blog's lists) has one context there.
  const key = c.entity * 1_000_000 + (state.ctx.sentenceOf[c.from] ?? 0);
  let support = cache?.get(key);
  if (support === undefined) {
    support = contextSupport({ ctx: state.ctx, entities: state.entities, entity: c.entity, from: c.from, to: c.to });
    cache?.set(key, support);
  }
  const prominence = (state.entities[c.entity]?.prominence ?? 0) * 0.05;
  if (isContextDependent(c)) return Math.min(1, c.confidence + support + prominence);
  const ambiguity = rivals > 1 ? 0.12 : 0;
  return Math.min(1, c.confidence - ambiguity + support * 0.5 + prominence);
}

/** Picks the best candidate per span and accepts non-overlapping winners, longest first. */
export function resolveAliasCandidates(state: LinkState, candidates: readonly Candidate[]): void {
  const groups = groupBySpan(candidates.filter((c) => !isContextOnly(c)));
  setScene(state, groupBySpan(candidates));
  const winners: Candidate[] = [];
  const cache = new Map<number, number>();
  for (const group of groups) {
    const rivals = new Set(group.map((c) => c.entity)).size;
    let best: Candidate | null = null;
    for (const c of group) {
      const scored = { ...c, confidence: scoreCandidate(state, c, rivals, cache) };
      if (!best || scored.confidence > best.confidence) best = scored;
    }
    if (best && best.confidence >= THRESHOLD) winners.push(best);
  }
  state.ctx.linked.clear();
  winners.sort((a, b) => b.to - b.from - (a.to - a.from) || b.confidence - a.confidence || a.from - b.from);
  for (const w of winners) if (state.isFree(w.from, w.to)) state.accept(w);
}
