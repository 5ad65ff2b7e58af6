import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { openDossierDb, type Db } from '../../../extension/background/db.ts';
import {
  deleteUserEntity, findByAlias, getEntity, installKb, installedKbVersion, listUserEntities, prefixSearch, putUserEntities,
} from '../../../extension/background/kb-store.ts';
import type { Entity, KnowledgeBase } from '../../../src/kb/model.ts';

const entity = (id: string, name: string, aliases: Entity['aliases'] = []): Entity => ({ id, name, type: 'organization', aliases, description: 'd' });
const kbV1: KnowledgeBase = { schemaVersion: 1, contentVersion: 'v1', entities: [
  entity('org:tass', 'TASS', [{ text: 'TASS', caseSensitive: true }, { text: 'ITAR-TASS' }]),
  entity('org:bbc', 'BBC', [{ text: 'British Broadcasting Corporation' }]),
  entity('org:old', 'Old Thing'),
  ...Array.from({ length: 1200 }, (_, i) => entity(`org:filler-${i}`, `Filler ${i}`)),
] };
const kbV2: KnowledgeBase = { ...kbV1, contentVersion: 'v2', entities: kbV1.entities.filter((e) => e.id !== 'org:old').concat(entity('org:new', 'Brand New')) };

let db: Db;
beforeEach(async () => {
  globalThis.indexedDB = new IDBFactory();
  db = await openDossierDb();
});

describe('kb-store', () => {
  it('installs, then looks up by id, alias (case-sensitive aware) and prefix', async () => {
    const progress: number[] = [];
    expect(await installKb(db, kbV1, (done) => progress.push(done))).toBe(true);
    expect(progress.at(-1)).toBe(kbV1.entities.length);
    expect((await installedKbVersion(db))?.contentVersion).toBe('v1');
    expect((await getEntity(db, 'org:bbc'))?.name).toBe('BBC');
    expect((await getEntity(db, 'org:bbc')) as unknown as { keys?: unknown }).not.toHaveProperty('keys');
    expect((await findByAlias(db, 'british broadcasting CORPORATION')).map((e) => e.id)).toEqual(['org:bbc']);
    expect((await findByAlias(db, 'itar tass')).map((e) => e.id)).toEqual(['org:tass']);
    expect((await prefixSearch(db, 'fill', 5)).length).toBe(5);
    expect((await prefixSearch(db, 'Brit')).map((e) => e.id)).toEqual(['org:bbc']);
    expect(await installKb(db, kbV1)).toBe(false);
  });

  it('upgrades to a new version, keeping user entities, highlights and corrections; removed shipped entities go', async () => {
    await installKb(db, kbV1);
    await putUserEntities(db, [{ ...entity('user:jane', 'Jane Roe'), type: 'person' }]);
    await db.put('highlights', { id: 'h1', source: 'https://example.com/' });
    await db.put('corrections', { key: 'k', site: 'example.com', entityId: 'org:bbc', quote: 'bbc', created: '2026-01-01' });
    await installKb(db, kbV2);
    expect(await getEntity(db, 'org:old')).toBeUndefined();
    expect((await getEntity(db, 'org:new'))?.origin).toBe('shipped');
    expect((await listUserEntities(db)).map((e) => e.id)).toEqual(['user:jane']);
    expect(await db.get('highlights', 'h1')).toBeTruthy();
    expect(await db.get('corrections', 'k')).toBeTruthy();
    expect((await installedKbVersion(db))?.contentVersion).toBe('v2');
  });

  it('resumes an interrupted install without losing the previous version', async () => {
    await installKb(db, kbV1);
    let calls = 0;
    // Batches of 500, so the crash after the first leaves the install half-way.
    await expect(installKb(db, kbV2, () => { if (++calls === 1) throw new Error('crash'); }, 500)).rejects.toThrow('crash');
    expect((await installedKbVersion(db))?.contentVersion).toBe('v1');
    expect(await getEntity(db, 'org:tass')).toBeTruthy();
    const resumed: number[] = [];
    await installKb(db, kbV2, (done) => resumed.push(done), 500);
    expect(resumed[0]).toBeGreaterThan(500);
    expect((await installedKbVersion(db))?.contentVersion).toBe('v2');
    expect(await getEntity(db, 'org:old')).toBeUndefined();
  });

  it('stores user entities atomically and deletes only user ones', async () => {
    await installKb(db, kbV1);
    await expect(putUserEntities(db, [entity('user:a', 'A'), entity('org:bad', 'Bad')])).rejects.toThrow(/user:/);
    expect(await listUserEntities(db)).toEqual([]);
    await putUserEntities(db, [entity('user:a', 'A')]);
    expect(await deleteUserEntity(db, 'org:bbc')).toBe(false);
    expect(await deleteUserEntity(db, 'user:a')).toBe(true);
    expect(await getEntity(db, 'org:bbc')).toBeTruthy();
  });
});
