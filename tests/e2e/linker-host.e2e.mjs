/* global CSS -- functions passed to evaluate run in the page or the service worker */
// End-to-end (Chromium): the one warm linker lives in an offscreen document; with it closed and
// the service worker stopped too (the cold path: nothing of Dossier's background is running),
// the next page still gets its marks, and exactly one new offscreen document hosts the linker.
// In Firefox the linker's Worker lives in the background page, which the other tests exercise.
import assert from 'node:assert/strict';
import { SKIP, launchChromium, waitFor } from './browsers.mjs';

const SEED = 'seeds/london-accuses-russian-pirates.html';

/** In the service worker: how many offscreen documents the extension has. */
async function offscreenCount() {
  const contexts = await globalThis.chrome.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'] });
  return contexts.length;
}

/** In the page: the number of ranges in Dossier's mention highlights. */
function markCount() {
  let count = 0;
  for (const [name, highlight] of CSS.highlights) if (name.startsWith('dossier-') && name !== 'dossier-saved') count += highlight.size;
  return count;
}

async function marksOn(env) {
  const page = await env.browser.newPage();
  await page.goto(new URL(SEED, env.server.url).href);
  return waitFor(page, markCount, undefined, { what: 'marks on the seed page', timeout: 20_000 });
}

/** Polls the service worker until `fn` returns true; the timeout is only a safety net. */
async function untilInWorker(browser, fn, what, timeout = 60_000) {
  const deadline = Date.now() + timeout;
  for (;;) {
    if (await browser.serviceWorker().evaluate(fn).catch(() => false)) return;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

export const tests = [
  {
    name: 'linker host: a fresh install opens the one linker host before any page asks for it',
    timeoutMs: 120_000,
    async run(env) {
      if (env.browser.name !== 'chromium') return SKIP;
      const browser = await launchChromium();
      try {
        // No page is opened: only the install can have made the document.
        await untilInWorker(browser, async () => (await globalThis.chrome.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'] })).length === 1, 'the offscreen document');
      } finally {
        await browser.close();
      }
    },
  },
  {
    name: 'linker host: with the offscreen document closed and the service worker stopped, the next page is still marked by one new host',
    timeoutMs: 60_000,
    async run(env) {
      if (env.browser.name !== 'chromium') return SKIP;
      const warm = await marksOn(env);
      assert.ok(warm > 0);
      assert.equal(await env.browser.serviceWorker().evaluate(offscreenCount), 1, 'linking opened one offscreen document');

      await env.browser.serviceWorker().evaluate(() => globalThis.chrome.offscreen.closeDocument());
      assert.equal(await env.browser.serviceWorker().evaluate(offscreenCount), 0, 'the document is gone');
      const admin = await env.browser.newPage();
      await admin.goto(`${env.browser.extensionOrigin}ui/options.html`);
      const cdp = await admin.context().newCDPSession(admin);
      await cdp.send('ServiceWorker.enable');
      await cdp.send('ServiceWorker.stopAllWorkers');

      // Two pages at once: both first calls race to recreate the host; one document must serve both.
      const [a, b] = await Promise.all([marksOn(env), marksOn(env)]);
      assert.equal(a, warm, 'the cold host marks the page as the warm one did');
      assert.equal(b, warm);
      assert.equal(await env.browser.serviceWorker().evaluate(offscreenCount), 1, 'one new offscreen document');
    },
  },
];
