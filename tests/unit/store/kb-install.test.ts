import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { KnowledgeBase } from '../../../src/kb/model.ts';
import { kbSource, splitKb } from '../../../src/kb/parts.ts';
import { installKb } from '../../../extension/background/kb-store.ts';
import { openDossierDb, type Db } from '../../../extension/background/db.ts';

vi.mock('webextension-polyfill', () => ({ default: { runtime: { getURL: (path: string) => `ext:///${path}` } } }));

/** Parts of about 20 KB: some 250 of the entities below. */
const PART_CHARS = 20_000;
/** Shipped entities stored, over every stored record. */
const storedCount = async (db: Db) => (await db.getAll('kbChunks')).reduce((n, r) => n + r.entities.length, 0);

/** A KB of `n` plain entities. */
function kbOf(n: number, contentVersion = 'v1'): KnowledgeBase {
  const entities = Array.from({ length: n }, (_, i) => ({ id: `t:${i}`, name: `Entity ${i}`, type: 'organization' as const, description: 'A test body.', aliases: [] }));
  return { schemaVersion: 1, contentVersion, entities };
}

/** `fetch` serving `kb` as the package does (a header and parts) once `release()` is called (or an HTTP error). */
function heldFetch(kb: KnowledgeBase | number) {
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  const files = new Map<string, string>();
  if (typeof kb !== 'number') {
    const { header, parts } = splitKb(kb, PART_CHARS);
    files.set('kb.json', JSON.stringify(header));
    header.parts.forEach((name, i) => files.set(name, parts[i] as string));
  }
  vi.stubGlobal('fetch', async (url: string) => {
    await gate;
    const text = files.get(String(url).replace(/^.*\/kb\//, ''));
    return typeof kb === 'number' || text === undefined ? new Response('', { status: typeof kb === 'number' ? kb : 404 }) : new Response(text);
  });
  return release;
}

/**
 * `fetch` serving `kb` as the package does, holding the first part until `release()` (so an install
 * stays running); `reads` lists the files served.
 */
function firstPartHeldFetch(kb: KnowledgeBase) {
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  const { header, parts } = splitKb(kb, PART_CHARS);
  const files = new Map(header.parts.map((name, i) => [name, parts[i] as string]));
  files.set('kb.json', JSON.stringify(header));
  const reads: string[] = [];
  vi.stubGlobal('fetch', async (url: string) => {
    const name = String(url).replace(/^.*\/kb\//, '');
    if (name === header.parts[0]) await gate;
    reads.push(name);
    return new Response(files.get(name) as string);
  });
  return { release, reads, header };
}

let n = 0;
/** A fresh database and a fresh copy of the module (its install state is per worker). */
async function setup() {
  vi.resetModules();
  const mod = await import('../../../extension/background/kb-install.ts');
  const db = await openDossierDb(`kb-install-test-${n++}`);
  return { ...mod, db };
}

afterEach(() => vi.unstubAllGlobals());

describe('bundled KB install status', () => {
  it('reports a running install, then ready once every entity is written', async () => {
    const { db, kbStatus, whenKbReady } = await setup();
    const release = heldFetch(kbOf(1200));
    // The first question starts the install (nothing installed) and answers at once.
    expect(await kbStatus(db)).toEqual({ state: 'installing', done: 0, total: 0 });
    const ready = whenKbReady(db);
    release();
    await ready;
    expect(await storedCount(db)).toBe(1200);
    expect(await kbStatus(db)).toEqual({ state: 'ready' });
  });

  it('counts entries written while the install runs', async () => {
    const { db, installBundledKb, kbStatus } = await setup();
    const total = 1200; // five parts
    heldFetch(kbOf(total))();
    const seen: string[] = [];
    const running = installBundledKb(db);
    for (let i = 0; i < 200; i++) {
      const s = await kbStatus(db);
      if (s.state !== 'installing') break;
      if (!seen.includes(`${s.done}/${s.total}`)) seen.push(`${s.done}/${s.total}`);
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
    await running;
    expect(seen.at(0)).toBe('0/0');
    expect(seen.some((s) => /^\d+\/1200$/.test(s) && s !== '1200/1200')).toBe(true);
  });

  it('does not take a partly written store for a ready one', async () => {
    const { db, whenKbReady } = await setup();
    // A worker that stopped half-way: some entities, no recorded version.
    await expect(installKb(db, await kbSource(kbOf(1200), PART_CHARS), () => { throw new Error('worker stopped'); })).rejects.toThrow('worker stopped');
    expect(await storedCount(db)).toBeGreaterThan(0);
    const release = heldFetch(kbOf(1200));
    let done = false;
    const ready = whenKbReady(db).then(() => (done = true));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(done).toBe(false);
    release();
    await ready;
    expect(await storedCount(db)).toBe(1200);
  });

  it('says why an install failed, and a caller that needs the KB tries again', async () => {
    const { db, kbStatus, whenKbReady } = await setup();
    heldFetch(404)();
    await expect(whenKbReady(db)).rejects.toThrow('bundled KB file kb/kb.json missing: HTTP 404');
    expect(await kbStatus(db)).toEqual({ state: 'failed', error: 'bundled KB file kb/kb.json missing: HTTP 404' });
    heldFetch(kbOf(3))();
    await whenKbReady(db);
    expect(await kbStatus(db)).toEqual({ state: 'ready' });
  });
});

describe('a card\'s entity while the KB installs', () => {
  it('comes at once from the package while the install runs, then from IndexedDB', async () => {
    const { db, installBundledKb, kbStatus, lookupEntity } = await setup();
    const kb = kbOf(1200);
    const { release, reads, header } = firstPartHeldFetch(kb);
    const running = installBundledKb(db);
    const wanted = kb.entities[700]!; // not in the held first part
    expect(await lookupEntity(db, wanted.id)).toEqual({ ...wanted, origin: 'shipped' });
    expect(await lookupEntity(db, 't:absent')).toBeUndefined();
    expect((await kbStatus(db)).state).toBe('installing');
    expect(await storedCount(db)).toBe(0);
    release();
    await running;
    expect(await kbStatus(db)).toEqual({ state: 'ready' });
    reads.length = 0;
    expect(await lookupEntity(db, wanted.id)).toEqual({ ...wanted, origin: 'shipped' });
    expect(await lookupEntity(db, 't:absent')).toBeUndefined();
    expect(reads).toEqual([]); // installed: nothing more is read from the package
    expect(header.parts.length).toBeGreaterThan(2);
  });

  it('resumes a stopped install when a card asks, and answers from the package meanwhile', async () => {
    const { db, kbStatus, lookupEntity, whenKbReady } = await setup();
    const kb = kbOf(1200);
    const { release } = firstPartHeldFetch(kb);
    expect((await lookupEntity(db, 't:3'))?.name).toBe('Entity 3');
    expect((await kbStatus(db)).state).toBe('installing');
    release();
    await whenKbReady(db);
    expect(await storedCount(db)).toBe(1200);
  });
});
