/**
 * Installs the KB bundled with the extension (`kb/kb.json`, written by the build) into IndexedDB.
 * The worker may be woken for a message before `onInstalled` fires, or be killed half-way through
 * an install: callers wait on `whenKbReady`, which joins a running install or repairs an empty store.
 * `kbStatus` tells cards and the popup how far a running install is, without waiting for it.
 */
import browser from 'webextension-polyfill';
import { readKbParts } from '../../src/kb/parts.ts';
import type { KbStatus } from '../shared/protocol.ts';
import type { Db } from './db.ts';
import { installedKbVersion, installKb } from './kb-store.ts';
import { dropLegacyIndex, setEntitiesStamp } from './linker-cache.ts';

let inFlight: Promise<void> | undefined;
let progress = { done: 0, total: 0 };
let lastError: string | undefined;

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

async function install(db: Db): Promise<void> {
  // A file inside the extension package: no network request leaves the browser.
  const kb = await readKbParts(readPackaged);
  progress = { done: 0, total: kb.entities.length };
  const onProgress = (done: number, total: number): void => void (progress = { done, total });
  // Unchanged KB (a browser restart): keep the stamp, so the cached index, which may include
  // user entities, stays valid.
  if (await installKb(db, kb, onProgress)) await setEntitiesStamp(db, `kb:${kb.schemaVersion}:${kb.contentVersion}`);
  await dropLegacyIndex(db);
}

/** Starts (or resumes) an install when none runs and no complete one is recorded. */
async function startIfNotInstalled(db: Db): Promise<void> {
  if (!inFlight && !(await installedKbVersion(db))) void installBundledKb(db).catch(() => {});
}

/**
 * Resolves once the KB is usable: joins a running install, or starts (resumes) one when no
 * complete install is recorded; rejects with the install's error. A store that is only partly
 * written is not usable: a card would find its entity missing.
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
