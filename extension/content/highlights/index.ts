/**
 * The user's highlights (saved passages) on the page: lists this page's highlights, re-finds
 * each in the page text (exact → position → fuzzy), draws them as `dossier-saved`, tries again
 * when the page's mutation feed (page-changes.ts) reports late content, and serves the side panel's `getAnchorStatus` and
 * `revealHighlight` plus the context menu's / keyboard command's `saveSelection`.
 * An orphan (a passage no longer on the page) is reported, never deleted.
 */
import type { Highlight } from '../../../src/export/model.ts';
import { rangeFor } from '../../../src/text/ranges.ts';
import { t } from '../../shared/i18n.ts';
import { serveContent } from '../../shared/rpc.ts';
import { scrollToRange } from '../card/flash.ts';
import { pageChanges } from '../page-changes.ts';
import type { ContentContext } from '../types.ts';
import { describeSelection } from './describe-span.ts';
import { HighlightPainter } from './draw.ts';
import { loadAnchoring } from './anchor-loader.ts';
import { statusOf, upsert, type FindResult } from './find-result.ts';
import { pageKey, readPageText } from './page-text.ts';
import { saveHighlight } from './save-call.ts';
import { createSaveUi } from './save-ui.ts';

type Saved = Pick<Highlight, 'id' | 'selectors'>;

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Mounts saved highlights on this page; returns the teardown. */
export function mountHighlights(ctx: ContentContext, doc: Document = document): () => void {
  // Highlights belong to the page a reader sees: frames (ads, embeds) keep none.
  if (doc.defaultView !== doc.defaultView?.top) return () => undefined;
  const painter = new HighlightPainter();
  const ui = createSaveUi(doc);
  let saved: Saved[] = [];
  let result: FindResult = { placed: [], orphaned: [] };
  let ranges = new Map<string, Range>();
  let stopWatching: (() => void) | null = null;

  /** Counts refreshes, so that an anchoring that finishes after a newer one began is dropped. */
  let generation = 0;
  /**
   * Anchors every saved highlight against the page text as it is now, and redraws. The
   * anchoring module is loaded on the first page that has something to find.
   */
  const refresh = async (): Promise<void> => {
    const run = ++generation;
    if (!saved.length) {
      // Nothing saved for this page (the common case): never read the page's text at all.
      result = { placed: [], orphaned: [] };
      ranges = new Map();
      painter.draw([]);
      return;
    }
    const { findAll } = await loadAnchoring();
    if (run !== generation) return;
    const pageText = readPageText(doc);
    result = findAll(pageText.text, saved);
    ranges = new Map();
    for (const p of result.placed) {
      const range = rangeFor(pageText, p.start, p.end);
      if (range && !range.collapsed) ranges.set(p.id, range);
    }
    painter.draw([...ranges.values()]);
    // Watch for late content only once there is something to find or keep in place.
    stopWatching ??= pageChanges(doc).subscribe(() => {
      refresh().catch((error: unknown) => console.warn('dossier: could not find saved highlights again', error));
    });
  };

  /** Saves made on this page since the last list was asked for (the list may predate them). */
  let recent: Saved[] = [];
  /** (Re)reads this page's highlights from the store: saves from the card, edits and deletes elsewhere. */
  const load = async (): Promise<void> => {
    recent = [];
    const list: Saved[] = await ctx.call('listHighlights', { source: pageKey(doc) });
    saved = recent.reduce<Saved[]>((all, h) => upsert(all, h), list);
    await refresh();
  };

  const saveSelection = async (): Promise<{ id: string | null }> => {
    const params = describeSelection(doc, ctx.mentions());
    if (!params) {
      ui.toast(t('savedNothing'), 'error');
      return { id: null };
    }
    try {
      const { id } = await saveHighlight(ctx, params);
      const item: Saved = { id, selectors: { quote: { exact: params.quote, prefix: params.prefix, suffix: params.suffix }, position: { start: params.start, end: params.end } } };
      recent.push(item);
      saved = upsert(saved, item);
      refresh().catch((error: unknown) => console.warn('dossier: could not find saved highlights again', error));
      ui.toast(t('savedToast'));
      ui.askNote(async (note) => {
        if (!(await ctx.call('updateHighlight', { id, note }))) throw new Error('the highlight was deleted');
      });
      return { id };
    } catch (error) {
      ui.toast(t('savedFailed', errorText(error)), 'error');
      throw error;
    }
  };

  const stopServing = serveContent({
    // The side panel asks after every change to its list: answer for the store as it is now.
    getAnchorStatus: async () => {
      await load();
      return statusOf(result);
    },
    revealHighlight: async ({ id }) => {
      if (!ranges.has(id)) await load(); // saved from the card since the page loaded
      const range = ranges.get(id);
      if (!range || range.collapsed) return { found: false };
      scrollToRange(range);
      painter.flash(range);
      return { found: true };
    },
    saveSelection: () => saveSelection(),
  });

  load().catch((error: unknown) => console.warn('dossier: could not load saved highlights', error));

  return () => {
    stopServing();
    stopWatching?.();
    painter.clear();
    ui.destroy();
  };
}
