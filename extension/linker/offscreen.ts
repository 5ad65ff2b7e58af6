/**
 * Chromium's linker host: the offscreen document (offscreen.html) the background opens with
 * reason WORKERS. It keeps the linker Worker warm for every tab and answers the background's
 * `hostLink` / `hostDrop` calls; the index comes from the background in parts.
 */
import { callBackground, serveHost } from '../shared/rpc.ts';
import { LinkerHost } from './host-client.ts';
import { fetchIndexText } from './index-transfer.ts';
import { sessionKey } from './messages.ts';

const host = new LinkerHost(new URL('linker-worker.js', location.href).href, () => fetchIndexText(callBackground));

serveHost({
  hostLink: async ({ key, version, chunk, text }) => ({ chunk, spans: await host.link(sessionKey(key), text, version) }),
  hostDrop: ({ key }) => {
    host.drop(key);
    return { dropped: true };
  },
});
