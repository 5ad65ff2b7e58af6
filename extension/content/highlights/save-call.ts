/**
 * Saving a highlight so the answer never lies. The id is chosen here and the background stores
 * a save of an id it already has as done, so a call that failed (the service worker stopped
 * mid-save, or after storing but before replying) is simply sent once more: the first attempt
 * either wrote nothing (the second writes the highlight whole) or wrote it (the second finds it).
 * Success therefore means stored, and an error means not stored.
 */
import { newHighlightId } from '../../../src/export/model.ts';
import type { HighlightDescription } from '../../shared/protocol.ts';
import type { ContentContext } from '../types.ts';

/** Saves the described passage; resolves with its id once it is stored. */
export async function saveHighlight(ctx: ContentContext, described: HighlightDescription): Promise<{ id: string }> {
  const params = { ...described, id: newHighlightId() };
  try {
    return await ctx.call('saveHighlight', params);
  } catch {
    // Once more, the same id: a stopped worker restarts for it. A dead extension context
    // (reloaded, removed) or a refused save (storage full) fails again, and that error stands.
    return ctx.call('saveHighlight', params);
  }
}
