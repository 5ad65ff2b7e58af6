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
import { getEntity, installKb, installedKbVersion, listUserEntities } from '../../../extension/background/kb-store.ts';
import { StorageFullError } from '../../../extension/background/storage-full.ts';
import { userDataHandlers } from '../../../extension/background/user-data.ts';
import { toJson } from '../../../src/export/json.ts';
import { newHighlightId } from '../../../src/export/model.ts';
import type { Entity } from '../../../src/kb/model.ts';
import { kbSource } from '../../../src/kb/parts.ts';
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
/** A KB of `n` entities in parts of about 40 entities: each part one stored record and one progress put. */
const kb = (version: string, n: number) => kbSource({ schemaVersion: 1, contentVersion: version, entities: Array.from({ length: n }, (_, i) => entity(i)) }, 4_000);

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
    const v1 = await kb('v1', 50);
    await installKb(db, v1);
    const v2 = await kb('v2', 600);
    expect(v2.header.parts.length).toBeGreaterThan(6);
    diskFullFrom(7); // the fourth part of v2 (two puts a part)
    const error = await installKb(db, v2).catch((e: unknown) => e);
    vi.restoreAllMocks();
    expect(error).toBeInstanceOf(StorageFullError);
    expect((error as Error).message).toMatch(/knowledge base update was not finished \(the previous one stays in use\)/);
    expect((await installedKbVersion(db))?.contentVersion).toBe('v1');
    expect((await getEntity(db, 'org:e7'))?.name).toBe('Entity 7');
    expect(await getEntity(db, 'org:e500')).toBeUndefined(); // only in v2: the previous KB answers
    // The failed part left nothing: only the three committed parts of v2 are there beside v1's records.
    expect(await db.count('kbChunks')).toBe(v1.header.parts.length + 3);
    const resumed: number[] = [];
    expect(await installKb(db, v2, (done) => resumed.push(done))).toBe(true);
    expect(resumed.length).toBe(v2.header.parts.length - 3);
    expect(await db.count('kbChunks')).toBe(v2.header.parts.length);
    expect((await getEntity(db, 'org:e500'))?.name).toBe('Entity 500');
  });
});
