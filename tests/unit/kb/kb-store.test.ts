import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { openDossierDb, type Db } from '../../../extension/background/db.ts';
import { CHUNK, deleteUserEntity, getEntity, installKb, installedKbVersion, listUserEntities, putUserEntities } from '../../../extension/background/kb-store.ts';
import type { Entity, KnowledgeBase } from '../../../src/kb/model.ts';
import { kbSource } from '../../../src/kb/parts.ts';

const entity = (id: string, name: string, aliases: Entity['aliases'] = []): Entity => ({ id, name, type: 'organization', aliases, description: 'd' });
const kbV1: KnowledgeBase = { schemaVersion: 1, contentVersion: 'v1', entities: [
  entity('org:tass', 'TASS', [{ text: 'TASS', caseSensitive: true }, { text: 'ITAR-TASS' }]),
  entity('org:bbc', 'BBC', [{ text: 'British Broadcasting Corporation' }]),
  entity('org:old', 'Old Thing'),
  ...Array.from({ length: 1200 }, (_, i) => entity(`org:filler-${i}`, `Filler ${i}`)),
] };
const kbV2: KnowledgeBase = { ...kbV1, contentVersion: 'v2', entities: kbV1.entities.filter((e) => e.id !== 'org:old').concat(entity('org:new', 'Brand New')) };
/** Parts of about 20 KB (some 250 entities), as the package splits them at 4 MB. */
const source = (kb: KnowledgeBase) => kbSource(kb, 20_000);

let db: Db;
beforeEach(async () => {
  globalThis.indexedDB = new IDBFactory();
  db = await openDossierDb();
});

describe('kb-store', () => {
  it('installs every entity as it was, and finds each by id in a few hundred records', async () => {
    const progress: number[] = [];
    const v1 = await source(kbV1);
    expect(v1.header.parts.length).toBeGreaterThan(3);
    expect(await installKb(db, v1, (done) => progress.push(done))).toBe(true);
    expect(progress).toHaveLength(v1.header.parts.length);
    expect(progress.at(-1)).toBe(kbV1.entities.length);
    expect((await installedKbVersion(db))?.contentVersion).toBe('v1');
    for (const e of kbV1.entities) expect(await getEntity(db, e.id)).toEqual({ ...e, origin: 'shipped' });
    expect(await getEntity(db, 'org:absent')).toBeUndefined();
    expect(await getEntity(db, 'a:before-every-id')).toBeUndefined();
    // Few records, none above CHUNK entities: a lookup reads a small one.
    const records = await db.getAll('kbChunks');
    expect(records.length).toBeLessThan(kbV1.entities.length / 100);
    expect(Math.max(...records.map((r) => r.entities.length))).toBeLessThanOrEqual(CHUNK);
    expect(await installKb(db, v1)).toBe(false);
  });

  it('upgrades to a new version, keeping user entities, highlights and corrections; removed shipped entities go', async () => {
    await installKb(db, await source(kbV1));
    await putUserEntities(db, [{ ...entity('user:jane', 'Jane Roe'), type: 'person' }]);
    await db.put('highlights', { id: 'h1', source: 'https://example.com/' });
    await db.put('corrections', { key: 'k', site: 'example.com', entityId: 'org:bbc', quote: 'bbc', created: '2026-01-01' });
    await installKb(db, await source(kbV2));
    expect(await getEntity(db, 'org:old')).toBeUndefined();
    expect((await getEntity(db, 'org:new'))?.origin).toBe('shipped');
    expect((await getEntity(db, 'user:jane'))?.name).toBe('Jane Roe');
    expect((await listUserEntities(db)).map((e) => e.id)).toEqual(['user:jane']);
    expect(await db.get('highlights', 'h1')).toBeTruthy();
    expect(await db.get('corrections', 'k')).toBeTruthy();
    expect((await installedKbVersion(db))?.contentVersion).toBe('v2');
    // Only v2's records are left.
    expect((await db.getAllKeys('kbChunks')).every(([version]) => version === 'v2')).toBe(true);
  });

  it('resumes an interrupted install without losing the previous version', async () => {
    await installKb(db, await source(kbV1));
    const v2 = await source(kbV2);
    let calls = 0;
    // A crash after the first part leaves the install half-way.
    await expect(installKb(db, v2, () => { if (++calls === 1) throw new Error('crash'); })).rejects.toThrow('crash');
    expect((await installedKbVersion(db))?.contentVersion).toBe('v1');
    expect(await getEntity(db, 'org:old')).toBeTruthy(); // the previous version answers meanwhile
    expect(await getEntity(db, 'org:new')).toBeUndefined();
    const resumed: number[] = [];
    await installKb(db, v2, (done) => resumed.push(done));
    expect(resumed).toHaveLength(v2.header.parts.length - 1);
    expect((await installedKbVersion(db))?.contentVersion).toBe('v2');
    expect(await getEntity(db, 'org:old')).toBeUndefined();
    expect(await getEntity(db, 'org:new')).toBeTruthy();
  });

  it('answers nothing from a first install that has not finished (it is never recorded as installed)', async () => {
    const v1 = await source(kbV1);
    const firstPart = await v1.part(0);
    await expect(installKb(db, v1, () => { throw new Error('stopped'); })).rejects.toThrow('stopped');
    expect(await installedKbVersion(db)).toBeUndefined();
    expect(await db.count('kbChunks')).toBeGreaterThan(0);
    expect(await getEntity(db, firstPart[0]!.id)).toBeUndefined();
  });

  it('refuses a package whose parts do not add up, recording no version', async () => {
    const v1 = await source(kbV1);
    const short = { ...v1, header: { ...v1.header, total: v1.header.total + 1 } };
    await expect(installKb(db, short)).rejects.toThrow(`the bundled KB is incomplete: ${kbV1.entities.length} of ${kbV1.entities.length + 1} entities`);
    expect(await installedKbVersion(db)).toBeUndefined();
  });

  it('never writes a shipped entity into the user namespace', async () => {
    await installKb(db, await source({ ...kbV1, entities: [...kbV1.entities, entity('user:sneaky', 'Sneaky')] }));
    expect(await getEntity(db, 'user:sneaky')).toBeUndefined();
    expect(await listUserEntities(db)).toEqual([]);
  });

  it('stores user entities atomically and deletes only user ones', async () => {
    await installKb(db, await source(kbV1));
    await expect(putUserEntities(db, [entity('user:a', 'A'), entity('org:bad', 'Bad')])).rejects.toThrow(/user:/);
    expect(await listUserEntities(db)).toEqual([]);
    await putUserEntities(db, [entity('user:a', 'A')]);
    expect(await deleteUserEntity(db, 'org:bbc')).toBe(false);
    expect(await deleteUserEntity(db, 'user:a')).toBe(true);
    expect(await getEntity(db, 'org:bbc')).toBeTruthy();
  });
});
