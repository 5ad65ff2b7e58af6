/**
 * The extension's one IndexedDB database, owned by the background alone (a content script
 * opening IndexedDB would open the *page's* database). Schema and migrations live here only.
 */
import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import type { Entity } from '../../src/kb/model.ts';

export const DB_NAME = 'dossier';
/** Bump with a new entry in `upgradeSteps`; never edit a released step. */
export const DB_VERSION = 3;

export interface DossierDB extends DBSchema {
  /**
   * The user's own entities (`user:…` ids, origin 'user'). Before v3 the shipped ones too, with a
   * multi-entry `keys` index of their alias keys (still there, no longer written or read).
   */
  entities: { key: string; value: Entity; indexes: { origin: string } };
  /**
   * Since v3 the shipped KB: a record per run of up to `CHUNK` entities (kb-store.ts), ascending by
   * id, keyed `[contentVersion, first id]`, so an id's record is the last key at or below it.
   */
  kbChunks: { key: [string, string]; value: { entities: Entity[] } };
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
    // Removed in v3; created here as the v1 release did, so older databases are rebuilt exactly.
    (entities as unknown as IDBObjectStore).createIndex('keys', 'keys', { multiEntry: true });
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
  /**
   * v3: the shipped KB moves to `kbChunks`, a few hundred entities a record, without the per-alias
   * `keys` index (one index entry per alias made installs take minutes at full size; nothing
   * searched it). The KB install record is removed so the next start installs the KB into the new
   * store. The old shipped records are not deleted here: Chromium takes ~30 s for 286,000 of them,
   * and the whole database would wait; `dropLegacyRecords` (kb-legacy.ts) removes them afterwards
   * in small transactions. Nothing reads them meanwhile (shipped ids are looked up in `kbChunks`),
   * and the `keys` index stays, empty for every record written from now on.
   */
  3(db, tx) {
    db.createObjectStore('kbChunks');
    void tx.objectStore('meta').delete('kbVersion');
    void tx.objectStore('meta').delete('kbInstall');
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
