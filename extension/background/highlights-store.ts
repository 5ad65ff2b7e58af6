/**
 * Saved highlights in IndexedDB (the `highlights` store of db.ts). Every write is one
 * transaction, so a record is stored whole or not at all, and an import is all or nothing.
 * A full disk surfaces as StorageFullError with a message a researcher can act on.
 */
import type { IDBPObjectStore } from 'idb';
import type { Db, DossierDB } from './db.ts';
import { byNewest, highlightMatcher, type HighlightFilter } from '../../src/export/filter.ts';
import type { Highlight, HighlightColour } from '../../src/export/model.ts';
import { validateHighlight } from '../../src/export/validate.ts';
import { StorageFullError, isQuotaError } from './storage-full.ts';

export { StorageFullError };

export type { HighlightFilter };
type Store = IDBPObjectStore<DossierDB, ['highlights'], 'highlights', 'readwrite'>;

/**
 * Runs `work` in one readwrite transaction. On any failure the transaction is aborted (undoing
 * every write in it) and a quota error becomes StorageFullError.
 */
async function write<T>(db: Db, work: (store: Store) => Promise<T>): Promise<T> {
  const tx = db.transaction('highlights', 'readwrite');
  // Observe `done` at once so an abort never surfaces as an unhandled rejection.
  const done = tx.done.then(() => undefined, (error: unknown) => error ?? tx.error ?? new Error('transaction aborted'));
  try {
    const result = await work(tx.store);
    const failure = await done;
    if (failure) throw failure;
    return result;
  } catch (error) {
    try {
      tx.abort();
    } catch {
      // Already finished or aborting: nothing more to undo.
    }
    await done;
    throw isQuotaError(error) || isQuotaError(tx.error) ? new StorageFullError() : error;
  }
}

const asHighlight = (value: unknown) => value as Highlight;

/** Stores a highlight (new, or replacing the same id) after validating every field. */
export async function saveHighlight(db: Db, highlight: Highlight): Promise<Highlight> {
  const record = validateHighlight(highlight, 'highlight');
  await write(db, (store) => store.put(record));
  return record;
}

/**
 * Stores a new highlight unless one with its id is stored already (then returns that one,
 * unchanged): a save sent again because its reply was lost must not add or overwrite anything.
 * The check and the write are one transaction.
 */
export async function addHighlightOnce(db: Db, highlight: Highlight): Promise<Highlight> {
  const record = validateHighlight(highlight, 'highlight');
  return write(db, async (store) => {
    const existing = await store.get(record.id);
    if (existing) return asHighlight(existing);
    await store.put(record);
    return record;
  });
}

export interface HighlightPatch {
  note?: string;
  tags?: string[];
  colour?: HighlightColour;
}

/** Changes note, tags or colour and bumps `modified` (always forward); null if there is no such highlight. */
export function updateHighlight(db: Db, id: string, patch: HighlightPatch, now = new Date()): Promise<Highlight | null> {
  return write(db, async (store) => {
    const old = await store.get(id);
    if (!old) return null;
    const current = asHighlight(old);
    const later = Math.max(now.getTime(), Date.parse(current.modified) + 1);
    const next = validateHighlight({
      ...current,
      ...(patch.note !== undefined ? { note: patch.note } : {}),
      ...(patch.tags !== undefined ? { tags: patch.tags } : {}),
      ...(patch.colour !== undefined ? { colour: patch.colour } : {}),
      modified: new Date(later).toISOString(),
    }, 'highlight');
    await store.put(next);
    return next;
  });
}

/** Deletes a highlight and returns it (the caller keeps it to undo); null if absent. */
export function deleteHighlight(db: Db, id: string): Promise<Highlight | null> {
  return write(db, async (store) => {
    const old = await store.get(id);
    if (old) await store.delete(id);
    return old ? asHighlight(old) : null;
  });
}

/** Puts a deleted highlight back exactly as it was (undo). */
export function restoreHighlight(db: Db, highlight: Highlight): Promise<Highlight> {
  return saveHighlight(db, highlight);
}

/** An ISO key range on `created` covering the filter's dates (the matcher still applies them exactly). */
function createdRange(filter: HighlightFilter): IDBKeyRange | undefined {
  const iso = (value: string, endOfDay: boolean) =>
    /^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T${endOfDay ? '23:59:59.999' : '00:00:00.000'}Z` : new Date(value).toISOString();
  const lower = filter.from ? iso(filter.from, false) : undefined;
  const upper = filter.to ? iso(filter.to, true) : undefined;
  if (lower && upper) return lower <= upper ? IDBKeyRange.bound(lower, upper) : undefined;
  return lower ? IDBKeyRange.lowerBound(lower) : upper ? IDBKeyRange.upperBound(upper) : undefined;
}

/** Highlights matching `filter`, newest first. A `source` or date filter reads only its index range. */
export async function listHighlights(db: Db, filter: HighlightFilter = {}): Promise<Highlight[]> {
  const matches = highlightMatcher(filter); // throws RangeError on an unreadable date, before any read
  const range = filter.from || filter.to ? createdRange(filter) : undefined;
  const all = filter.source ? await db.getAllFromIndex('highlights', 'source', filter.source)
    : range ? await db.getAllFromIndex('highlights', 'created', range)
    : filter.from && filter.to ? [] // from after to: nothing can match
    : await db.getAll('highlights');
  return all.map(asHighlight).filter(matches).sort(byNewest);
}

/** Every highlight, oldest first (the natural order of an export file). */
export async function exportAll(db: Db): Promise<Highlight[]> {
  return (await db.getAll('highlights')).map(asHighlight).sort((a, b) => byNewest(b, a));
}

export interface ImportCounts {
  added: number;
  /** Already present and replaced because the file's copy was modified later. */
  updated: number;
  /** Already present with the same or a newer copy. */
  unchanged: number;
}

/**
 * Imports validated highlights in one transaction (all or nothing). Idempotent by id: a
 * highlight already stored is kept unless the imported copy is newer, so importing the same
 * file twice adds nothing.
 */
export async function importHighlights(db: Db, highlights: readonly Highlight[]): Promise<ImportCounts> {
  const records = highlights.map((h, i) => validateHighlight(h, `highlights[${i}]`));
  return write(db, async (store) => {
    const counts: ImportCounts = { added: 0, updated: 0, unchanged: 0 };
    for (const record of records) {
      const old = await store.get(record.id);
      if (old && asHighlight(old).modified >= record.modified) {
        counts.unchanged++;
        continue;
      }
      await store.put(record);
      counts[old ? 'updated' : 'added']++;
    }
    return counts;
  });
}
