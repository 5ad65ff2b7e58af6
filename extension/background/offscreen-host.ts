/**
 * Chromium: the linker lives in an offscreen document (reason WORKERS), which outlives the
 * service worker's naps and keeps the Worker and its index warm. The first call after the
 * document is gone (closed, crashed, browser restarted) creates it again; concurrent calls
 * share one creation.
 */
import { callHost } from '../shared/rpc.ts';
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

/** Opens the offscreen document unless it is open; safe to call from many calls at once. */
export async function ensureOffscreen(): Promise<void> {
  const api = offscreenApi();
  if (await api.hasDocument?.()) return;
  creating ??= api
    .createDocument({ url: URL_PATH, reasons: ['WORKERS'], justification: 'One warm linker shared by every tab, instead of one per page.' })
    .catch(async (error: unknown) => {
      // Another wake of the service worker may have opened it meanwhile: that is fine.
      if (!(await api.hasDocument?.())) throw error;
    })
    .finally(() => {
      creating = null;
    });
  await creating;
}

/** The route through the offscreen document. */
export function offscreenHost(): HostRoute {
  return {
    async link(params) {
      await ensureOffscreen();
      return callHost('hostLink', params);
    },
    async drop(key) {
      // A drop never opens the document: no document, no sessions.
      if (!(await offscreenApi().hasDocument?.())) return;
      await callHost('hostDrop', { key });
    },
  };
}
