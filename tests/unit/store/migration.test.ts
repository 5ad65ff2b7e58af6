/**
 * Schema migration: a database exactly as version 1 left it (built with the v1 upgrade step), full
 * of highlights, user entities, corrections and the shipped KB, opened by the current code keeps
 * every record and gains the v2 `created` index, which the date filter then reads.
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { openDB } from 'idb';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { DB_VERSION, openDossierDb, upgradeSteps, type Db, type DossierDB } from '../../../extension/background/db.ts';
import { getEntity, installKb, listUserEntities, prefixSearch, putUserEntities } from '../../../extension/background/kb-store.ts';
import { exportAll, importHighlights, listHighlights } from '../../../extension/background/highlights-store.ts';
import { userDataHandlers } from '../../../extension/background/user-data.ts';
import { compileKb } from '../../../src/kb/compile.ts';
import { readSources } from '../../../src/cli/kb-sources.ts';
import type { Entity, KnowledgeBase } from '../../../src/kb/model.ts';
import type { Highlight } from '../../../src/export/model.ts';
import { highlights as highlightList } from '../export/arbitraries.ts';

const NAME = 'dossier-migration';
let kb: KnowledgeBase;
let saved: Highlight[];
const userEntities: Entity[] = [
  { id: 'user:acme', name: 'Acme Intelligence', type: 'organization', aliases: [{ text: 'ACME-INT', caseSensitive: true }], description: 'note <b>x</b>' },
  { id: 'user:jane', name: 'Jane Roe', type: 'person', aliases: [], description: '' },
];

/** Everything in every store, as plain values keyed by store name. */
async function dump(db: Db) {
  return {
    entities: await db.getAll('entities'),
    highlights: await db.getAll('highlights'),
    corrections: await db.getAll('corrections'),
    meta: await Promise.all((await db.getAllKeys('meta')).map(async (k) => [k, await db.get('meta', k)])),
  };
}

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

  it('keeps every highlight, user entity, correction and shipped entity, and the new index works', async () => {
    // A version-1 database, written by the same store code a v1 release ran.
    const v1 = await openDossierDb(NAME, 1);
    expect([...v1.transaction('highlights').store.indexNames]).toEqual(['source']);
    await installKb(v1, kb);
    await putUserEntities(v1, userEntities);
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
    expect(byKey(after.entities)).toEqual(byKey(before.entities));
    expect(byKey(after.highlights)).toEqual(byKey(before.highlights));
    expect(byKey(after.corrections)).toEqual(byKey(before.corrections));
    expect(after.meta).toEqual(before.meta);

    // The old indexes still answer, and the stores' lookups work on migrated data.
    expect((await listUserEntities(db)).map((e) => e.id).sort()).toEqual(['user:acme', 'user:jane']);
    expect((await prefixSearch(db, 'acme int')).map((e) => e.id)).toContain('user:acme');
    const shipped = kb.entities[123]!;
    expect(await getEntity(db, shipped.id)).toEqual(shipped);
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

  it('a database that stopped at v1 mid-way (empty) upgrades too', async () => {
    const raw = await openDB<DossierDB>(`${NAME}-empty`, 1, { upgrade: (d, _o, _n, tx) => upgradeSteps[1]!(d, tx) });
    raw.close();
    const db = await openDossierDb(`${NAME}-empty`);
    expect([...db.transaction('highlights').store.indexNames].sort()).toEqual(['created', 'source']);
    db.close();
  });
});
