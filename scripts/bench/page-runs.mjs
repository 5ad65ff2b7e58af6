// Per-page measurements in a real page: Dossier's scan (from the content script's test-only
// marks), the bare TreeWalker floor, and mark.js as the peer.
/* global CSS, NodeFilter -- these functions run inside the page (page.evaluate) */
import { median } from './chromium.mjs';

/** Reads the marks, highlight count and long tasks in the page's main world. */
function pageState() {
  const start = performance.getEntriesByName('dossier:scan-start')[0]?.startTime;
  const painted = performance.getEntriesByName('dossier:painted');
  const last = painted.at(-1)?.startTime;
  // The first paint that registered a highlight (a `painted` mark also follows a clear).
  const first = painted.find((m) => m.startTime >= (start ?? 0))?.startTime;
  const nav = performance.getEntriesByType('navigation')[0];
  let highlighted = 0;
  for (const [name, h] of CSS.highlights) if (name.startsWith('dossier-')) highlighted += h.size;
  const tasks = (window.__benchLongTasks ?? []).filter(([t, d]) => start !== undefined && t < (last ?? Infinity) && t + d > start);
  return {
    start, first, last, now: performance.now(), highlighted, longest: Math.max(0, ...tasks.map(([, d]) => d)),
    dcl: nav?.domContentLoadedEventStart, load: nav?.loadEventStart,
  };
}

/**
 * Loads `url` and waits until Dossier has painted and then stayed quiet for `quietMs` (the scan
 * runs in idle-time chunks; the last `painted` mark is when the last highlight was registered).
 */
export async function dossierRun(page, url, { timeoutMs = 60_000, quietMs = 1_000 } = {}) {
  await page.goto(url, { waitUntil: 'load', timeout: timeoutMs });
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const s = await page.evaluate(pageState);
    if (s.highlighted > 0 && s.last !== undefined && s.now - s.last >= quietMs) {
      // Times from DOMContentLoaded, the page's own DOMContentLoaded → load beside them.
      return { ms: s.last - s.start, firstMarkMs: s.first - s.dcl, lastMarkMs: s.last - s.dcl, pageLoadMs: s.load - s.dcl, highlighted: s.highlighted, longestTaskMs: s.longest };
    }
    if (Date.now() > deadline) throw new Error(`no highlights settled on ${url} within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The longest task the page itself ran while loading (plain browser): the page's own baseline. */
export function pageLongestTask(page) {
  return page.evaluate(() => Math.max(0, ...(window.__benchLongTasks ?? []).map(([, d]) => d)));
}

/**
 * A bare TreeWalker pass reading every text node of the page, in ms: median of `runs` samples,
 * each timing as many passes as fit in 20 ms (a small page's pass is below the timer's resolution).
 */
export async function floorMs(page, runs = 7) {
  const times = await page.evaluate((n) => {
    const pass = () => {
      let chars = 0;
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      while (walker.nextNode()) chars += walker.currentNode.data.length;
      return chars;
    };
    const out = [];
    for (let r = 0; r < n; r++) {
      const t0 = performance.now();
      let passes = 0;
      let sink = 0;
      while (performance.now() - t0 < 20) {
        sink += pass();
        passes += 1;
      }
      out.push((performance.now() - t0) / passes);
      if (sink < 0) throw new Error('unreachable');
    }
    return out;
  }, runs);
  return median(times);
}

/** Text nodes and characters under <body>. */
export function textSize(page) {
  return page.evaluate(() => {
    let nodes = 0;
    let chars = 0;
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      nodes += 1;
      chars += walker.currentNode.data.length;
    }
    return { nodes, chars };
  });
}

/**
 * mark.js (already injected) marking `keywords` on the freshly loaded page, as whole phrases.
 * mark.js recurses once per keyword and overflows the stack on thousands in one call, so the
 * list goes in batches of 200, one call after the other. Returns the time and the marks made.
 */
export function markjsRun(page, keywords) {
  return page.evaluate(async (words) => {
    const t0 = performance.now();
    let marks = 0;
    for (let i = 0; i < words.length; i += 200) {
      marks += await new Promise((resolve) => new window.Mark(document.body).mark(words.slice(i, i + 200), {
        separateWordSearch: false, diacritics: false, accuracy: 'exactly', done: resolve,
      }));
    }
    return { ms: performance.now() - t0, marks };
  }, keywords);
}
