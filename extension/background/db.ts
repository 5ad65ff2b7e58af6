/**
 * The extension's one IndexedDB database, owned by the background alone (a content script
 * opening IndexedDB would open the *page's* database). Schema and migrations live here only.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { Entity } from '../../src/kb/model.ts';

export const DB_NAME = 'dossier';
/** Bump with a new `upgrade` step below; never edit a released step. */
export const DB_VERSION = 1;

export interface DossierDB extends DBSchema {
  /** Shipped and user entities; `keys` holds normalised alias keys for lookup by alias and prefix. */
  entities: { key: string; value: Entity & { keys: string[] }; indexes: { keys: string; origin: string } };
  /** Saved highlights as W3C-annotation-shaped records (see src/export/model.ts). */
  highlights: { key: string; value: { id: string; source: string } & Record<string, unknown>; indexes: { source: string } };
  /** "Wrong link" corrections: `${site}|${entityId}|${normalisedQuote}`. */
  corrections: { key: string; value: { key: string; site: string; entityId: string; quote: string; created: string } };
  /** Small records: KB install state and versions. */
  meta: { key: string; value: unknown };
}

export type Db = IDBPDatabase<DossierDB>;

/** Opens (and creates or upgrades) the database. */
export function openDossierDb(name = DB_NAME): Promise<Db> {
  return openDB<DossierDB>(name, DB_VERSION, {
    upgrade(db, oldVersion) {
      if (oldVersion < 1) {
        const entities = db.createObjectStore('entities', { keyPath: 'id' });
        entities.createIndex('keys', 'keys', { multiEntry: true });
        entities.createIndex('origin', 'origin');
        const highlights = db.createObjectStore('highlights', { keyPath: 'id' });
        highlights.createIndex('source', 'source');
        db.createObjectStore('corrections', { keyPath: 'key' });
        db.createObjectStore('meta');
      }
    },
  });
}
