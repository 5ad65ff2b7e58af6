/**
 * What re-finding a page's saved highlights gives (anchored spans and orphans) and the small
 * helpers the content script keeps at hand; the anchoring itself (`find-again.ts`, with its
 * fuzzy matcher) is loaded only on a page that has saved highlights (`anchor-loader.ts`).
 */
import type { AnchorHow } from '../../../src/anchor/anchor.ts';
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
