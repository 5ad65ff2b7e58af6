import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Entity } from '../../../src/kb/model.ts';

// Count index builds without changing what a build produces.
const builds = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../../src/link/index.ts', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../src/link/index.ts')>();
  return { ...real, buildLinkerIndex: (entities: Entity[]) => ((builds.count += 1), real.buildLinkerIndex(entities)) };
});

const { openDossierDb } = await import('../../../extension/background/db.ts');
const { createLinker } = await import('../../../src/link/index.ts');
/** A fresh copy of the module, as a newly started worker has: empty in-memory cache. */
const freshWorker = async () => {
  vi.resetModules();
  return import('../../../extension/background/linker-cache.ts');
};

const apt29: Entity = { id: 'attack:G0016', name: 'APT29', type: 'threat-actor', aliases: [{ text: 'Cozy Bear' }], description: 'd' };

async function freshDb() {
  globalThis.indexedDB = new IDBFactory();
  const db = await openDossierDb();
  await db.put('entities', { ...apt29, keys: ['apt29', 'cozy bear'] });
  return db;
}

beforeEach(() => {
  builds.count = 0;
});

describe('linker-cache', () => {
  it('builds a working index once per entity stamp and stores it in meta', async () => {
    const db = await freshDb();
    const { getVersionedIndex, setEntitiesStamp } = await freshWorker();
    await setEntitiesStamp(db, 'kb:1:v1');
    const first = await getVersionedIndex(db);
    const again = await getVersionedIndex(db);
    expect(builds.count).toBe(1);
    expect(again).toBe(first);
    expect(first.version).toBe('kb:1:v1');
    expect(((await db.get('meta', 'linkerIndex')) as { version: string }).version).toBe('kb:1:v1');
    const mentions = createLinker(first.index).link('Officials blamed APT29 for the intrusion.');
    expect(mentions.map((m) => m.entityId)).toContain('attack:G0016');
  });

  it('a restarted worker reuses the stored index instead of rebuilding', async () => {
    const db = await freshDb();
    const worker = await freshWorker();
    await worker.setEntitiesStamp(db, 'kb:1:v1');
    await worker.getVersionedIndex(db);
    const restarted = await freshWorker();
    expect(restarted).not.toBe(worker);
    expect((await restarted.getVersionedIndex(db)).version).toBe('kb:1:v1');
    expect(builds.count).toBe(1);
  });

  it('rebuilds after the entity set changes', async () => {
    const db = await freshDb();
    const { getVersionedIndex, markEntitiesChanged, setEntitiesStamp } = await freshWorker();
    await setEntitiesStamp(db, 'kb:1:v1');
    const first = await getVersionedIndex(db);
    const stamp = await markEntitiesChanged(db, 'user-pack');
    const second = await getVersionedIndex(db);
    expect(second.version).toBe(stamp);
    expect(second.version).not.toBe(first.version);
    expect(builds.count).toBe(2);
  });

  it('rebuilds an index stored by an older linker, even for the same entity stamp', async () => {
    const db = await freshDb();
    const worker = await freshWorker();
    await worker.setEntitiesStamp(db, 'kb:1:v1');
    const built = await worker.getVersionedIndex(db);
    await db.put('meta', { version: 'kb:1:v1', index: { ...built.index, version: built.index.version - 1 } }, 'linkerIndex');
    const restarted = await freshWorker();
    const again = await restarted.getVersionedIndex(db);
    expect(again.index.version).toBe(built.index.version);
    expect(builds.count).toBe(2);
  });

  it('hands out the index as JSON text in parts that join to the same index, and refuses a part out of range', async () => {
    const db = await freshDb();
    const { getIndexPart, getVersionedIndex, setEntitiesStamp } = await freshWorker();
    await setEntitiesStamp(db, 'kb:1:v1');
    const first = await getIndexPart(db, 0);
    const texts = [first.text];
    for (let part = 1; part < first.parts; part++) texts.push((await getIndexPart(db, part)).text);
    expect(first.version).toBe('kb:1:v1');
    expect(JSON.parse(texts.join(''))).toEqual((await getVersionedIndex(db)).index);
    await expect(getIndexPart(db, first.parts)).rejects.toThrow(/no part/);
    await expect(getIndexPart(db, -1)).rejects.toThrow(/no part/);
  });
});
