/**
 * The extension's one IndexedDB database, owned by the background alone (a content script
 * opening IndexedDB would open the *page's* database). Schema and migrations live here only.
 */
import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import type { Entity } from '../../src/kb/model.ts';

export const DB_NAME = 'dossier';
/** Bump with a new entry in `upgradeSteps`; never edit a released step. */
export const DB_VERSION = 2;

export interface DossierDB extends DBSchema {
  /** Shipped and user entities; `keys` holds normalised alias keys for lookup by alias and prefix. */
  entities: { key: string; value: Entity & { keys: string[] }; indexes: { keys: string; origin: string } };
  /** Saved highlights as W3C-annotation-shaped records (see src/export/model.ts). `created` since v2. */
  highlights: { key: string; value: { id: string; source: string } & Record<string, unknown>; indexes: { source: string; created: string } };
  /** "Wrong link" corrections: `${site}|${entityId}|${normalisedQuote}`. */
  corrections: { key: string; value: { key: string; site: string; entityId: string; quote: string; created: string } };
  /** Small records: KB install state and versions. */
  meta: { key: string; value: unknown };
}

export type Db = IDBPDatabase<DossierDB>;
type UpgradeTx = IDBPTransaction<DossierDB, StoreNames<DossierDB>[], 'versionchange'>;

/**
 * `upgradeSteps[n]` takes a database from version n-1 to n, inside the versionchange transaction.
 * Exported so a test can build a database exactly as an older release left it.
 */
export const upgradeSteps: Record<number, (db: Db, tx: UpgradeTx) => void> = {
  1(db) {
    const entities = db.createObjectStore('entities', { keyPath: 'id' });
    entities.createIndex('keys', 'keys', { multiEntry: true });
    entities.createIndex('origin', 'origin');
    const highlights = db.createObjectStore('highlights', { keyPath: 'id' });
    highlights.createIndex('source', 'source');
    db.createObjectStore('corrections', { keyPath: 'key' });
    db.createObjectStore('meta');
  },
  /**
   * v2: index highlights by `created`, so the side panel's date filter reads a key range instead of
   * every record. Adding an index keeps every record; IndexedDB fills it from the existing ones.
   */
  2(_db, tx) {
    tx.objectStore('highlights').createIndex('created', 'created');
  },
};

/** Opens (and creates or upgrades) the database; `version` is lower only in migration tests. */
export function openDossierDb(name = DB_NAME, version = DB_VERSION): Promise<Db> {
  return openDB<DossierDB>(name, version, {
    upgrade(db, oldVersion, newVersion, tx) {
      for (let v = oldVersion + 1; v <= (newVersion ?? version); v++) upgradeSteps[v](db, tx);
    },
  });
}
