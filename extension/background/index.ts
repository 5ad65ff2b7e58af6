/**
 * Background service worker (Chromium) / event page (Firefox): installs the bundled KB into
 * IndexedDB on install, update and browser start, and answers the extension's calls.
 * No state lives only here: everything is in IndexedDB or derived from it.
 */
import browser from 'webextension-polyfill';
import { serveBackground } from '../shared/rpc.ts';
import { openDossierDb, type Db } from './db.ts';
import { entityCard } from './entity-card.ts';
import { highlightHandlers, type HighlightHandlers } from './highlight-handlers.ts';
import { installBundledKb, kbStatus, lookupEntity, whenKbReady } from './kb-install.ts';
import { userEntitiesForLinker } from './linker-cache.ts';
import { linkerRoutes } from './linker-route.ts';
import { registerSaveCommands } from './save-commands.ts';
import { userDataHandlers, type UserDataHandlers } from './user-data.ts';

let dbPromise: Promise<Db> | undefined;
/** The database, opened lazily once per worker lifetime. */
function db(): Promise<Db> {
  return (dbPromise ??= openDossierDb());
}

/** The database once the KB is installed (joins a running install, repairs an empty store). */
async function kbDb(): Promise<Db> {
  const handle = await db();
  await whenKbReady(handle);
  return handle;
}

let highlightsPromise: Promise<HighlightHandlers> | undefined;
function highlights(): Promise<HighlightHandlers> {
  return (highlightsPromise ??= kbDb().then(highlightHandlers));
}

let userDataPromise: Promise<UserDataHandlers> | undefined;
/**
 * Corrections and the user's own entities need the database, not the shipped KB: a page asks
 * for its site's corrections before it links, and must not wait for a first install (minutes at
 * the full KB's size) to be marked.
 */
function userData(): Promise<UserDataHandlers> {
  return (userDataPromise ??= db().then(userDataHandlers));
}

function install(): void {
  db()
    .then((handle) => installBundledKb(handle))
    .catch((error: unknown) => console.error('dossier: KB install failed', error));
}

// Listeners are registered synchronously at top level so a woken worker sees the event that woke it.
browser.runtime.onInstalled.addListener(install);
browser.runtime.onStartup.addListener(install);
registerSaveCommands();

const linking = linkerRoutes(db);
/** Browser start or install: the one warm linker is made now, not when the first page asks. */
function warmLinker(): void {
  linking.warm().catch((error: unknown) => console.error('dossier: the linker host did not start', error));
}
browser.runtime.onInstalled.addListener(warmLinker);
browser.runtime.onStartup.addListener(warmLinker);

serveBackground({
  linkChunk: (params, sender) => linking.linkChunk(params, sender),
  pageGone: (params, sender) => linking.pageGone(params, sender),
  getLinkerUserEntities: async () => userEntitiesForLinker(await db()),
  // A card does not wait for the KB install: what is not stored yet is read from the package.
  getEntity: async ({ id }) => {
    const handle = await db();
    return entityCard((entityId) => lookupEntity(handle, entityId), id);
  },
  getKbStatus: async () => kbStatus(await db()),
  saveHighlight: async (params) => (await highlights()).saveHighlight(params),
  listHighlights: async (params) => (await highlights()).listHighlights(params),
  updateHighlight: async (params) => (await highlights()).updateHighlight(params),
  deleteHighlight: async (params) => (await highlights()).deleteHighlight(params),
  restoreHighlight: async (params) => (await highlights()).restoreHighlight(params),
  exportHighlights: async (params) => (await highlights()).exportHighlights(params),
  importHighlights: async (params) => (await highlights()).importHighlights(params),
  addCorrection: async (params) => (await userData()).addCorrection(params),
  listCorrections: async (params) => (await userData()).listCorrections(params),
  removeCorrection: async (params) => (await userData()).removeCorrection(params),
  importUserPack: async (params) => (await userData()).importUserPack(params),
  addUserEntity: async (params) => (await userData()).addUserEntity(params),
  updateUserEntity: async (params) => (await userData()).updateUserEntity(params),
  listUserEntities: async (params) => (await userData()).listUserEntities(params),
  deleteUserEntity: async (params) => (await userData()).deleteUserEntity(params),
});
