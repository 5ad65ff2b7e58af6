/**
 * Background handlers for the highlight calls of `BackgroundCalls` (extension/shared/protocol.ts).
 * The wiring in index.ts maps each incoming method name to the method of the same name here.
 */
import type { Db } from './db.ts';
import {
  addHighlightOnce, deleteHighlight, exportAll, importHighlights, listHighlights, restoreHighlight, updateHighlight,
} from './highlights-store.ts';
import { getEntity } from './kb-store.ts';
import type { BackgroundCalls, ParamsOf, ResultOf, SaveHighlightParams } from '../shared/protocol.ts';
import { normalisePageUrl } from '../../src/anchor/url.ts';
import { exportHighlights as convert, isExportFormat } from '../../src/export/index.ts';
import { parseImport } from '../../src/export/import.ts';
import { HIGHLIGHT_ID, createHighlight, type HighlightEntity } from '../../src/export/model.ts';

export const HIGHLIGHT_METHODS = [
  'saveHighlight', 'listHighlights', 'updateHighlight', 'deleteHighlight', 'restoreHighlight',
  'exportHighlights', 'importHighlights',
] as const;
export type HighlightMethod = (typeof HIGHLIGHT_METHODS)[number];

export type HighlightHandlers = {
  [K in HighlightMethod]: (params: ParamsOf<BackgroundCalls, K>) => Promise<ResultOf<BackgroundCalls, K>>;
};

/** Names and types of the linked entities, from the KB; an id the KB no longer has is kept as "other". */
async function entitiesOf(db: Db, ids: readonly string[]): Promise<HighlightEntity[]> {
  const unique = [...new Set(ids)];
  const records = await Promise.all(unique.map((id) => getEntity(db, id)));
  return unique.map((id, i) => {
    const e = records[i];
    return e ? { id, name: e.name, type: e.type } : { id, name: id, type: 'other' };
  });
}

/** A new highlight from what a card sends (see `SaveHighlightParams`), under the id it chose. */
async function fromCard(db: Db, p: SaveHighlightParams) {
  if (typeof p.id !== 'string' || !HIGHLIGHT_ID.test(p.id)) throw new Error('a highlight to save needs an id (urn:uuid:…)');
  return createHighlight({
    source: normalisePageUrl(p.url),
    title: p.title,
    entities: await entitiesOf(db, p.entityIds),
    selectors: {
      quote: { exact: p.quote, prefix: p.prefix, suffix: p.suffix },
      position: { start: p.start, end: p.end },
    },
  }, new Date(), p.id);
}

/** Handlers bound to an open database. Errors are thrown as Errors; the RPC layer sends their message. */
export function highlightHandlers(db: Db): HighlightHandlers {
  return {
    saveHighlight: async (params) => ({ id: (await addHighlightOnce(db, await fromCard(db, params))).id }),
    listHighlights: (filter) => listHighlights(db, filter ?? {}),
    updateHighlight: ({ id, ...patch }) => updateHighlight(db, id, patch),
    deleteHighlight: ({ id }) => deleteHighlight(db, id),
    restoreHighlight: ({ highlight }) => restoreHighlight(db, highlight),
    exportHighlights: async ({ format, ids }) => {
      if (!isExportFormat(format)) throw new Error(`unknown export format ${JSON.stringify(format)}`);
      const all = await exportAll(db);
      const wanted = ids ? new Set(ids) : null;
      return convert(format, wanted ? all.filter((h) => wanted.has(h.id)) : all);
    },
    importHighlights: async ({ text }) => importHighlights(db, parseImport(text).highlights),
  };
}
