/**
 * Installs the KB bundled with the extension (`kb/kb.json`, written by the build) into IndexedDB.
 * The worker may be woken for a message before `onInstalled` fires, or be killed half-way through
 * an install: callers wait on `whenKbReady`, which joins a running install or repairs an empty store.
 */
import browser from 'webextension-polyfill';
import type { KnowledgeBase } from '../../src/kb/model.ts';
import type { Db } from './db.ts';
import { installKb } from './kb-store.ts';
import { dropLegacyIndex, setEntitiesStamp } from './linker-cache.ts';

let inFlight: Promise<void> | undefined;

/** Installs the bundled KB; a call while one install runs joins it instead of starting another. */
export function installBundledKb(db: Db): Promise<void> {
  inFlight ??= install(db).finally(() => {
    inFlight = undefined;
  });
  return inFlight;
}

async function install(db: Db): Promise<void> {
  // A file inside the extension package: no network request leaves the browser.
  const response = await fetch(browser.runtime.getURL('kb/kb.json'));
  if (!response.ok) throw new Error(`bundled KB missing: HTTP ${response.status}`);
  const kb = (await response.json()) as KnowledgeBase;
  // Unchanged KB (a browser restart): keep the stamp, so the cached index, which may include
  // user entities, stays valid.
  if (await installKb(db, kb)) await setEntitiesStamp(db, `kb:${kb.schemaVersion}:${kb.contentVersion}`);
  await dropLegacyIndex(db);
}

/** Resolves once the KB is usable: waits for a running install, or runs one if the store is empty. */
export async function whenKbReady(db: Db): Promise<void> {
  if (inFlight) await inFlight.catch(() => {});
  if ((await db.count('entities')) === 0) await installBundledKb(db);
}
