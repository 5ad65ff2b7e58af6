/**
 * How much the page around a mention supports linking it to an entity: type cues, the entity's
 * own cue words, its country in play, related entities and earlier mentions of it.
 */
import { typeCueHashes, wordHashes, type PageContext } from './context.ts';
import type { EntityTable } from './entity-table.ts';
import type { IndexEntity } from './linker-index.ts';
import { WEIGHTS as W } from './weights.ts';
import { memberOfLinkedIndex } from './index-members.ts';

export interface SupportInput {
  ctx: PageContext;
  entities: EntityTable;
  entity: number;
  from: number;
  to: number;
}

/** Only spaces, or a possessive and spaces ("Britain's NCSC"), between a country and a mention. */
const ADJACENT_GAP = /^(['’´`ʼ]s)?[ \t\u00a0]+$/;

const CUE_HASHES = new WeakMap<IndexEntity, Set<number>>();

/** Hashes of an entity's cue words (every spelling), computed once per entity. */
export function cueHashes(e: IndexEntity): Set<number> {
  let set = CUE_HASHES.get(e);
  if (!set) CUE_HASHES.set(e, (set = wordHashes(e.cues ? e.cues.split(' ') : [])));
  return set;
}

/** Context support in about -0.2..0.9; 0 or less means nothing on the page speaks for this entity. */
export function contextSupport({ ctx, entities, entity, from, to }: SupportInput): number {
  const e = entities.get(entity);
  if (!e) return 0;
  let support = Math.min(W.typeCueMax, ctx.typeCueHits(e.type, from, from, to)) * W.typeCueWeight;
  support += Math.min(W.ownCueMax, ctx.cueHits(from, cueHashes(e), from, to)) * W.ownCueWeight;
  if (e.country) {
    support += ctx.countryNear(e.country, from) ? W.countryNear : W.countryNear * Math.min(1, W.countryShareScale * ctx.countryShare(e.country));
  }
  support += Math.min(W.relatedMax, relatedLinked(ctx, entities, entity)) * W.relatedWeight;
  if (ctx.linked.has(entity)) support += W.linkedBefore;
  return support + adjacentCountry(ctx, e, from);
}

/**
 * Related entities linked on the page, either way round: António Guterres (head of the UN)
 * speaks for "UN" as the UN speaks for him. A body many entities point at (a party and its
 * members) is checked from the page's linked entities instead of its long list.
 */
function relatedLinked(ctx: PageContext, entities: EntityTable, entity: number): number {
  const e = entities.get(entity) as IndexEntity;
  let hits = 0;
  for (const r of e.related) if (ctx.linked.has(r)) hits += 1;
  if (e.relatedBy.length <= ctx.linked.size) {
    for (const r of e.relatedBy) if (ctx.linked.has(r) && !e.related.includes(r)) hits += 1;
  } else {
    for (const k of ctx.linked.keys()) if (entities.get(k)?.related.includes(entity) && !e.related.includes(k)) hits += 1;
  }
  return hits;
}

/**
 * Evidence of who a person or body is, beyond its country being in play: its own cue words (a
 * role, a party, an institution; country names and demonyms do not count, since "a Dutch
 * cyclist" says nothing of Rutte), related entities linked, the entity linked elsewhere on the
 * page. A count; -1 when a country named right before the mention is another's.
 */
export function identitySupport({ ctx, entities, entity, from, to }: SupportInput): number {
  const e = entities.get(entity);
  if (!e || adjacentCountry(ctx, e, from) < 0) return -1;
  let hits = ctx.cueHits(from, cueHashes(e), from, to, true);
  hits += relatedLinked(ctx, entities, entity);
  return ctx.linked.has(entity) ? hits + 1 : hits;
}

const OWN_CUE_HASHES = new WeakMap<IndexEntity, Set<number>>();

/** The entity's cue words less the generic words of its type ("security" for an agency). */
function ownCueHashes(e: IndexEntity): Set<number> {
  let set = OWN_CUE_HASHES.get(e);
  if (!set) {
    const generic = typeCueHashes(e.type);
    OWN_CUE_HASHES.set(e, (set = new Set([...cueHashes(e)].filter((h) => !generic.has(h)))));
  }
  return set;
}

/**
 * Evidence that this very body is meant, not any of its kind: its country in play (named in the
 * sentence or the one before, or a fair share of the page's country mentions), a related entity
 * linked, its own cue words that are not the generic words of its type, or a stock index it belongs
 * to linked on the page.
 */
export function specificSupport(ctx: PageContext, entities: EntityTable, entity: number, from: number, to: number): boolean {
  const e = entities.get(entity);
  if (!e) return false;
  if (e.country && (ctx.countryNear(e.country, from) || ctx.countryShare(e.country) >= W.inPlayShare)) return true;
  return relatedLinked(ctx, entities, entity) > 0 || ctx.cueHits(from, ownCueHashes(e), from, to, true) > 0 || memberOfLinkedIndex(ctx, entities, entity);
}

/**
 * A country named right before the mention qualifies it: "the Romanian Foreign Intelligence
 * Service", "the Russian Putin", "Britain's NCSC" speak for that country's entity and against
 * another country's.
 */
function adjacentCountry(ctx: PageContext, e: IndexEntity, from: number): number {
  const code = ctx.countryTokens.get(from - 1);
  if (!code || !e.country) return 0;
  const { tokens } = ctx;
  const gap = tokens.text.slice(tokens.end[from - 1], tokens.start[from]);
  if (!ADJACENT_GAP.test(gap)) return 0;
  return code === e.country ? W.adjacentCountry : -W.adjacentCountry;
}
