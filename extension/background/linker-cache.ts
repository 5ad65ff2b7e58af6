/**
 * The linker index for the whole KB, built once per entity set and kept at two levels: a module
 * variable (fast while the worker lives) and the IndexedDB `meta` store (so a worker restarted
 * after idling answers the first page without rebuilding). Both are derived from `entities`, so
 * losing either is harmless. The version stamp changes whenever the entity set does.
 */
import type { Entity } from '../../src/kb/model.ts';
import { buildLinkerIndex, LINKER_INDEX_VERSION, type LinkerIndex } from '../../src/link/index.ts';
import type { Db } from './db.ts';

const STAMP_KEY = 'entitiesStamp';
const INDEX_KEY = 'linkerIndex';

export interface VersionedIndex {
  version: string;
  index: LinkerIndex;
}

let memo: VersionedIndex | undefined;

/**
 * Records which entity set is installed. A stamp that differs from the stored one makes every
 * cached index stale; the same stamp again (the same KB re-installed at startup) keeps it.
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

/** Current linker index and its version; rebuilds only when the entity stamp moved. */
export async function getVersionedIndex(db: Db): Promise<VersionedIndex> {
  const stamp = await currentStamp(db);
  if (memo?.version === stamp) return memo;
  const stored = (await db.get('meta', INDEX_KEY)) as VersionedIndex | undefined;
  // An index built by an older linker (an extension update with the same KB) has another shape.
  if (stored?.version === stamp && stored.index.version === LINKER_INDEX_VERSION) return (memo = stored);
  const entities = (await db.getAll('entities')).map(withoutKeys);
  const built: VersionedIndex = { version: stamp, index: buildLinkerIndex(entities) };
  await db.put('meta', built, INDEX_KEY);
  return (memo = built);
}

/** Characters per part of the index as JSON text. */
const PART_CHARS = 256 * 1024;
let serialised: { version: string; text: string } | undefined;

/** The current index as JSON text (serialised once per version), for the linker host. */
export async function getIndexText(db: Db): Promise<{ version: string; text: string }> {
  const { version, index } = await getVersionedIndex(db);
  if (serialised?.version !== version) serialised = { version, text: JSON.stringify(index) };
  return serialised;
}

/** Part `part` of the current index as JSON text, for a host that must fetch it by message. */
export async function getIndexPart(db: Db, part: number): Promise<{ version: string; parts: number; text: string }> {
  const { version, text } = await getIndexText(db);
  const parts = Math.max(1, Math.ceil(text.length / PART_CHARS));
  if (!Number.isInteger(part) || part < 0 || part >= parts) throw new Error(`no part ${part} of the linker index (${parts} parts)`);
  return { version, parts, text: text.slice(part * PART_CHARS, (part + 1) * PART_CHARS) };
}

/** Drops the store-only lookup keys, which are not part of the KB model. */
export function withoutKeys(record: Entity & { keys?: string[] }): Entity {
  const { keys: _keys, ...entity } = record;
  return entity;
}
