/**
 * What the linker remembers of a page linked in pieces (issue 14): the extension sends a page in
 * chunks of a few thousand characters, and linked one by one, "Raab" in chunk 5 would not know
 * "Dominic Raab" from chunk 1, nor a short form the page's country. A `PageState` carries from
 * chunk to chunk the evidence a whole-text run has in one go: the countries named, the entities
 * linked, the full names in play (known people, and unknown "Given Surname" pairs that keep a
 * surname from meaning someone else), surnames the page has settled, names the page defined
 * ("known as X"), and the bare surnames still unresolved, so a full name in a later chunk can
 * link them afterwards (`takeUpgrades`). Every collection is bounded: a live blog of 10 MB keeps
 * the most recent evidence, never all of it. Built by `Linker.startPage()`; page-link.ts reads
 * and writes it.
 */
import type { Mention } from './types.ts';


/** The linker's entity table as a page state needs it: an entity's id by number (entity-table.ts). */
export interface EntityIds {
  id(n: number): string | undefined;
}

/** A full name seen earlier on the page: a known person (entity ≥ 0) or someone we do not know (-1). */
export interface PageName {
  given: string;
  surname: string;
  entity: number;
  confidence: number;
}

/** A bare surname left unlinked in a chunk, which a full name arriving later may resolve. */
export interface PendingSurname {
  chunk: number;
  /** Offsets into that chunk's text: the surname, or the initial before it ("A. Kelin"). */
  start: number;
  end: number;
  quote: string;
  /** The surname's name key. */
  key: string;
  /** The initial's letter (folded) when one stands before the surname, else ''. */
  initial: string;
  /** Links only to a full name of exactly this surname (an ordinary word on its page, or a Title Case line). */
  exactOnly: boolean;
}

/** Mentions found afterwards in an earlier chunk, in that chunk's own offsets. */
export interface ChunkUpgrade {
  chunk: number;
  mentions: Mention[];
}

/** Bounds: a page keeps its most recent evidence of each kind, never more than this. */
export const PAGE_LIMITS = { names: 512, settled: 256, localAliases: 256, linked: 4096, pending: 1024 };

/** Sets `key` as the most recent entry of an insertion-ordered map, forgetting the oldest beyond `limit`. */
export function remember<K, V>(map: Map<K, V>, key: K, value: V, limit: number): void {
  map.delete(key);
  map.set(key, value);
  if (map.size > limit) map.delete(map.keys().next().value as K);
}

/** The linker's memory of one page between its chunks. Entity numbers are those of the linker that made it. */
export class PageState {
  /** Country codes named on the page so far, with counts (as `PageContext.countries`). */
  readonly countries = new Map<string, number>();
  /** Entities linked so far, with counts. */
  readonly linked = new Map<number, number>();
  /** Full names by `given surname entity`, oldest first. */
  readonly names = new Map<string, PageName>();
  /** Bare surnames the page has shown to be one prominent person: name key → entity and confidence. */
  readonly settled = new Map<string, { entity: number; confidence: number }>();
  /** Names the page gave an entity itself, as coreference looks them up (the raw word). */
  readonly localAliases = new Map<string, number>();
  /** Unresolved bare surnames of earlier chunks, oldest first. */
  pending: PendingSurname[] = [];
  /** Chunks linked so far. */
  chunks = 0;
  /** Sentences of the chunks linked so far: all, and those using sport words (sports-teams.ts). */
  sentences = { all: 0, sporty: 0 };
  /** How often the chunks linked so far named each sport (page-sport.ts). */
  sports: number[] = [];
  private upgrades: ChunkUpgrade[] = [];

  /** @param owner the linker's entity table: a state is only valid with the linker that made it. */
  constructor(readonly owner: EntityIds) {}

  /** Mentions found in earlier chunks by the last `link` calls, and forgets them. */
  takeUpgrades(): ChunkUpgrade[] {
    const out = this.upgrades;
    this.upgrades = [];
    return out;
  }

  /** Adds mentions found afterwards in chunk `chunk` (page-link.ts). */
  addUpgrade(chunk: number, mention: Mention): void {
    const known = this.upgrades.find((u) => u.chunk === chunk);
    if (known) known.mentions.push(mention);
    else this.upgrades.push({ chunk, mentions: [mention] });
  }
}

/**
 * The same page's state for a linker built again (the entity set changed mid-page: a user pack,
 * the KB install finishing): entity numbers translated by id through `numberOf`, entities the
 * new linker lacks forgotten, everything else carried over.
 */
export function rebasePage(old: PageState, owner: EntityIds, numberOf: (id: string) => number | undefined): PageState {
  const page = new PageState(owner);
  page.sentences = { ...old.sentences };
  page.sports = [...old.sports];
  const map = (n: number): number | undefined => (n < 0 ? n : numberOf(old.owner.id(n) ?? ''));
  for (const [code, n] of old.countries) page.countries.set(code, n);
  for (const [entity, n] of old.linked) {
    const to = map(entity);
    if (to !== undefined) page.linked.set(to, n);
  }
  for (const [key, name] of old.names) {
    const to = map(name.entity);
    if (to !== undefined) page.names.set(key, { ...name, entity: to });
  }
  for (const [key, s] of old.settled) {
    const to = map(s.entity);
    if (to !== undefined) page.settled.set(key, { ...s, entity: to });
  }
  for (const [raw, entity] of old.localAliases) {
    const to = map(entity);
    if (to !== undefined) page.localAliases.set(raw, to);
  }
  page.pending = [...old.pending];
  page.chunks = old.chunks;
  return page;
}
