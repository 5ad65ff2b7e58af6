/**
 * Clean-up after the v3 upgrade (db.ts): what releases before it kept in the `entities` store
 * beside the user's own entities. Kept out of the upgrade itself, which it would hold for tens of
 * seconds at the full KB's size.
 */
import type { Entity } from '../../src/kb/model.ts';
import type { Db } from './db.ts';
import { USER_PREFIX } from './kb-store.ts';

/** Records deleted per transaction by `dropLegacyRecords`: each transaction stays short. */
const LEGACY_BATCH = 2_000;

/**
 * Removes what releases before v3 kept in `entities` beside the user's own: the shipped entities
 * (now in `kbChunks`) and the user entities' alias keys. Small transactions, so user-entity
 * calls are never held up long; a stopped run simply continues next time. Returns how many
 * shipped records were removed.
 */
export async function dropLegacyRecords(db: Db): Promise<number> {
  let removed = 0;
  // Every id outside the user namespace: below "user:" and from "user;" (the next prefix) on.
  for (const range of [IDBKeyRange.upperBound(USER_PREFIX, true), IDBKeyRange.lowerBound('user;')]) {
    for (;;) {
      const tx = db.transaction('entities', 'readwrite');
      const keys = await tx.store.getAllKeys(range, LEGACY_BATCH);
      if (keys.length) void tx.store.delete(IDBKeyRange.bound(keys[0]!, keys.at(-1)!));
      await tx.done;
      removed += keys.length;
      if (keys.length < LEGACY_BATCH) break;
    }
  }
  const tx = db.transaction('entities', 'readwrite');
  for (const record of await tx.store.index('origin').getAll('user')) {
    if ('keys' in record) {
      const { keys: _keys, ...entity } = record as Entity & { keys?: string[] };
      void tx.store.put(entity);
    }
  }
  await tx.done;
  return removed;
}
