/**
 * Linking one chunk of a page with what earlier chunks showed (page-state.ts): the page's
 * evidence goes into the chunk's context before the stages run, the chunk's own evidence goes
 * back into the page state after them, and a full name or settled surname the chunk brings
 * resolves bare surnames earlier chunks had to leave unlinked (a headline's "Raab" before the
 * article's "Dominic Raab" arrives, as the viewport-first order may send them).
 */
import { sportCounts } from './page-sport.ts';
import { sportSentences } from './sports-teams.ts';
import type { CorefMemory, CorefResult } from './coreference.ts';
import { fullNames, indexNames, initialBefore, nearestFullName } from './full-names.ts';
import { nameKey } from './name-keys.ts';
import { PAGE_LIMITS, remember, type PageState, type PendingSurname } from './page-state.ts';
import type { PersonTable } from './person-names.ts';
import { THRESHOLD } from './resolve.ts';
import type { Candidate, LinkState } from './state.ts';
import type { Mention } from './types.ts';

/** Adds `counts` into `into`. */
function addCounts<K>(into: Map<K, number>, counts: ReadonlyMap<K, number>): void {
  for (const [k, n] of counts) into.set(k, (into.get(k) ?? 0) + n);
}

/** Before the stages: the page's countries, entities and own names join the chunk's context. */
export function seedFromPage(state: LinkState, page: PageState): void {
  addCounts(state.ctx.countries, page.countries);
  addCounts(state.ctx.linked, page.linked);
  for (const [raw, entity] of page.localAliases) if (!state.localAliases.has(raw)) state.localAliases.set(raw, entity);
  state.earlierSentences = { ...page.sentences };
  state.earlierSports = [...page.sports];
}

/**
 * After alias resolution, which keeps only the chunk's own links in play: the page's entities
 * count again for the later stages (variants, coreference) as they do in a whole-page run.
 */
export function relinkPageEntities(state: LinkState, page: PageState): void {
  addCounts(state.ctx.linked, page.linked);
}

/** The page's full names for coreference, before this chunk (the most recent nearest), and its settled surnames. */
export function corefMemory(page: PageState): CorefMemory {
  const names = [...page.names.values()];
  return { names: names.map((n, k) => ({ ...n, at: k - names.length })), settled: page.settled };
}

/** A bare surname of the chunk left unlinked, as the page state keeps it. */
function pendingAt(state: LinkState, text: string, chunk: number, i: number): PendingSurname {
  const { tokens } = state;
  const initial = initialBefore(state, i);
  const start = tokens.start[initial >= 0 ? initial : i] as number;
  const end = tokens.end[i] as number;
  const exactOnly = state.ctx.lowerCaseWords().has(tokens.hash[i] as number) || state.ctx.isTitleCase(i);
  return { chunk, start, end, quote: text.slice(start, end), key: nameKey(tokens, i), initial: initial >= 0 ? tokens.get(initial).key[0] ?? '' : '', exactOnly };
}

/**
 * After the stages: the chunk's countries, links, full names, settled surnames and own names
 * join the page state, and its unresolved surnames wait there for a later full name.
 */
export function recordChunk(state: LinkState, page: PageState, people: PersonTable, coref: CorefResult, chunk: number, text: string): void {
  page.chunks += 1;
  const here = sportSentences(state);
  page.sentences = { all: page.sentences.all + here.all, sporty: page.sentences.sporty + here.sporty };
  page.sports = sportCounts(state);
  // The chunk's context started from the page's counts: it now holds both.
  page.countries.clear();
  for (const [code, n] of state.ctx.countries) page.countries.set(code, n);
  for (const c of state.mentions()) remember(page.linked, c.entity, (page.linked.get(c.entity) ?? 0) + 1, PAGE_LIMITS.linked);
  for (const n of fullNames(state, people)) {
    remember(page.names, `${n.given} ${n.surname} ${n.entity}`, { given: n.given, surname: n.surname, entity: n.entity, confidence: n.confidence }, PAGE_LIMITS.names);
  }
  for (const [key, c] of coref.settled) remember(page.settled, key, { entity: c.entity, confidence: c.confidence }, PAGE_LIMITS.settled);
  for (const [raw, entity] of state.localAliases) remember(page.localAliases, raw, entity, PAGE_LIMITS.localAliases);
  // A chunk linked again (a re-linked block, a rescan) replaces its own waiting surnames.
  page.pending = page.pending.filter((p) => p.chunk !== chunk);
  for (const i of coref.unresolved) page.pending.push(pendingAt(state, text, chunk, i));
  if (page.pending.length > PAGE_LIMITS.pending) page.pending = page.pending.slice(page.pending.length - PAGE_LIMITS.pending);
}

/**
 * Resolves earlier chunks' waiting surnames with the full names and settled surnames of chunk
 * `chunk`, as a whole-page run would have (a surname before its full name takes it at 0.9 of
 * the similarity): each becomes a mention of its own chunk, handed out by `takeUpgrades`.
 */
export function upgradeEarlier(state: LinkState, page: PageState, people: PersonTable, coref: CorefResult, chunk: number, toMention: (p: PendingSurname, c: Candidate) => Mention): void {
  if (page.pending.length === 0) return;
  const names = indexNames(fullNames(state, people).map((n) => ({ ...n, at: 0 })));
  const kept: PendingSurname[] = [];
  for (const p of page.pending) {
    if (p.chunk === chunk) {
      kept.push(p);
      continue;
    }
    const found = resolvePending(p, names, coref.settled);
    if (found === undefined) kept.push(p);
    else if (found) page.addUpgrade(p.chunk, toMention(p, found));
    // null: the chunk names someone we do not know by that surname; the surname stays theirs.
  }
  page.pending = kept;
}

/** The link a waiting surname takes from a chunk's names: a candidate, null (someone else's), or undefined (nothing said). */
function resolvePending(p: PendingSurname, names: ReturnType<typeof indexNames>, settled: ReadonlyMap<string, Candidate>): Candidate | null | undefined {
  const near = nearestFullName(names, -1, p.key);
  if (near) {
    if (near.name.entity < 0) return null;
    if (near.name.surname !== p.key && p.exactOnly) return undefined;
    if (p.initial && near.name.given[0] !== p.initial) return undefined;
    const confidence = Math.min(near.name.confidence, 0.95) * near.similarity;
    return confidence >= THRESHOLD ? { from: 0, to: 0, entity: near.name.entity, how: 'coreference', confidence, flags: 0 } : undefined;
  }
  const first = settled.get(p.key);
  return first && !p.initial ? { from: 0, to: 0, entity: first.entity, how: 'coreference', confidence: first.confidence, flags: 0 } : undefined;
}
