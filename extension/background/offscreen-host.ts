/**
 * Chromium: the linker lives in an offscreen document (reason WORKERS), which outlives the
 * service worker's naps and keeps the Worker and its index warm. The first call after the
 * document is gone (closed, crashed, browser restarted) creates it again; concurrent calls
 * share one creation.
 */
import { callHost } from '../shared/rpc.ts';
import type { HostLinkParams, LinkChunkResult } from '../linker/messages.ts';
import type { HostRoute } from './linker-route.ts';

const URL_PATH = 'offscreen.html';

interface OffscreenApi {
  createDocument(options: { url: string; reasons: string[]; justification: string }): Promise<void>;
  hasDocument?(): Promise<boolean>;
}

function offscreenApi(): OffscreenApi {
  const api = (globalThis as { chrome?: { offscreen?: OffscreenApi } }).chrome?.offscreen;
  if (!api) throw new Error('this browser has neither a Worker in the background nor offscreen documents');
  return api;
}

let creating: Promise<void> | null = null;

/**
 * Opens the offscreen document unless it is open; safe to call from many calls at once. A
 * document that exists may still be loading (another call is creating it): then this waits
 * for that creation, which resolves once the document has loaded and listens.
 */
export async function ensureOffscreen(): Promise<void> {
  const api = offscreenApi();
  const open = await api.hasDocument?.();
  if (creating) return creating;
  if (open) return;
  creating = api
    .createDocument({ url: URL_PATH, reasons: ['WORKERS'], justification: 'One warm linker shared by every tab, instead of one per page.' })
    .catch(async (error: unknown) => {
      // Another wake of the service worker may have opened it meanwhile: that is fine.
      if (!(await api.hasDocument?.())) throw error;
    })
    .finally(() => {
      creating = null;
    });
  return creating;
}

/** Tries left, and the pause between them, when the document exists but does not listen yet. */
const TRIES = 5;
const PAUSE_MS = 50;

/**
 * `hostLink` on the document. A document created by an earlier life of this service worker may
 * still be loading (nothing listens yet: "Receiving end does not exist"): asked again shortly.
 */
async function hostLink(params: HostLinkParams): Promise<LinkChunkResult> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await callHost('hostLink', params);
    } catch (error) {
      if (attempt >= TRIES || !/receiving end does not exist/i.test(String(error))) throw error;
      await new Promise((resolve) => setTimeout(resolve, PAUSE_MS * attempt));
    }
  }
}

/** The route through the offscreen document. */
export function offscreenHost(): HostRoute {
  return {
    async link(params) {
      await ensureOffscreen();
      return hostLink(params);
    },
    warm: ensureOffscreen,
    async drop(key) {
      // A drop never opens the document: no document, no sessions.
      if (!(await offscreenApi().hasDocument?.())) return;
      await callHost('hostDrop', { key });
    },
  };
}
