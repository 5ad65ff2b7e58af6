// Time to first highlight cold — the linker's offscreen document closed (which ends its Worker)
// and the service worker stopped (CDP ServiceWorker.stopAllWorkers) — against the same warm.
// Measured from DOMContentLoaded, from the content script's scan-start mark and from navigation
// start, by a 2 ms poll of CSS.highlights in the page's main world.
import { median } from './chromium.mjs';

const POLL = `{ const id = setInterval(() => {
  if (!globalThis.CSS?.highlights) return;
  for (const name of CSS.highlights.keys()) if (name.startsWith('dossier-')) { window.__benchFirstHighlight = performance.now(); clearInterval(id); return; }
}, 2); setTimeout(() => clearInterval(id), 60000); }`;

/** Closes the linker's offscreen document (and so its Worker), if it is open. */
async function closeLinkerHost(context) {
  const worker = context.serviceWorkers().find((w) => w.url().endsWith('/background.js'));
  await worker?.evaluate(async () => {
    if (await globalThis.chrome.offscreen.hasDocument()) await globalThis.chrome.offscreen.closeDocument();
  });
}

/** Closes the linker host, then stops every service worker; resolves once one reports 'stopped' (or after 3 s). */
async function stopWorkers(context) {
  await closeLinkerHost(context);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  const stopped = new Promise((resolve) => {
    cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
      if (versions.some((v) => v.runningStatus === 'stopped')) resolve(true);
    });
    setTimeout(() => resolve(false), 3000);
  });
  await cdp.send('ServiceWorker.stopAllWorkers');
  const ok = await stopped;
  await page.close();
  return ok;
}

async function firstHighlight(context, url) {
  const page = await context.newPage();
  await page.addInitScript(POLL);
  await page.goto(url);
  const r = await page.waitForFunction(() => window.__benchFirstHighlight !== undefined && {
    first: window.__benchFirstHighlight,
    start: performance.getEntriesByName('dossier:scan-start')[0]?.startTime ?? 0,
    dcl: performance.getEntriesByType('navigation')[0]?.domContentLoadedEventStart ?? 0,
  }, undefined, { timeout: 60_000, polling: 50 }).then((h) => h.jsonValue());
  await page.close();
  return { fromDcl: r.first - r.dcl, fromScanStart: r.first - r.start, fromNavigation: r.first };
}

/** Cold and warm first-highlight times on `url`, medians of `runs`. */
export async function benchColdStart(context, url, runs = 5) {
  const cold = [];
  const warm = [];
  let stopsSeen = 0;
  for (let i = 0; i < runs; i++) {
    if (await stopWorkers(context)) stopsSeen += 1;
    cold.push(await firstHighlight(context, url));
    warm.push(await firstHighlight(context, url));
  }
  const pick = (xs, key) => median(xs.map((x) => x[key]));
  return {
    coldMs: pick(cold, 'fromScanStart'), coldFromNavigationMs: pick(cold, 'fromNavigation'), coldFromDclMs: pick(cold, 'fromDcl'),
    warmMs: pick(warm, 'fromScanStart'), warmFromNavigationMs: pick(warm, 'fromNavigation'), warmFromDclMs: pick(warm, 'fromDcl'),
    runs, workerStopsConfirmed: stopsSeen,
  };
}
