/**
 * Chromium's linker host: the offscreen document (offscreen.html) the background opens with
 * reason WORKERS. It keeps the linker Worker warm for every tab and answers the background's
 * `hostLink` / `hostDrop` calls. The Worker reads the shipped index from the package; the
 * user's own entities come from the background.
 */
import { callBackground, serveHost } from '../shared/rpc.ts';
import { LinkerHost } from './host-client.ts';
import { sessionKey } from './messages.ts';

const host = new LinkerHost(new URL('linker-worker.js', location.href).href, () => callBackground('getLinkerUserEntities', {}));
// The document is opened because a page is about to link (or the browser just started): the
// Worker reads its index while the first call is on its way.
host.warm();

serveHost({
  hostLink: async ({ key, version, chunk, text }) => ({ chunk, spans: await host.link(sessionKey(key), text, version, chunk) }),
  hostDrop: ({ key }) => {
    host.drop(key);
    return { dropped: true };
  },
});
