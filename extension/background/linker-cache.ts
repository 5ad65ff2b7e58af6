/**
 * The version of the entity set the linker works from, kept in the IndexedDB `meta` store. The
 * shipped KB's index is built at build time (kb/linker-index.bin); the user's own entities are
 * added to it in the linker Worker. The version stamp changes whenever the entity set does (a KB
 * installed or updated, a user entity added, edited or deleted), and the linker host rebuilds
 * its linker when a chunk arrives stamped with another version.
 */
import type { Entity } from '../../src/kb/model.ts';
import type { Db } from './db.ts';
import { listUserEntities } from './kb-store.ts';

const STAMP_KEY = 'entitiesStamp';

/**
 * Records which entity set is installed. The same stamp again (the same KB re-installed at
 * startup) changes nothing for the linker.
 */
export async function setEntitiesStamp(db: Db, stamp: string): Promise<string> {
  await db.put('meta', stamp, STAMP_KEY);
  return stamp;
}

/** Marks the entity set as changed (a user entity added or edited) with a fresh stamp. */
export function markEntitiesChanged(db: Db, reason: string): Promise<string> {
  return setEntitiesStamp(db, `${reason}@${Date.now().toString(36)}`);
}

/** The version of the installed entity set (a fresh one if none was recorded). */
export async function currentStamp(db: Db): Promise<string> {
  return ((await db.get('meta', STAMP_KEY)) as string | undefined) ?? markEntitiesChanged(db, 'unstamped');
}

/** The user's own entities and the current version, for the linker host. */
export async function userEntitiesForLinker(db: Db): Promise<{ version: string; entities: Entity[] }> {
  const version = await currentStamp(db);
  return { version, entities: await listUserEntities(db) };
}

/**
 * Removes the linker index older versions kept in `meta` (2 MB built at install time; the index
 * now ships in the package).
 */
export async function dropLegacyIndex(db: Db): Promise<void> {
  await db.delete('meta', 'linkerIndex');
}

