import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { openDossierDb } from '../../../extension/background/db.ts';
import { installKb, putUserEntities } from '../../../extension/background/kb-store.ts';
import { kbSource } from '../../../src/kb/parts.ts';
import { currentStamp, dropLegacyIndex, markEntitiesChanged, setEntitiesStamp, userEntitiesForLinker } from '../../../extension/background/linker-cache.ts';
import type { Entity } from '../../../src/kb/model.ts';

const apt29: Entity = { id: 'attack:G0016', name: 'APT29', type: 'threat-actor', aliases: [{ text: 'Cozy Bear' }], description: 'd' };
const mine: Entity = { id: 'user:tom-hendry', name: 'Tom Hendry', type: 'person', aliases: [], description: 'a councillor', origin: 'user' };

async function freshDb() {
  globalThis.indexedDB = new IDBFactory();
  const db = await openDossierDb();
  await installKb(db, await kbSource({ schemaVersion: 1, contentVersion: 'v1', entities: [apt29] }));
  return db;
}

describe('linker-cache (entity-set version)', () => {
  it('keeps the installed stamp, and gives a fresh one when none was recorded', async () => {
    const db = await freshDb();
    const first = await currentStamp(db);
    expect(first).toMatch(/^unstamped@/);
    expect(await currentStamp(db)).toBe(first);
    await setEntitiesStamp(db, 'kb:1:v1');
    expect(await currentStamp(db)).toBe('kb:1:v1');
  });

  it('hands the linker host the user entities only, and a new version after a change', async () => {
    const db = await freshDb();
    await setEntitiesStamp(db, 'kb:1:v1');
    await putUserEntities(db, [mine]);
    const stamp = await markEntitiesChanged(db, 'user-pack');
    const { version, entities } = await userEntitiesForLinker(db);
    expect(version).toBe(stamp);
    expect(version).not.toBe('kb:1:v1');
    expect(entities).toEqual([mine]);
  });

  it('removes the index older versions stored in meta, keeping the stamp', async () => {
    const db = await freshDb();
    await setEntitiesStamp(db, 'kb:1:v1');
    await db.put('meta', { version: 'kb:1:v1', index: {} }, 'linkerIndex');
    await dropLegacyIndex(db);
    expect(await db.get('meta', 'linkerIndex')).toBeUndefined();
    expect(await currentStamp(db)).toBe('kb:1:v1');
  });
});
