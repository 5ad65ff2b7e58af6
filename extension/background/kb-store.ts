/**
 * The KB in IndexedDB: resumable install of shipped entities, lookups by id, alias and prefix, and the
 * user's own entities. Shipped installs never touch user entities, highlights or corrections.
 */
import type { Entity, KnowledgeBase } from '../../src/kb/model.ts';
import { entityKeys, normalizeKey } from '../../src/kb/keys.ts';
import type { Db } from './db.ts';
import { abortWith, mappingQuota } from './storage-full.ts';

/**
 * Entities per install transaction: few, large transactions (each commit costs a flush), small
 * enough that a killed worker loses little and resumes from the last one.
 */
export const BATCH = 5_000;
/** meta key of the installed KB version; written last, so it only names a complete install. */
export const KB_VERSION_KEY = 'kbVersion';
/** meta key of an install in progress: which version, and how many entities are written. */
const INSTALL_KEY = 'kbInstall';

export interface InstalledVersion { contentVersion: string; schemaVersion: number; count: number }
interface InstallState { contentVersion: string; next: number }
type StoredEntity = Entity & { keys: string[] };

const toRecord = (e: Entity, origin: 'shipped' | 'user'): StoredEntity => ({ ...e, origin, keys: entityKeys(e) });
const fromRecord = ({ keys: _keys, ...e }: StoredEntity): Entity => e;

/** The installed KB version, if any install completed. */
export async function installedKbVersion(db: Db): Promise<InstalledVersion | undefined> {
  return (await db.get('meta', KB_VERSION_KEY)) as InstalledVersion | undefined;
}

/**
 * Installs `kb` in batches, each batch one transaction that also records progress; a crash leaves the
 * previous entities readable and the next call resumes. Shipped entities absent from `kb` are removed
 * at the end, then the version is recorded. Returns false when this version was already installed.
 */
export function installKb(db: Db, kb: KnowledgeBase, onProgress?: (done: number, total: number) => void, batchSize = BATCH): Promise<boolean> {
  return mappingQuota('the knowledge base update was not finished (the previous one stays in use)', () => install(db, kb, onProgress, batchSize));
}

async function install(db: Db, kb: KnowledgeBase, onProgress: ((done: number, total: number) => void) | undefined, batchSize: number): Promise<boolean> {
  if ((await installedKbVersion(db))?.contentVersion === kb.contentVersion) return false;
  const state = (await db.get('meta', INSTALL_KEY)) as InstallState | undefined;
  let next = state?.contentVersion === kb.contentVersion ? state.next : 0;
  const total = kb.entities.length;
  while (next < total) {
    const batch = kb.entities.slice(next, next + batchSize);
    // Relaxed durability: a batch lost to a crash is simply installed again (the progress record
    // is in the same transaction), so no flush to disk is awaited per batch.
    const tx = db.transaction(['entities', 'meta'], 'readwrite', { durability: 'relaxed' });
    const entities = tx.objectStore('entities');
    try {
      for (const e of batch) {
        if (e.id.startsWith('user:')) continue; // a shipped KB never writes into the user's namespace
        entities.put(toRecord(e, 'shipped')).catch(() => {}); // a failed put fails tx.done, awaited below
      }
      next += batch.length;
      tx.objectStore('meta').put({ contentVersion: kb.contentVersion, next } satisfies InstallState, INSTALL_KEY).catch(() => {});
    } catch (error) {
      // A put that throws at once (quota) would otherwise let the rest of the batch commit.
      throw await abortWith(tx, error);
    }
    await tx.done;
    onProgress?.(next, total);
  }
  const keep = new Set(kb.entities.map((e) => e.id));
  const tx = db.transaction(['entities', 'meta'], 'readwrite');
  const store = tx.objectStore('entities');
  for (const id of await store.index('origin').getAllKeys('shipped')) if (!keep.has(id)) void store.delete(id);
  const meta = tx.objectStore('meta');
  void meta.put({ contentVersion: kb.contentVersion, schemaVersion: kb.schemaVersion, count: total } satisfies InstalledVersion, KB_VERSION_KEY);
  void meta.delete(INSTALL_KEY);
  await tx.done;
  return true;
}

/** One entity by id. */
export async function getEntity(db: Db, id: string): Promise<Entity | undefined> {
  const record = await db.get('entities', id);
  return record ? fromRecord(record) : undefined;
}

/** Entities whose name or alias has the text's key; a case-sensitive alias must match exactly. */
export async function findByAlias(db: Db, text: string): Promise<Entity[]> {
  const key = normalizeKey(text);
  if (!key) return [];
  const records = await db.getAllFromIndex('entities', 'keys', key);
  return records.filter((r) => normalizeKey(r.name) === key
    || r.aliases.some((a) => normalizeKey(a.text) === key && (!a.caseSensitive || a.text === text.trim()))).map(fromRecord);
}

/** Up to `limit` distinct entities with a name or alias key starting with the prefix's key. */
export async function prefixSearch(db: Db, prefix: string, limit = 20): Promise<Entity[]> {
  const key = normalizeKey(prefix);
  if (!key) return [];
  const found = new Map<string, Entity>();
  let cursor = await db.transaction('entities').store.index('keys').openCursor(IDBKeyRange.bound(key, `${key}\uffff`));
  while (cursor && found.size < limit) {
    if (!found.has(cursor.value.id)) found.set(cursor.value.id, fromRecord(cursor.value));
    cursor = await cursor.continue();
  }
  return [...found.values()];
}

/** Stores user entities atomically (all or none), marked origin 'user'. Ids must be `user:…`. */
export async function putUserEntities(db: Db, entities: Entity[]): Promise<void> {
  const bad = entities.find((e) => !e.id.startsWith('user:'));
  if (bad) throw new Error(`user entity id must start with "user:": ${bad.id}`);
  await mappingQuota('the user pack was not imported', async () => {
    const tx = db.transaction('entities', 'readwrite');
    // A put that throws synchronously (quota) must abort the transaction, or the puts before it would commit.
    try {
      for (const e of entities) void tx.store.put(toRecord(e, 'user')).catch(() => {});
    } catch (error) {
      throw await abortWith(tx, error);
    }
    await tx.done;
  });
}

/** Deletes one user entity; shipped entities are left alone. Returns whether one was deleted. */
export async function deleteUserEntity(db: Db, id: string): Promise<boolean> {
  const tx = db.transaction('entities', 'readwrite');
  const record = await tx.store.get(id);
  if (record?.origin !== 'user') return (await tx.done, false);
  await tx.store.delete(id);
  await tx.done;
  return true;
}

/** Every user entity. */
export async function listUserEntities(db: Db): Promise<Entity[]> {
  return (await db.getAllFromIndex('entities', 'origin', 'user')).map(fromRecord);
}
