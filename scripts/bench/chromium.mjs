// Headless Chromium for the benchmark: one with the built extension (tests/e2e/browsers.mjs,
// honouring DOSSIER_DIST) and one plain, with the same flags, for the floor, mark.js and baselines.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CHROMIUM, launchChromium } from '../../tests/e2e/browsers.mjs';

const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
  '--disable-sync', '--no-first-run', '--disable-quic'];

/** Main-world script on every page: records long tasks (start, duration) in `__benchLongTasks`. */
export const LONGTASK_INIT = `window.__benchLongTasks = [];
new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__benchLongTasks.push([e.startTime, e.duration]); })
  .observe({ type: 'longtask', buffered: true });`;

/** Chromium with the extension: `{ context, worker, close }`. */
export async function withExtension() {
  const driver = await launchChromium();
  const page = await driver.newPage();
  const context = page.context();
  await context.addInitScript(LONGTASK_INIT);
  await page.close();
  const worker = () => context.serviceWorkers().find((w) => w.url().endsWith('/background.js'));
  return { context, worker, close: () => driver.close() };
}

/** Chromium without any extension: `{ context, close }`. */
export async function plain() {
  const { chromium } = await import('playwright-core');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-bench-plain-'));
  const context = await chromium.launchPersistentContext(dir, { executablePath: CHROMIUM, headless: true, viewport: { width: 1000, height: 700 }, args: FLAGS });
  await context.addInitScript(LONGTASK_INIT);
  return {
    context,
    async close() {
      await context.close().catch(() => {});
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Used JS heap of the page's renderer (all worlds) after a full GC, in bytes. */
export async function heapAfterGc(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize;
}

/** The Chromium version string (`chromium --version`). */
export function chromiumVersion(context) {
  return context.browser()?.version() ?? 'unknown';
}

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor(s.length / 2)] : NaN;
};
