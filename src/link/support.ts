/**
 * How much the page around a mention supports linking it to an entity: type cues, the entity's
 * own cue words, its country in play, related entities and earlier mentions of it.
 */
import { wordHashes, type PageContext } from './context.ts';
import type { IndexEntity } from './linker-index.ts';

export interface SupportInput {
  ctx: PageContext;
  entities: readonly IndexEntity[];
  entity: number;
  from: number;
  to: number;
}

/** Only spaces, or a possessive and spaces ("Britain's NCSC"), between a country and a mention. */
const ADJACENT_GAP = /^(['’´`ʼ]s)?[ \t\u00a0]+$/;

const CUE_HASHES = new WeakMap<IndexEntity, Set<number>>();

function cueHashes(e: IndexEntity): Set<number> {
  let set = CUE_HASHES.get(e);
  if (!set) CUE_HASHES.set(e, (set = wordHashes(e.cues ? e.cues.split(' ') : [])));
  return set;
}

/** Context support in about -0.2..0.9; 0 or less means nothing on the page speaks for this entity. */
export function contextSupport({ ctx, entities, entity, from, to }: SupportInput): number {
  const e = entities[entity];
  if (!e) return 0;
  let support = Math.min(2, ctx.typeCueHits(e.type, from, from, to)) * 0.1;
  support += Math.min(3, ctx.cueHits(from, cueHashes(e), from, to)) * 0.08;
  if (e.country) {
    support += ctx.countryNear(e.country, from) ? 0.15 : 0.15 * Math.min(1, 2 * ctx.countryShare(e.country));
  }
  let relatedHits = 0;
  for (const r of e.related) if (ctx.linked.has(r)) relatedHits += 1;
  support += Math.min(2, relatedHits) * 0.15;
  if (ctx.linked.has(entity)) support += 0.15;
  return support + adjacentCountry(ctx, e, from);
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
  return code === e.country ? 0.2 : -0.2;
}
