/**
 * Installs the KB bundled with the extension (`kb/kb.json` and its parts, written by the build) into
 * IndexedDB. The worker may be woken for a message before `onInstalled` fires, or be killed half-way
 * through an install: callers wait on `whenKbReady`, which joins a running install or resumes one.
 * `kbStatus` tells the popup how far a running install is, without waiting for it, and
 * `lookupEntity` answers cards meanwhile from the package.
 */
import browser from 'webextension-polyfill';
import type { Entity } from '../../src/kb/model.ts';
import { openKbParts, partOf, type KbSource } from '../../src/kb/parts.ts';
import type { KbStatus } from '../shared/protocol.ts';
import type { Db } from './db.ts';
import { dropLegacyRecords } from './kb-legacy.ts';
import { getEntity, installedKbVersion, installKb } from './kb-store.ts';
import { dropLegacyIndex, setEntitiesStamp } from './linker-cache.ts';

let inFlight: Promise<void> | undefined;
let progress = { done: 0, total: 0 };
let lastError: string | undefined;
/** Parts read from the package for lookups, the most recent few (a card's relations share parts). */
const recentParts = new Map<number, Promise<Entity[]>>();
const RECENT_PARTS = 3;

/** Installs the bundled KB; a call while one install runs joins it instead of starting another. */
export function installBundledKb(db: Db): Promise<void> {
  if (!inFlight) {
    progress = { done: 0, total: 0 };
    lastError = undefined;
    inFlight = install(db)
      .catch((error: unknown) => {
        lastError = error instanceof Error ? error.message : String(error);
        throw error;
      })
      .finally(() => {
        inFlight = undefined;
        recentParts.clear(); // cards read IndexedDB from now on (or the next install reads parts again)
      });
  }
  return inFlight;
}

/** A file of the bundled KB (`kb/<path>` in the package), as text. */
async function readPackaged(path: string): Promise<string> {
  const response = await fetch(browser.runtime.getURL(`kb/${path}`));
  if (!response.ok) throw new Error(`bundled KB file kb/${path} missing: HTTP ${response.status}`);
  return response.text();
}

let opened: Promise<KbSource> | undefined;
/** The bundled KB's header, read once per worker lifetime (the package cannot change meanwhile). */
function packaged(): Promise<KbSource> {
  if (!opened) {
    const attempt = openKbParts(readPackaged);
    opened = attempt;
    attempt.catch(() => {
      if (opened === attempt) opened = undefined; // read again next time
    });
  }
  return opened;
}

async function install(db: Db): Promise<void> {
  // A file inside the extension package: no network request leaves the browser.
  const kb = await packaged();
  progress = { done: 0, total: kb.header.total };
  const onProgress = (done: number, total: number): void => void (progress = { done, total });
  // Unchanged KB (a browser restart): keep the stamp, so the cached index, which may include
  // user entities, stays valid.
  if (await installKb(db, kb, onProgress)) await setEntitiesStamp(db, `kb:${kb.header.schemaVersion}:${kb.header.contentVersion}`);
  await dropLegacyIndex(db);
  // Not awaited: the KB is ready meanwhile; a stopped run continues after the next start.
  void dropLegacyRecords(db).catch((error: unknown) => console.error('dossier: removing the old KB records failed', error));
}

/** Starts (or resumes) an install when none runs and no complete one is recorded. */
async function startIfNotInstalled(db: Db): Promise<void> {
  if (!inFlight && !(await installedKbVersion(db))) void installBundledKb(db).catch(() => {});
}

/**
 * Resolves once the KB is usable: joins a running install, or starts (resumes) one when no
 * complete install is recorded; rejects with the install's error. A store that is only partly
 * written is not taken for a complete one.
 */
export async function whenKbReady(db: Db): Promise<void> {
  await startIfNotInstalled(db);
  if (inFlight) await inFlight;
}

/**
 * How the install stands, answered from memory while one runs. With none running and no
 * complete install recorded (a worker stopped half-way), the install resumes where it stopped;
 * after a failure it says so until a caller that needs the KB tries again.
 */
export async function kbStatus(db: Db): Promise<KbStatus> {
  if (!lastError) await startIfNotInstalled(db);
  if (inFlight) return { state: 'installing', ...progress };
  return lastError ? { state: 'failed', error: lastError } : { state: 'ready' };
}

async function fromPackage(kb: KbSource, id: string): Promise<Entity | undefined> {
  const index = partOf(kb.header, id);
  if (index < 0) return undefined;
  let part = recentParts.get(index);
  if (!part) {
    part = kb.part(index);
    recentParts.set(index, part);
    if (recentParts.size > RECENT_PARTS) recentParts.delete(recentParts.keys().next().value as number);
    part.catch(() => recentParts.delete(index));
  }
  const entity = (await part).find((e) => e.id === id);
  return entity && { ...entity, origin: 'shipped' };
}

/**
 * One entity for a card, without waiting for an install: from IndexedDB once the bundled version
 * is installed completely, and until then (a first install, an update, a stopped one) from its part
 * in the package, which also spares the card the install's write transactions. Asking also resumes
 * a stopped install.
 */
export async function lookupEntity(db: Db, id: string): Promise<Entity | undefined> {
  if (id.startsWith('user:')) return getEntity(db, id);
  const kb = await packaged();
  if (!inFlight && (await installedKbVersion(db))?.contentVersion === kb.header.contentVersion) return getEntity(db, id);
  void startIfNotInstalled(db).catch(() => {});
  return fromPackage(kb, id);
}
