/**
 * Bundled by kb-install.mjs and evaluated inside the extension's service worker (never shipped):
 * times the real `installKb` into a scratch IndexedDB database, for the shipped KB or a generated
 * one. (The linker's index is built at build time now: nothing is built after the install.)
 */
import { openDossierDb } from '../../extension/background/db.ts';
import { installKb } from '../../extension/background/kb-store.ts';
import { kbSource, openKbParts, type KbSource } from '../../src/kb/parts.ts';
import { syntheticEntities } from './synthetic.ts';

const dropDb = (name: string): Promise<void> => new Promise((resolve, reject) => {
  const req = indexedDB.deleteDatabase(name);
  req.onsuccess = () => resolve();
  req.onerror = () => reject(req.error);
});

/** The KB as the install reads it: the package's parts, or a generated KB split the same way in memory. */
async function loadKb(kind: string): Promise<KbSource> {
  if (kind === 'shipped') return openKbParts(async (file) => (await fetch(`/kb/${file}`)).text());
  return kbSource({ schemaVersion: 1, contentVersion: `bench-${kind}`, entities: syntheticEntities(Number(kind.replace('synthetic', ''))) });
}

/**
 * Installs one KB ('shipped' or 'synthetic<N>') into a fresh scratch database; times in ms. The
 * install time includes reading and parsing each part, as the extension's install does.
 */
async function install(kind: string): Promise<{ entities: number; loadMs: number; installMs: number }> {
  const name = `dossier-bench-${kind}`;
  await dropDb(name);
  const t0 = performance.now();
  const kb = await loadKb(kind);
  const t1 = performance.now();
  const db = await openDossierDb(name);
  await installKb(db, kb);
  const t2 = performance.now();
  db.close();
  await dropDb(name);
  return { entities: kb.header.total, loadMs: t1 - t0, installMs: t2 - t1 };
}

(self as unknown as { __dossierBenchInstall: typeof install }).__dossierBenchInstall = install;
