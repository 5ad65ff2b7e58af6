/**
 * Re-finding a page's saved highlights in its current text (pure: no DOM). Each highlight is
 * anchored with `src/anchor/anchor.ts` (exact → position → fuzzy); one that cannot be found is
 * an orphan, reported and kept, never dropped.
 */
import { anchor } from '../../../src/anchor/anchor.ts';
import type { Highlight } from '../../../src/export/model.ts';
import type { FindResult, Placed } from './find-result.ts';

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

