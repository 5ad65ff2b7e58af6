/**
 * The background's part in linking: a stateless router. It names the page a chunk comes from
 * (the sender's tab and frame, which a page cannot forge, plus the content script's page id),
 * stamps the entity-set version, and hands the chunk to the one warm linker host: Chromium's
 * offscreen document (created on demand, see offscreen-host.ts) or, in Firefox's background
 * page, a Worker of its own.
 */
import browser, { type Runtime } from 'webextension-polyfill';
import { LinkerHost } from '../linker/host-client.ts';
import { sessionKey, type HostLinkParams, type LinkChunkParams, type LinkChunkResult, type PageKey } from '../linker/messages.ts';
import type { Db } from './db.ts';
import { currentStamp, userEntitiesForLinker } from './linker-cache.ts';
import { offscreenHost } from './offscreen-host.ts';

/** Where chunks are linked: the same two calls whichever browser hosts the Worker. */
export interface HostRoute {
  link(params: HostLinkParams): Promise<LinkChunkResult>;
  drop(key: string): Promise<void>;
  /** Starts the host and its Worker ahead of the first page (browser start, install). */
  warm(): Promise<void>;
}

/** Firefox: the background page can start a Worker itself and read the user's entities directly. */
function localHost(db: () => Promise<Db>): HostRoute {
  const host = new LinkerHost(browser.runtime.getURL('linker-worker.js'), async () => userEntitiesForLinker(await db()));
  return {
    link: async ({ key, version, chunk, text }) => ({ chunk, spans: await host.link(sessionKey(key), text, version, chunk) }),
    drop: async (key) => host.drop(key),
    warm: async () => host.warm(),
  };
}

/** The page a message comes from; content scripts only (an extension page has no tab). */
function pageOf(sender: Runtime.MessageSender, page: string): PageKey {
  const tabId = sender.tab?.id;
  if (tabId === undefined || typeof page !== 'string' || page.length === 0 || page.length > 64) throw new Error('rejected: linking is for pages in tabs');
  return { tabId, frameId: sender.frameId ?? 0, page };
}

/**
 * The `linkChunk` and `pageGone` handlers, and the tab-closed listener that drops sessions.
 * `db` is the database as opened, not waiting for the KB install: the linker's index ships in
 * the package, and the install's readiness check (a count of every entity) cost each chunk
 * tens of milliseconds.
 */
export function linkerRoutes(db: () => Promise<Db>) {
  const host: HostRoute = typeof Worker === 'function' ? localHost(db) : offscreenHost();
  browser.tabs.onRemoved.addListener((tabId) => {
    host.drop(`${tabId}:*`).catch(() => undefined);
  });
  return {
    async linkChunk(params: LinkChunkParams, sender: Runtime.MessageSender): Promise<LinkChunkResult> {
      const key = pageOf(sender, params.page);
      if (typeof params.text !== 'string' || !Number.isInteger(params.chunk)) throw new Error('rejected: a chunk is text with a number');
      const version = await currentStamp(await db());
      return host.link({ key, version, page: params.page, chunk: params.chunk, text: params.text });
    },
    /** Opens the linker host ahead of the first page, so its index is read by the time one links. */
    warm: (): Promise<void> => host.warm(),
    async pageGone({ page }: { page: string }, sender: Runtime.MessageSender): Promise<{ dropped: boolean }> {
      await host.drop(sessionKey(pageOf(sender, page)));
      return { dropped: true };
    },
  };
}
