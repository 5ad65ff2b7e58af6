// `npm run bench`, hostile pages: how many long tasks (> 50 ms) and animation frames blocked by one
// (long-animation-frame entries with a blocking duration, which also count the style, layout and
// paint Dossier's highlights cause) each page has after its own build with Dossier active, against
// the same page with Dossier paused, in headless Chromium. Several runs per page, medians. These are
// figures, not pass/fail checks: wall-clock time depends on the machine's load, so the e2e tests
// (tests/e2e/hostile.e2e.mjs) assert behaviour only.
//   node scripts/bench/hostile.mjs [runs]   (standalone: prints the table; needs `npm run build`)
/* global CSS -- the functions given to page.evaluate run inside the page */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from '../../tests/e2e/browsers.mjs';
import { GENERATED_DIR, startServer } from '../../tests/e2e/server.mjs';
import { ensureGeneratedPages } from '../lib/gen-pages.mjs';
import { median } from './chromium.mjs';

const STORM_SECONDS = 10;
/** After Dossier's scan-done signal, frames still being painted are counted for this long. */
const TAIL_MS = 500;
/** The hostile fixtures (tests/fixtures/pages) and the generated 2 MB live blog. */
export const HOSTILE_PAGES = [
  'hostile-big-text.html', 'hostile-many-nodes.html', 'hostile-deep.html', `hostile-mutations.html?seconds=${STORM_SECONDS}`,
  'hostile-builtins.html', 'hostile-shadow-editor.html', 'generated/live-blog.html',
];

/** Main world, before the page's own scripts: records long tasks and frames, asks for Dossier's timing marks. */
const RECORD = `window.__benchSlow = [];
for (const type of ['longtask', 'long-animation-frame']) {
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__benchSlow.push({ type, start: e.startTime, duration: e.duration, blocking: e.blockingDuration ?? 0 });
  }).observe({ type, buffered: true });
}
document.addEventListener('DOMContentLoaded', () => document.documentElement.setAttribute('data-dossier-bench', ''));`;

/** In the page: the start of the window measured (the page's build end, or Dossier's start if earlier), or 0 if not there yet. */
function windowStart() {
  const scanStart = performance.getEntriesByName('dossier:scan-start')[0]?.startTime;
  if (scanStart === undefined) return 0;
  const ready = window.hostile ? window.hostile.ready || 0 : scanStart;
  if (!ready) return 0;
  return Math.max(1, Math.min(ready, scanStart));
}

/** In the page: figures for the window [from, to). No Array.prototype.map: one page overrides it. */
function figures([from, to]) {
  const most = (list, key) => list.reduce((m, e) => Math.max(m, e[key]), 0);
  const inWindow = window.__benchSlow.filter((e) => e.start >= from && e.start < to);
  const tasks = inWindow.filter((e) => e.type === 'longtask');
  const frames = inWindow.filter((e) => e.type === 'long-animation-frame' && e.blocking > 0);
  let marks = 0;
  for (const [name, h] of CSS.highlights) if (name.startsWith('dossier-')) marks += h.size;
  return {
    longTasks: tasks.length, longestTaskMs: most(tasks, 'duration'),
    blockedFrames: frames.length, worstBlockingMs: most(frames, 'blocking'), marks,
  };
}

/** Polls `fn(arg)` in the page until truthy (these pages can take a while on a busy machine). */
async function until(page, fn, arg, what, timeoutMs = 300_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await page.evaluate(fn, arg).catch(() => undefined);
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`bench: timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Sets the global pause through the extension's own settings in storage.local. */
async function setPaused(driver, paused) {
  await driver.serviceWorker().evaluate(async (value) => {
    const { settings = {} } = await globalThis.chrome.storage.local.get('settings');
    await globalThis.chrome.storage.local.set({ settings: { ...settings, paused: value } });
  }, paused);
}

/**
 * One load of `url`. Active: the window runs from the page's build end to Dossier's scan-done
 * signal (after the storm, on the storm page) plus a short tail. Paused: a window of `windowMs`.
 */
async function oneRun(driver, url, { windowMs } = {}) {
  const page = await driver.newPage();
  try {
    await page.goto(url, { timeout: 120_000 });
    if (url.includes('seconds=')) await until(page, () => window.hostile?.stormDone === true, undefined, 'the storm to end');
    const from = await until(page, windowStart, undefined, 'the page built');
    let to;
    if (windowMs === undefined) {
      const since = url.includes('seconds=') ? await page.evaluate(() => performance.now()) : 0;
      const done = await until(page, (t) => performance.getEntriesByName('dossier:scan-done').find((m) => m.startTime >= t)?.startTime, since, "Dossier's scan-done");
      to = done + TAIL_MS;
    } else {
      to = from + windowMs;
    }
    await until(page, (t) => performance.now() >= t, to, 'the end of the window');
    return { windowMs: to - from, ...(await page.evaluate(figures, [from, to])) };
  } finally {
    await page.close().catch(() => {});
  }
}

const KEYS = ['windowMs', 'longTasks', 'longestTaskMs', 'blockedFrames', 'worstBlockingMs', 'marks'];
const medians = (runs) => Object.fromEntries(KEYS.map((k) => [k, Math.round(median(runs.map((r) => r[k])))]));

/**
 * Measures every hostile page `runs` times with Dossier active, then paused over a window as long
 * as that active run's. Returns `{ runs, pages: [{ name, active, paused }] }` with medians.
 */
export async function benchHostile(log, runs = 3) {
  ensureGeneratedPages(GENERATED_DIR);
  const server = await startServer();
  const driver = await launchChromium();
  try {
    const first = await driver.newPage();
    await first.context().addInitScript(RECORD);
    await first.close();
    const pages = [];
    for (const name of HOSTILE_PAGES) {
      const active = [];
      const paused = [];
      for (let i = 0; i < runs; i++) {
        await setPaused(driver, false);
        active.push(await oneRun(driver, server.url + name));
        await setPaused(driver, true);
        paused.push(await oneRun(driver, server.url + name, { windowMs: active.at(-1).windowMs }));
      }
      await setPaused(driver, false);
      const row = { name, active: medians(active), paused: medians(paused) };
      log(`  ${name}: ${describe(row)}`);
      pages.push(row);
    }
    return { runs, note: 'Medians; long tasks > 50 ms and animation frames with a blocking duration, from the page\'s build end to Dossier\'s scan-done (+0.5 s); paused: a window as long.', pages };
  } finally {
    await driver.close();
    await server.close();
  }
}

const describe = ({ active: a, paused: p }) => `active ${a.longTasks} long tasks (longest ${a.longestTaskMs} ms), ${a.blockedFrames} blocked frames (worst ${a.worstBlockingMs} ms) in ${a.windowMs} ms; `
  + `paused ${p.longTasks} (longest ${p.longestTaskMs} ms), ${p.blockedFrames} (worst ${p.worstBlockingMs} ms)`;

/** Prints the hostile-page table (`results.hostile` of bench-results.json) to `log`. */
export function printHostile(h, log) {
  if (!h) return;
  log(`\nHostile pages, Dossier active vs paused (${h.note} ${h.runs} runs each)`);
  for (const row of h.pages) log(`  ${row.name.padEnd(34)} ${describe(row)}`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const log = (line) => process.stdout.write(`${line}\n`);
  const runs = Number(process.argv[2] ?? 3);
  log(`== Hostile pages in Chromium (${path.basename(process.env.DOSSIER_DIST ?? 'dist')}) ==`);
  printHostile(await benchHostile(log, runs), log);
}
