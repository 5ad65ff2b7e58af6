/**
 * A second look at the bulk layer's names once the page's first links are in: a registry name
 * the gate turned away for want of evidence may have it now ("NASA's Goddard Space Flight
 * Center": Goddard, linked as a self-describing name, is part of NASA). Each free span is scored
 * again with the linked entities in play; only bulk names are looked at again, since a curated
 * name was scored with everything that bears on it.
 */
import { bulkWithoutEvidence } from './bulk-gate.ts';
import { isContextOnly } from './exact.ts';
import { BULK } from './linker-index.ts';
import { scoreCandidate, THRESHOLD } from './resolve.ts';
import type { Candidate, LinkState } from './state.ts';
import { identitySupport } from './support.ts';

/** Links free bulk candidates that a related entity linked on the page now speaks for. */
export function linkWithLateEvidence(state: LinkState, candidates: readonly Candidate[]): void {
  const spans = new Map<number, Candidate[]>();
  for (const c of candidates) {
    if (isContextOnly(c)) continue;
    const key = c.from * 64 + (c.to - c.from);
    const list = spans.get(key);
    if (list) list.push(c);
    else spans.set(key, [c]);
  }
  const found: Candidate[] = [];
  for (const group of spans.values()) {
    const { from, to } = group[0] as Candidate;
    if (!state.isFree(from, to)) continue;
    let best: Candidate | null = null;
    for (const c of group) {
      if (!(c.flags & BULK)) continue;
      const input = { ctx: state.ctx, entities: state.entities, entity: c.entity, from, to };
      if (identitySupport(input) <= 0 || bulkWithoutEvidence(state, c)) continue;
      const confidence = scoreCandidate(state, c, group.length);
      if (confidence >= THRESHOLD && (!best || confidence > best.confidence)) best = { ...c, confidence };
    }
    if (best) found.push(best);
  }
  for (const c of found) if (state.isFree(c.from, c.to)) state.accept(c);
}
