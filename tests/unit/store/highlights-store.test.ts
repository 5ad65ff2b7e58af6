import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openDossierDb, type Db } from '../../../extension/background/db.ts';
import {
  StorageFullError, deleteHighlight, exportAll, importHighlights, listHighlights, restoreHighlight, saveHighlight, updateHighlight,
} from '../../../extension/background/highlights-store.ts';
import { H1, H2, H3 } from '../export/fixed-highlights.ts';

let db: Db;
let n = 0;
beforeEach(async () => {
  db = await openDossierDb(`store-test-${n++}`);
});
afterEach(() => {
  vi.restoreAllMocks();
  db.close();
});

/** Makes the Nth `put` on any object store throw QuotaExceededError, as a full disk does. */
function failPutNumber(nth: number) {
  const raw = IDBObjectStore.prototype.put;
  let calls = 0;
  return vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args) {
    if (++calls === nth) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    return raw.apply(this, args as Parameters<typeof raw>);
  });
}

describe('highlights store', () => {
  it('saves, lists (newest first) and filters', async () => {
    await saveHighlight(db, H1);
    await saveHighlight(db, H2);
    await saveHighlight(db, H3);
    expect((await listHighlights(db)).map((h) => h.id)).toEqual([H3.id, H2.id, H1.id]);
    expect((await listHighlights(db, { source: 'https://news.example/a' })).map((h) => h.id)).toEqual([H2.id, H1.id]);
    expect((await listHighlights(db, { query: 'putin' })).map((h) => h.id)).toEqual([H2.id]);
    expect((await listHighlights(db, { query: 'LINE "TWO"' })).map((h) => h.id)).toEqual([H1.id]);
    expect((await listHighlights(db, { tag: 'x' })).map((h) => h.id)).toEqual([H3.id]);
    expect((await listHighlights(db, { entityId: 'country:GB' })).map((h) => h.id)).toEqual([H1.id]);
    expect((await listHighlights(db, { site: 'ample' })).length).toBe(0);
    expect((await listHighlights(db, { site: 'example' })).length).toBe(3);
    expect((await listHighlights(db, { site: 'other.example' })).map((h) => h.id)).toEqual([H3.id]);
    expect((await listHighlights(db, { from: '2026-01-03', to: '2026-01-31' })).map((h) => h.id)).toEqual([H2.id]);
    expect((await listHighlights(db, { to: '2026-01-02' })).map((h) => h.id)).toEqual([H1.id]);
    expect((await exportAll(db)).map((h) => h.id)).toEqual([H1.id, H2.id, H3.id]);
  });

  it('refuses an invalid record', async () => {
    await expect(saveHighlight(db, { ...H1, colour: 'octarine' as 'pink' })).rejects.toThrow('highlight.colour');
    expect(await listHighlights(db)).toEqual([]);
  });

  it('updates note, tags and colour and moves modified forward', async () => {
    await saveHighlight(db, H2);
    const updated = await updateHighlight(db, H2.id, { note: 'new note', tags: ['t'], colour: 'blue' }, new Date('2020-01-01T00:00:00Z'));
    expect(updated).toMatchObject({ note: 'new note', tags: ['t'], colour: 'blue', created: H2.created });
    // The clock said 2020, but modified never goes backwards.
    expect(updated!.modified > H2.modified).toBe(true);
    expect((await listHighlights(db))[0]).toEqual(updated);
    expect(await updateHighlight(db, 'urn:uuid:00000000-0000-4000-8000-000000000000', { note: 'x' })).toBeNull();
  });

  it('deletes and restores exactly (undo)', async () => {
    await saveHighlight(db, H1);
    const removed = await deleteHighlight(db, H1.id);
    expect(removed).toEqual(H1);
    expect(await listHighlights(db)).toEqual([]);
    expect(await deleteHighlight(db, H1.id)).toBeNull();
    await restoreHighlight(db, removed!);
    expect(await listHighlights(db)).toEqual([H1]);
  });

  it('imports idempotently: the same file twice adds nothing', async () => {
    expect(await importHighlights(db, [H1, H2, H3])).toEqual({ added: 3, updated: 0, unchanged: 0 });
    expect(await importHighlights(db, [H1, H2, H3])).toEqual({ added: 0, updated: 0, unchanged: 3 });
    expect((await exportAll(db)).length).toBe(3);
    const newer = { ...H1, note: 'edited elsewhere', modified: '2026-05-01T00:00:00.000Z' };
    expect(await importHighlights(db, [newer])).toEqual({ added: 0, updated: 1, unchanged: 0 });
    expect((await listHighlights(db, { query: 'edited elsewhere' })).length).toBe(1);
  });

  it('leaves nothing behind when storage fills up mid-import', async () => {
    await saveHighlight(db, H3);
    failPutNumber(2);
    const error = await importHighlights(db, [H1, H2, { ...H3, modified: '2027-01-01T00:00:00.000Z' }]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StorageFullError);
    expect((error as Error).message).toMatch(/storage for Dossier is full/);
    vi.restoreAllMocks();
    expect(await exportAll(db)).toEqual([H3]);
  });

  it('maps a quota failure on save to StorageFullError and stores nothing', async () => {
    failPutNumber(1);
    await expect(saveHighlight(db, H1)).rejects.toBeInstanceOf(StorageFullError);
    vi.restoreAllMocks();
    expect(await exportAll(db)).toEqual([]);
  });

  it('rejects a whole import if one record is invalid', async () => {
    await expect(importHighlights(db, [H1, { ...H2, tags: [''] }])).rejects.toThrow('highlights[1].tags[0]');
    expect(await exportAll(db)).toEqual([]);
  });
});
