import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { KnowledgeBase } from '../../../src/kb/model.ts';
import { splitKb } from '../../../src/kb/parts.ts';
import { openDossierDb } from '../../../extension/background/db.ts';
import { BATCH } from '../../../extension/background/kb-store.ts';

vi.mock('webextension-polyfill', () => ({ default: { runtime: { getURL: (path: string) => `ext:///${path}` } } }));

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
    const { header, parts } = splitKb(kb, 20_000);
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
    expect(await db.count('entities')).toBe(1200);
    expect(await kbStatus(db)).toEqual({ state: 'ready' });
  });

  it('counts entries written while the install runs', async () => {
    const { db, installBundledKb, kbStatus } = await setup();
    const total = 2 * BATCH + 200; // three install batches
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
    expect(seen).toContain(`${BATCH}/${total}`);
  });

  it('does not take a partly written store for a ready one', async () => {
    const { db, whenKbReady } = await setup();
    // A worker that stopped half-way: some entities, no recorded version.
    await db.put('entities', { id: 't:0', name: 'Entity 0', type: 'organization', description: 'A test body.', aliases: [], origin: 'shipped', keys: ['entity 0'] });
    const release = heldFetch(kbOf(1200));
    let done = false;
    const ready = whenKbReady(db).then(() => (done = true));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(done).toBe(false);
    release();
    await ready;
    expect(await db.count('entities')).toBe(1200);
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
