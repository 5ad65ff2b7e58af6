/**
 * Storage full: a QuotaExceededError during any write (a highlight save, a highlight import, a
 * user-pack import, a KB install batch) gives a clear StorageFullError message, and the failed
 * write leaves nothing behind; what was stored before stays readable.
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openDossierDb, type Db } from '../../../extension/background/db.ts';
import { highlightHandlers } from '../../../extension/background/highlight-handlers.ts';
import { importHighlights, saveHighlight } from '../../../extension/background/highlights-store.ts';
import { BATCH, findByAlias, installKb, installedKbVersion, listUserEntities } from '../../../extension/background/kb-store.ts';
import { StorageFullError } from '../../../extension/background/storage-full.ts';
import { userDataHandlers } from '../../../extension/background/user-data.ts';
import { toJson } from '../../../src/export/json.ts';
import { newHighlightId } from '../../../src/export/model.ts';
import type { Entity, KnowledgeBase } from '../../../src/kb/model.ts';
import { parseUserPack } from '../../../src/kb/user-pack.ts';
import { H1, H2, H3 } from '../export/fixed-highlights.ts';

const FULL = /storage for Dossier is full, so .+\. Export and delete old highlights or free disk space, then try again\./;
let db: Db;

/** From the `nth` put on, every put throws QuotaExceededError, as a full disk does. */
function diskFullFrom(nth: number, how: 'throw' | 'request-error' = 'throw') {
  const raw = IDBObjectStore.prototype.put;
  let calls = 0;
  return vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args) {
    if (++calls < nth) return raw.apply(this, args as Parameters<typeof raw>);
    if (how === 'throw') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    // The asynchronous form: the transaction aborts with a quota error after the request was queued.
    const request = raw.apply(this, args as Parameters<typeof raw>);
    this.transaction.abort();
    Object.defineProperty(this.transaction, 'error', { value: new DOMException('The quota has been exceeded.', 'QuotaExceededError') });
    return request;
  });
}

const entity = (i: number): Entity => ({ id: `org:e${i}`, name: `Entity ${i}`, type: 'organization', aliases: [], description: 'd' });
const kb = (version: string, n: number): KnowledgeBase => ({ schemaVersion: 1, contentVersion: version, entities: Array.from({ length: n }, (_, i) => entity(i)) });

beforeEach(async () => {
  globalThis.indexedDB = new IDBFactory();
  db = await openDossierDb();
});
afterEach(() => {
  vi.restoreAllMocks();
  db.close();
});

describe('storage full', () => {
  it('a highlight save gives the message and stores nothing; earlier highlights stay', async () => {
    await saveHighlight(db, H1);
    diskFullFrom(1);
    const error = await highlightHandlers(db).saveHighlight({
      id: newHighlightId(), url: 'https://news.example/a', title: 't', quote: 'APT29', prefix: '', suffix: '', start: 0, end: 5, entityIds: [],
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StorageFullError);
    expect((error as Error).message).toMatch(FULL);
    vi.restoreAllMocks();
    expect((await db.getAll('highlights')).map((h) => h.id)).toEqual([H1.id]);
  });

  it.each(['throw', 'request-error'] as const)('a highlight import failing part-way (%s) stores none of the file', async (how) => {
    diskFullFrom(2, how);
    await expect(highlightHandlers(db).importHighlights({ text: toJson([H1, H2, H3]) })).rejects.toThrow(FULL);
    vi.restoreAllMocks();
    expect(await db.count('highlights')).toBe(0);
    expect(await importHighlights(db, [H1, H2, H3])).toEqual({ added: 3, updated: 0, unchanged: 0 });
  });

  it.each(['throw', 'request-error'] as const)('a user pack import failing part-way (%s) stores none of the pack and says so', async (how) => {
    const handlers = userDataHandlers(db);
    await handlers.importUserPack({ entities: parseUserPack('name,type\nKept One,person\n').entities });
    const pack = parseUserPack('name,type\nAlpha,person\nBeta,organization\nGamma,place\n').entities;
    diskFullFrom(2, how);
    const error = await handlers.importUserPack({ entities: pack }).catch((e: unknown) => e);
    vi.restoreAllMocks();
    expect(error).toBeInstanceOf(StorageFullError);
    expect((error as Error).message).toMatch(/the user pack was not imported/);
    expect((await listUserEntities(db)).map((e) => e.name)).toEqual(['Kept One']);
  });

  it('a KB install that runs out of space keeps the previous KB in use, and resumes once there is room', async () => {
    await installKb(db, kb('v1', 50));
    diskFullFrom(Math.round(BATCH * 1.4)); // part-way through the second batch of v2
    const error = await installKb(db, kb('v2', Math.round(BATCH * 2.4))).catch((e: unknown) => e);
    vi.restoreAllMocks();
    expect(error).toBeInstanceOf(StorageFullError);
    expect((error as Error).message).toMatch(/knowledge base update was not finished \(the previous one stays in use\)/);
    expect((await installedKbVersion(db))?.contentVersion).toBe('v1');
    expect((await findByAlias(db, 'Entity 7')).map((e) => e.id)).toEqual(['org:e7']);
    // The failed batch left nothing: only the first, committed batch of v2 is there beyond v1.
    expect(await db.count('entities')).toBe(BATCH);
    expect(await installKb(db, kb('v2', Math.round(BATCH * 2.4)))).toBe(true);
    expect(await db.count('entities')).toBe(Math.round(BATCH * 2.4));
  });
});
