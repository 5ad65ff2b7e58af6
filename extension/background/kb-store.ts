/**
 * The KB in IndexedDB: resumable install of the shipped entities, lookups by id, and the user's own
 * entities. Shipped entities live in `kbChunks`, a record per run of `CHUNK` entities ascending by
 * id, per KB version: an install writes few records and no index, and an id is found by reading
 * the one record whose first id is the greatest at or below it. Installs never touch user
 * entities, highlights or corrections.
 */
import type { Entity } from '../../src/kb/model.ts';
import type { KbSource } from '../../src/kb/parts.ts';
import type { Db } from './db.ts';
import { abortWith, mappingQuota } from './storage-full.ts';

/**
 * Entities per stored record: a lookup reads (and the browser deserialises) one record, so it
 * stays small (about 100 KB); many entities per record keep an install to a few thousand writes.
 */
export const CHUNK = 256;
/** meta key of the installed KB version; written last, so it only names a complete install. */
export const KB_VERSION_KEY = 'kbVersion';
/** meta key of an install in progress: which version, how many package parts (and entities) are written. */
const INSTALL_KEY = 'kbInstall';
/** Ids of the user's own entities; a shipped KB never writes into this namespace. */
export const USER_PREFIX = 'user:';

export interface InstalledVersion { contentVersion: string; schemaVersion: number; count: number }
interface InstallState { contentVersion: string; nextPart: number; done: number }

/** The installed KB version, if any install completed. */
export async function installedKbVersion(db: Db): Promise<InstalledVersion | undefined> {
  return (await db.get('meta', KB_VERSION_KEY)) as InstalledVersion | undefined;
}

/**
 * Installs the KB `source` holds, one package part per transaction that also records progress; a
 * stopped install leaves the previous version readable and the next call resumes at the next part.
 * Records of other versions are removed at the end, then the version is recorded. Returns false
 * when this version was already installed.
 */
export function installKb(db: Db, source: KbSource, onProgress?: (done: number, total: number) => void): Promise<boolean> {
  return mappingQuota('the knowledge base update was not finished (the previous one stays in use)', () => install(db, source, onProgress));
}

async function install(db: Db, source: KbSource, onProgress: ((done: number, total: number) => void) | undefined): Promise<boolean> {
  const { contentVersion, schemaVersion, total, parts } = source.header;
  if ((await installedKbVersion(db))?.contentVersion === contentVersion) return false;
  const state = (await db.get('meta', INSTALL_KEY)) as InstallState | undefined;
  let { nextPart, done } = state?.contentVersion === contentVersion ? state : { nextPart: 0, done: 0 };
  // The next part is read (fetched, parsed) while this one is written: the two overlap.
  const read = (index: number): Promise<Entity[]> | undefined => {
    if (index >= parts.length) return undefined;
    const part = source.part(index);
    part.catch(() => {}); // an unused read-ahead that fails is not an unhandled rejection; awaited below if used
    return part;
  };
  let ahead = read(nextPart);
  while (ahead) {
    const entities = await ahead;
    ahead = read(nextPart + 1);
    nextPart += 1;
    done += entities.length;
    await writePart(db, contentVersion, entities.filter((e) => !e.id.startsWith(USER_PREFIX)), { contentVersion, nextPart, done });
    onProgress?.(done, total);
  }
  if (done !== total) throw new Error(`the bundled KB is incomplete: ${done} of ${total} entities`);
  const tx = db.transaction(['kbChunks', 'meta'], 'readwrite');
  const chunks = tx.objectStore('kbChunks');
  // Every other version's records: keys below [v] and from [v + "\0"] (the next string) on.
  void chunks.delete(IDBKeyRange.upperBound([contentVersion], true));
  void chunks.delete(IDBKeyRange.lowerBound([`${contentVersion}\0`]));
  const meta = tx.objectStore('meta');
  void meta.put({ contentVersion, schemaVersion, count: total } satisfies InstalledVersion, KB_VERSION_KEY);
  void meta.delete(INSTALL_KEY);
  await tx.done;
  return true;
}

/** One part's entities (ascending by id) as records, and the progress, in one transaction. */
async function writePart(db: Db, version: string, entities: Entity[], progress: InstallState): Promise<void> {
  // Relaxed durability: a part lost to a crash is simply written again (the progress record is in
  // the same transaction, and its records have the same keys), so no flush to disk is awaited.
  const tx = db.transaction(['kbChunks', 'meta'], 'readwrite', { durability: 'relaxed' });
  const chunks = tx.objectStore('kbChunks');
  try {
    for (let i = 0; i < entities.length; i += CHUNK) {
      const run = entities.slice(i, i + CHUNK);
      chunks.put({ entities: run }, [version, run[0]!.id]).catch(() => {}); // a failed put fails tx.done, awaited below
    }
    tx.objectStore('meta').put(progress, INSTALL_KEY).catch(() => {});
  } catch (error) {
    // A put that throws at once (quota) would otherwise let the rest of the part commit.
    throw await abortWith(tx, error);
  }
  await tx.done;
}

/**
 * One entity by id: the user's own, or the completely installed KB's (while an update runs, the
 * previous version's). The records of an install still running are not read.
 */
export async function getEntity(db: Db, id: string): Promise<Entity | undefined> {
  if (id.startsWith(USER_PREFIX)) return db.get('entities', id);
  const tx = db.transaction(['kbChunks', 'meta']);
  const installed = (await tx.objectStore('meta').get(KB_VERSION_KEY)) as InstalledVersion | undefined;
  if (!installed) return undefined;
  const { contentVersion } = installed;
  const cursor = await tx.objectStore('kbChunks').openCursor(IDBKeyRange.bound([contentVersion, ''], [contentVersion, id]), 'prev');
  const entity = cursor?.value.entities.find((e) => e.id === id);
  return entity && { ...entity, origin: 'shipped' };
}

/** Stores user entities atomically (all or none), marked origin 'user'. Ids must be `user:…`. */
export async function putUserEntities(db: Db, entities: Entity[]): Promise<void> {
  const bad = entities.find((e) => !e.id.startsWith(USER_PREFIX));
  if (bad) throw new Error(`user entity id must start with "user:": ${bad.id}`);
  await mappingQuota('the user pack was not imported', async () => {
    const tx = db.transaction('entities', 'readwrite');
    // A put that throws synchronously (quota) must abort the transaction, or the puts before it would commit.
    try {
      for (const e of entities) void tx.store.put({ ...e, origin: 'user' }).catch(() => {});
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
  return db.getAllFromIndex('entities', 'origin', 'user');
}
