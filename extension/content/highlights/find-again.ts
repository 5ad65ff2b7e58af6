/**
 * Re-finding a page's saved highlights in its current text (pure: no DOM). Each highlight is
 * anchored with `src/anchor/anchor.ts` (exact → position → fuzzy); one that cannot be found is
 * an orphan, reported and kept, never dropped.
 */
import { anchor, type AnchorHow } from '../../../src/anchor/anchor.ts';
import type { Highlight } from '../../../src/export/model.ts';
import type { AnchorStatus } from '../../shared/protocol.ts';

export interface Placed {
  id: string;
  start: number;
  end: number;
  how: AnchorHow;
}

export interface FindResult {
  placed: Placed[];
  /** Ids of the highlights not found in the text, in the order given. */
  orphaned: string[];
}

/** Anchors every highlight in `text`. */
export function findAll(text: string, highlights: readonly Pick<Highlight, 'id' | 'selectors'>[]): FindResult {
  const placed: Placed[] = [];
  const orphaned: string[] = [];
  for (const h of highlights) {
    const hit = anchor(text, h.selectors);
    if (hit) placed.push({ id: h.id, ...hit });
    else orphaned.push(h.id);
  }
  return { placed, orphaned };
}

/** The wire answer of `getAnchorStatus`: anchored and orphaned ids, each list sorted. */
export function statusOf(result: FindResult): AnchorStatus {
  return { anchored: result.placed.map((p) => p.id).sort(), orphaned: [...result.orphaned].sort() };
}

/**
 * Adds or replaces one highlight in a list keyed by id (a save made on this page joins the
 * list at once instead of waiting for a reload).
 */
export function upsert<T extends { id: string }>(list: readonly T[], item: T): T[] {
  return [...list.filter((h) => h.id !== item.id), item];
}
