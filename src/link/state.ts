/**
 * Working state of one linking run: the tokens, the context, the accepted mentions and which
 * tokens they cover. Each stage reads it and adds to it.
 */
import type { TokenList } from '../text/tokens.ts';
import type { MatchHow } from './types.ts';
import type { PageContext } from './context.ts';
import type { EntityTable } from './entity-table.ts';

/** A proposed or accepted link of tokens [from, to) to an entity. */
export interface Candidate {
  from: number;
  to: number;
  entity: number;
  how: MatchHow;
  confidence: number;
  /** Alias flags when it came from an alias (0 otherwise). */
  flags: number;
}

export class LinkState {
  /** Accepted mentions by id; a removed one is set to null. */
  readonly accepted: (Candidate | null)[] = [];
  /** Mention id covering each token, or -1. */
  readonly covered: Int32Array;
  /** Names this page gives an entity itself ("known as X"): folded key → entity. */
  readonly localAliases = new Map<string, number>();
  /**
   * Sentences of the page's earlier chunks, all and those using sport words (page-link.ts): a
   * page-level share (is this a sports page?) is the page's, not one chunk's.
   */
  earlierSentences = { all: 0, sporty: 0 };
  /** How often the page's earlier chunks named each sport (page-sport.ts), by its index in SPORT_NAMES. */
  earlierSports: number[] = [];
  /** `mentions()` as last computed, until a mention is accepted or removed (several stages ask in turn). */
  private sorted: Candidate[] | null = null;

  constructor(
    readonly tokens: TokenList,
    readonly ctx: PageContext,
    readonly entities: EntityTable,
  ) {
    this.covered = new Int32Array(tokens.length).fill(-1);
  }

  isFree(from: number, to: number): boolean {
    for (let i = from; i < to; i++) if (this.covered[i] !== -1) return false;
    return true;
  }

  /** Mentions overlapping [from, to). */
  overlapping(from: number, to: number): number[] {
    const ids = new Set<number>();
    for (let i = from; i < to; i++) {
      const id = this.covered[i] as number;
      if (id !== -1) ids.add(id);
    }
    return [...ids];
  }

  accept(candidate: Candidate): void {
    const id = this.accepted.length;
    this.accepted.push(candidate);
    this.sorted = null;
    for (let i = candidate.from; i < candidate.to; i++) this.covered[i] = id;
    this.ctx.linked.set(candidate.entity, (this.ctx.linked.get(candidate.entity) ?? 0) + 1);
    const country = this.entities.get(candidate.entity)?.country;
    if (this.entities.get(candidate.entity)?.type === 'country' && country) this.ctx.addCountry(country, candidate.from);
  }

  remove(id: number): void {
    const candidate = this.accepted[id];
    if (!candidate) return;
    for (let i = candidate.from; i < candidate.to; i++) if (this.covered[i] === id) this.covered[i] = -1;
    this.accepted[id] = null;
    this.sorted = null;
    const n = (this.ctx.linked.get(candidate.entity) ?? 1) - 1;
    if (n > 0) this.ctx.linked.set(candidate.entity, n);
    else this.ctx.linked.delete(candidate.entity);
  }

  /** Replaces whatever overlaps `candidate` by it. */
  replace(candidate: Candidate): void {
    for (const id of this.overlapping(candidate.from, candidate.to)) this.remove(id);
    this.accept(candidate);
  }

  /** Accepted mentions in text order (shared until the next change: do not modify). */
  mentions(): readonly Candidate[] {
    return (this.sorted ??= this.accepted.filter((c): c is Candidate => c !== null).sort((a, b) => a.from - b.from));
  }
}
