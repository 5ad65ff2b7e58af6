/**
 * Schema migration: a database exactly as version 1 left it (built with the v1 upgrade step), full
 * of highlights, user entities, corrections and the shipped KB, opened by the current code keeps
 * every user record, gains the v2 `created` index, which the date filter then reads, and (v3) moves
 * the shipped KB out of `entities` (without the per-alias index) to be installed anew into `kbChunks`.
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { openDB } from 'idb';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { DB_VERSION, openDossierDb, upgradeSteps, type Db, type DossierDB } from '../../../extension/background/db.ts';
import { dropLegacyRecords } from '../../../extension/background/kb-legacy.ts';
import { getEntity, installedKbVersion, installKb, listUserEntities } from '../../../extension/background/kb-store.ts';
import { exportAll, importHighlights, listHighlights } from '../../../extension/background/highlights-store.ts';
import { userDataHandlers } from '../../../extension/background/user-data.ts';
import { compileKb } from '../../../src/kb/compile.ts';
import { readSources } from '../../../src/cli/kb-sources.ts';
import { normalizeKey } from '../../../src/kb/keys.ts';
import type { Entity, KnowledgeBase } from '../../../src/kb/model.ts';
import { kbSource } from '../../../src/kb/parts.ts';
import type { Highlight } from '../../../src/export/model.ts';
import { highlights as highlightList } from '../export/arbitraries.ts';

const NAME = 'dossier-migration';
let kb: KnowledgeBase;
let saved: Highlight[];
const userEntities: Entity[] = [
  { id: 'user:acme', name: 'Acme Intelligence', type: 'organization', aliases: [{ text: 'ACME-INT', caseSensitive: true }], description: 'note <b>x</b>' },
  { id: 'user:jane', name: 'Jane Roe', type: 'person', aliases: [], description: '' },
];

type LegacyRecord = Entity & { keys: string[] };
/** A record as releases before v3 stored an entity: its alias keys beside it for the multi-entry index. */
const legacyRecord = (e: Entity, origin: 'shipped' | 'user'): LegacyRecord =>
  ({ ...e, origin, keys: [...new Set([e.name, ...e.aliases.map((a) => a.text)].map(normalizeKey).filter(Boolean))] });

/** The shipped KB installed as releases before v3 did: every entity a record, then the version. */
async function legacyInstall(db: Db, shipped: KnowledgeBase): Promise<void> {
  const tx = db.transaction(['entities', 'meta'], 'readwrite');
  for (const e of shipped.entities) void tx.objectStore('entities').put(legacyRecord(e, 'shipped'));
  void tx.objectStore('meta').put({ contentVersion: shipped.contentVersion, schemaVersion: shipped.schemaVersion, count: shipped.entities.length }, 'kbVersion');
  void tx.objectStore('meta').put('kb:1:old', 'entitiesStamp');
  await tx.done;
}

/** Everything in every store, as plain values keyed by store name. */
async function dump(db: Db) {
  return {
    entities: await db.getAll('entities'),
    highlights: await db.getAll('highlights'),
    corrections: await db.getAll('corrections'),
    meta: await Promise.all((await db.getAllKeys('meta')).map(async (k) => [k, await db.get('meta', k)])),
  };
}

const byId = (list: Entity[]) => [...list].sort((a, b) => a.id.localeCompare(b.id));

beforeAll(async () => {
  globalThis.indexedDB = new IDBFactory();
  kb = compileKb(readSources(), { date: '2026-01-01' }).kb;
  saved = fc.sample(highlightList(300, 300), { numRuns: 1, seed: 7 })[0]!;
});

describe('database migration v1 → current', () => {
  it('is a real step: the current version is above 1 and has an upgrade step for every version', () => {
    expect(DB_VERSION).toBeGreaterThan(1);
    for (let v = 1; v <= DB_VERSION; v++) expect(typeof upgradeSteps[v]).toBe('function');
  });

  it('keeps every highlight, user entity and correction; the shipped KB is installed anew; the new index works', async () => {
    // A version-1 database, written as a v1 release wrote it.
    const v1 = await openDossierDb(NAME, 1);
    expect([...v1.transaction('highlights').store.indexNames]).toEqual(['source']);
    await legacyInstall(v1, kb);
    {
      const tx = v1.transaction('entities', 'readwrite');
      for (const e of userEntities) void tx.store.put(legacyRecord(e, 'user'));
      await tx.done;
    }
    await importHighlights(v1, saved);
    const corrections = userDataHandlers(v1);
    await corrections.addCorrection({ site: 'news.example', entityId: 'org:x', quote: 'The X' });
    await corrections.addCorrection({ site: 'other.example', entityId: 'user:acme', quote: 'ACME' });
    const before = await dump(v1);
    v1.close();
    expect(before.entities.length).toBe(kb.entities.length + userEntities.length);
    expect(before.highlights.length).toBe(300);

    const db = await openDossierDb(NAME);
    expect(db.version).toBe(DB_VERSION);
    const after = await dump(db);
    const byKey = <T extends { id?: string; key?: string }>(list: T[]) => [...list].sort((a, b) => String(a.id ?? a.key).localeCompare(String(b.id ?? b.key)));
    // The upgrade itself only adds the new store; the old records go afterwards, in small steps.
    expect(byKey(after.entities)).toEqual(byKey(before.entities));
    expect(await db.count('kbChunks')).toBe(0);
    expect((await listUserEntities(db)).map((e) => e.id).sort()).toEqual(['user:acme', 'user:jane']);
    expect(await getEntity(db, kb.entities[5]!.id)).toBeUndefined(); // old shipped records are never read
    expect(await dropLegacyRecords(db)).toBe(kb.entities.length);
    // User entities stay exactly (their store-only keys dropped); the shipped ones left the store.
    expect(byKey(await db.getAll('entities'))).toEqual(byKey(userEntities.map((e) => ({ ...e, origin: 'user' }))));
    expect(await dropLegacyRecords(db)).toBe(0);
    expect(byKey(after.highlights)).toEqual(byKey(before.highlights));
    expect(byKey(after.corrections)).toEqual(byKey(before.corrections));
    // No KB is recorded as installed, so the next start installs it into the new store; the rest of meta stays.
    expect(after.meta).toEqual(before.meta.filter(([k]) => k !== 'kbVersion'));
    expect(await installedKbVersion(db)).toBeUndefined();

    // The stores' lookups work on migrated data, and the KB installs into the new store.
    expect((await listUserEntities(db)).map((e) => e.id).sort()).toEqual(['user:acme', 'user:jane']);
    expect(await getEntity(db, 'user:acme')).toEqual({ ...userEntities[0], origin: 'user' });
    expect(await installKb(db, await kbSource(kb))).toBe(true);
    const shipped = kb.entities[123]!;
    expect(await getEntity(db, shipped.id)).toEqual({ ...shipped, origin: 'shipped' });
    expect(await db.count('entities')).toBe(userEntities.length);
    const oneSource = saved[0]!.source;
    expect((await listHighlights(db, { source: oneSource })).every((h) => h.source === oneSource)).toBe(true);

    // The v2 index holds every highlight, and the date filter over it equals a full scan.
    expect(await db.countFromIndex('highlights', 'created')).toBe(300);
    const dates = saved.map((h) => h.created).sort();
    const from = dates[60]!.slice(0, 10);
    const to = dates[240]!;
    const expected = saved.filter((h) => h.created >= `${from}T00:00:00.000Z` && h.created <= to).map((h) => h.id).sort();
    expect((await listHighlights(db, { from, to })).map((h) => h.id).sort()).toEqual(expected);
    expect(expected.length).toBeGreaterThan(100);
    expect(await listHighlights(db, { from: '2099-01-01', to: '2000-01-01' })).toEqual([]);
    expect((await exportAll(db)).length).toBe(300);
    db.close();
  }, 60_000);

  it('v2 → v3 alone: a database as the last v2 release left it keeps its user entities; its shipped ones are removed afterwards', async () => {
    const name = `${NAME}-v2`;
    const v2 = await openDossierDb(name, 2);
    await legacyInstall(v2, { ...kb, entities: kb.entities.slice(0, 500) });
    await v2.put('meta', { contentVersion: kb.contentVersion, next: 250 }, 'kbInstall');
    const tx = v2.transaction('entities', 'readwrite');
    for (const e of userEntities) void tx.store.put(legacyRecord(e, 'user'));
    await tx.done;
    v2.close();
    const db = await openDossierDb(name);
    await dropLegacyRecords(db);
    expect(byId(await db.getAll('entities'))).toEqual(byId(userEntities.map((e) => ({ ...e, origin: 'user' }))));
    expect(await db.get('meta', 'kbInstall')).toBeUndefined();
    expect(await db.get('meta', 'entitiesStamp')).toBe('kb:1:old');
    expect(await db.count('kbChunks')).toBe(0);
    db.close();
  });

  it('a database that stopped at v1 mid-way (empty) upgrades too', async () => {
    const raw = await openDB<DossierDB>(`${NAME}-empty`, 1, { upgrade: (d, _o, _n, tx) => upgradeSteps[1]!(d, tx) });
    raw.close();
    const db = await openDossierDb(`${NAME}-empty`);
    expect([...db.transaction('highlights').store.indexNames].sort()).toEqual(['created', 'source']);
    db.close();
  });
});
