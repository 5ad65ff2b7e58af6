/**
 * Stage 2: choose among alias candidates. Unambiguous names first set the scene (countries,
 * entities in play); then every span is scored in that context and the longest, best-supported
 * non-overlapping links are kept.
 */
import { datelinePlace, furnitureSupport } from './credits.ts';
import { linkRepeatedAliases } from './discourse.ts';
import { contextSupport, specificSupport } from './support.ts';
import { bulkWithoutEvidence, kindNounBefore } from './bulk-gate.ts';
import { notePlaceNamesakes } from './bulk-evidence.ts';
import { isContextDependent, isContextOnly } from './exact.ts';
import { BULK, CASE_SENSITIVE } from './linker-index.ts';
import { F_UPPER } from '../text/tokens.ts';
import type { PageContext } from './context.ts';
import type { Candidate, LinkState } from './state.ts';
import { WEIGHTS as W } from './weights.ts';

/** Links below this confidence are never shown (WEIGHTS.threshold). */
export const THRESHOLD = W.threshold;

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
  const owners = [...new Set(group.map((c) => c.entity))].map((n) => state.entities.get(n)).sort((a, b) => (b?.prominence ?? 0) - (a?.prominence ?? 0));
  const [top, next] = owners;
  if (!top?.country || (next && top.prominence - next.prominence < W.demonymLead)) return undefined;
  return top.country;
}

function setScene(state: LinkState, groups: readonly Candidate[][]): void {
  for (const group of groups) {
    // A bulk-layer name (low trust) never sets the scene, nor keeps a curated one from setting it.
    // One pass over the span's curated candidates: all demonyms, or one plain name of one entity.
    let lead: Candidate | undefined;
    let demonyms = true;
    let single = true;
    for (const c of group) {
      if (c.flags & BULK) continue;
      lead ??= c;
      if (!isContextOnly(c)) demonyms = false;
      if (c.entity !== lead.entity || isContextDependent(c) || isContextOnly(c)) single = false;
    }
    if (!lead) continue;
    const entity = state.entities.get(lead.entity);
    if (demonyms) {
      const country = demonymCountry(state, group.filter((c) => !(c.flags & BULK)));
      if (country) state.ctx.addCountry(country, lead.from);
      continue;
    }
    if (!single) continue;
    state.ctx.linked.set(lead.entity, (state.ctx.linked.get(lead.entity) ?? 0) + 1);
    if (entity?.type === 'country' && entity.country) state.ctx.addCountry(entity.country, lead.from);
    // A place or body of a country puts it in play in its sentence ("the Federal Reserve in Washington").
    else if (entity?.country) state.ctx.addPlaceCountry(entity.country, lead.from);
  }
}

/**
 * An ambiguous acronym of a little-known body ("AI" for Pakistan's Air Intelligence): words such
 * as "security" or "intelligence" fit any such body and the ordinary sense alike, so it needs
 * evidence of this very body (its country, a related entity, its own cue words); an acronym only
 * one body has (`sole`), a word of its kind in apposition ("the consulting company EY").
 */
function unsupportedObscureCode(state: LinkState, c: Candidate, sole: boolean): boolean {
  const e = state.entities.get(c.entity);
  if (!(c.flags & CASE_SENSITIVE) || !isContextDependent(c) || !e || e.prominence >= W.obscureProminence) return false;
  if (c.to - c.from !== 1 || !((state.tokens.flags[c.from] as number) & F_UPPER)) return false; // a code, not a word ("Play")
  return !specificSupport(state.ctx, state.entities, c.entity, c.from, c.to) && !(sole && kindNounBefore(state, c, e.type));
}

/** A word of the entity's kind right before its name says what it is ("the consulting company EY", "the carmaker BMW"). */
function appositionSupport(state: LinkState, c: Candidate): number {
  const type = state.entities.get(c.entity)?.type;
  return type && kindNounBefore(state, c, type) ? W.kindApposition : 0;
}

/**
 * Scores a candidate in context: strong names need little support, ambiguous ones need it all.
 * `bare` is `bulkWithoutEvidence(state, c)` when the caller has it already; `sole`, whether no
 * other entity has this name.
 */
export function scoreCandidate(state: LinkState, c: Candidate, rivals: number, cache?: Map<number, number>, bare?: boolean, sole = false): number {
  if (bare ?? bulkWithoutEvidence(state, c, sole)) return 0;
  if (unsupportedObscureCode(state, c, sole) || datelinePlace(state, c)) return 0;
  // One entity named again and again in one sentence (a live blog's lists) has one context there.
  const key = c.entity * 1_000_000 + (state.ctx.sentenceOf[c.from] ?? 0);
  let support = cache?.get(key);
  if (support === undefined) {
    support = contextSupport({ ctx: state.ctx, entities: state.entities, entity: c.entity, from: c.from, to: c.to });
    cache?.set(key, support);
  }
  support += furnitureSupport(state, c) + appositionSupport(state, c);
  const prominence = (state.entities.get(c.entity)?.prominence ?? 0) * W.prominenceWeight - (c.flags & BULK ? W.bulkDiscount : 0);
  if (isContextDependent(c)) return Math.min(1, c.confidence + support + prominence);
  const ambiguity = rivals > 1 ? W.ambiguityPenalty : 0;
  return Math.min(1, c.confidence - ambiguity + support * W.strongAliasSupport + prominence);
}

/**
 * The page's country decides among namesakes ("Labour" on a New Zealand page, "Congress" on an
 * Indian one): when the best candidate's country is nowhere on the page and a rival above the
 * threshold belongs to a country in play, the rival is meant.
 */
function pageCountryChoice(state: LinkState, best: Candidate, scored: readonly Candidate[]): Candidate {
  const { ctx, entities } = state;
  const country = entities.get(best.entity)?.country;
  if (!country || inPlay(ctx, country, best.from) || ctx.countryShare(country) > 0) return best;
  for (const c of scored) if (c !== best && c.confidence >= THRESHOLD && inPlay(ctx, entities.get(c.entity)?.country, c.from)) return c;
  return best;
}

/** Whether country `code` is named near token `at` or holds a fair share of the page's country mentions. */
function inPlay(ctx: PageContext, code: string | undefined, at: number): boolean {
  return !!code && (ctx.countryNear(code, at) || ctx.countryShare(code) >= W.inPlayShare);
}

/**
 * Distinct entities among a span's candidates that are not bare bulk namesakes (`bare[i]`): a
 * bulk namesake without evidence of its own makes no curated name ambiguous. Groups are small.
 */
function rivalCount(group: readonly Candidate[], bare: readonly boolean[]): number {
  let n = 0;
  for (let i = 0; i < group.length; i++) {
    if (bare[i]) continue;
    const entity = (group[i] as Candidate).entity;
    let seen = false;
    for (let j = 0; j < i && !seen; j++) seen = !bare[j] && (group[j] as Candidate).entity === entity;
    if (!seen) n += 1;
  }
  return n;
}

/** Picks the best candidate per span and accepts non-overlapping winners, longest first. */
export function resolveAliasCandidates(state: LinkState, candidates: readonly Candidate[]): void {
  // A demonym ("American") is evidence of a country, never a bulk registry's name ("American Party").
  const demonyms = new Set(candidates.filter(isContextOnly).map((c) => c.from * 64 + (c.to - c.from)));
  const groups = groupBySpan(candidates.filter((c) => !isContextOnly(c) && !(c.flags & BULK && demonyms.has(c.from * 64 + (c.to - c.from)))));
  setScene(state, groupBySpan(candidates));
  notePlaceNamesakes(state, candidates);
  const winners: Candidate[] = [];
  const rejected: Candidate[][] = [];
  const cache = new Map<number, number>();
  for (const group of groups) {
    // The page's context stays as set while the spans are scored, so the bulk gate is asked once per candidate.
    const sole = group.every((c) => c.entity === (group[0] as Candidate).entity);
    const bare = group.map((c) => bulkWithoutEvidence(state, c, sole));
    const rivals = rivalCount(group, bare);
    let best: Candidate | null = null;
    const scored: Candidate[] = [];
    for (let i = 0; i < group.length; i++) {
      const c = group[i] as Candidate;
      const s = { ...c, confidence: scoreCandidate(state, c, rivals, cache, bare[i], sole) };
      scored.push(s);
      if (!best || s.confidence > best.confidence) best = s;
    }
    if (best) best = pageCountryChoice(state, best, scored);
    if (best && best.confidence >= THRESHOLD) winners.push(best);
    else if (isContextDependent(best as Candidate)) rejected.push(scored); // kept for the page's one sense
  }
  state.ctx.linked.clear();
  winners.sort((a, b) => b.to - b.from - (a.to - a.from) || b.confidence - a.confidence || a.from - b.from);
  for (const w of winners) if (state.isFree(w.from, w.to)) state.accept(w);
  linkRepeatedAliases(state, rejected, THRESHOLD);
}
