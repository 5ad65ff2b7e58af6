/* global CSS */
// End-to-end: hostile pages — 10 MB of text, 200,000 nodes, 2,000 levels of nesting, a
// mutation storm, built-ins overridden by the page, closed shadow roots and a rich-text editor.
// Behaviour only, in Chromium and Firefox: no error from Dossier (page console, page errors,
// Chromium's service worker), marks found, the page's own scripts working, the editor unchanged,
// closed roots unread. Each test waits for Dossier's own "scan done" signal (a `dossier:scan-done`
// mark, which the fixtures ask for), never a fixed time. How many long tasks and blocked frames
// Dossier adds, against the same page paused, is measured by `npm run bench`
// (scripts/bench/hostile.mjs), not asserted here: wall-clock figures depend on the machine's load.
import assert from 'node:assert/strict';
import { waitFor } from './browsers.mjs';

const STORM_SECONDS = 10;
/** Safety net only: each wait ends as soon as its signal comes. */
const SIGNAL_TIMEOUT = 150_000;

/** In the page: whether Dossier signalled a finished scan at or after `since` (ms on the page's clock). */
const scanDoneSince = (since) => performance.getEntriesByName('dossier:scan-done').some((m) => m.startTime >= since);

/** Opens `file` and collects Dossier's errors; waits for the page's build, `until`, then Dossier's scan-done signal. */
async function load(env, file, { until } = {}) {
  const page = await env.browser.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' && /dossier/i.test(message.text())) errors.push(`console: ${message.text()}`);
  });
  await page.goto(new URL(file, env.server.url).href, { timeout: 60_000 });
  await waitFor(page, () => window.hostile?.ready > 0, undefined, { timeout: SIGNAL_TIMEOUT, what: `${file} built` });
  let since = 0;
  if (until) since = await waitFor(page, until, undefined, { timeout: SIGNAL_TIMEOUT, what: `${file}: ${until.name}` });
  await waitFor(page, scanDoneSince, since, { timeout: SIGNAL_TIMEOUT, what: `${file}: Dossier's scan-done signal` });
  const state = await page.evaluate(() => ({
    pageErrors: window.hostile.errors,
    marks: [...CSS.highlights.keys()].filter((k) => k.startsWith('dossier-')).reduce((n, k) => n + CSS.highlights.get(k).size, 0),
  }));
  return { page, errors, ...state };
}

/**
 * Loads `file` with Dossier active and checks: no Dossier error anywhere, the page's own scripts
 * threw nothing, marks found (unless `marks: false`). In Chromium the service worker's console is
 * watched too (Firefox's background is out of the harness's reach). Returns the loaded page.
 */
async function check(env, file, options = {}) {
  const context = env.browser.name === 'chromium' ? (await env.browser.newPage()).context() : null;
  const swErrors = [];
  const worker = context?.serviceWorkers()[0];
  const onConsole = (message) => {
    if (message.type() === 'error' && message.worker?.() === worker) swErrors.push(message.text());
  };
  context?.on('console', onConsole);
  const active = await load(env, file, options);
  context?.off('console', onConsole);
  assert.deepEqual(active.errors, [], `${file}: errors with Dossier active`);
  assert.deepEqual(active.pageErrors, [], `${file}: the page's own scripts threw`);
  assert.deepEqual(swErrors, [], `${file}: service worker errors`);
  if (options.marks !== false) assert.ok(active.marks > 0, `${file}: Dossier found mentions (${active.marks})`);
  return active;
}

/** In the page: whether a Dossier highlight has a box inside the viewport. */
const markInView = () => [...CSS.highlights].some(([name, h]) => name.startsWith('dossier-') && [...h].some((r) => {
  const box = r.getBoundingClientRect();
  return box.height > 0 && box.bottom > 0 && box.top < window.innerHeight;
}));

export const tests = [
  {
    name: 'hostile page: 10 MB of text',
    timeoutMs: 360_000,
    async run(env) {
      const active = await check(env, 'hostile-big-text.html', { marks: false });
      console.log(`    10 MB page: ${active.marks} mentions registered when the scan was done`);
      // Tens of thousands of names, but only those near the viewport are registered, and those
      // further down are once the reader scrolls there.
      assert.ok(active.marks <= 4000, `at most a few thousand highlights registered (${active.marks})`);
      await waitFor(active.page, markInView, undefined, { timeout: SIGNAL_TIMEOUT, what: 'a mark in the viewport at the top' });
      await active.page.evaluate(() => window.scrollTo(0, document.body.scrollHeight * 0.1));
      await waitFor(active.page, markInView, undefined, { timeout: SIGNAL_TIMEOUT, what: 'a mark in the viewport after scrolling down' });
    },
  },
  {
    name: 'hostile page: 200,000 nodes',
    timeoutMs: 360_000,
    async run(env) {
      const active = await check(env, 'hostile-many-nodes.html');
      assert.ok(await active.page.evaluate(() => window.hostile.nodes) >= 80_000);
    },
  },
  {
    name: 'hostile page: 2,000 levels of nesting',
    timeoutMs: 360_000,
    async run(env) {
      await check(env, 'hostile-deep.html');
    },
  },
  {
    name: `hostile page: mutation storm (a paragraph replaced every 4 ms for ${STORM_SECONDS} s) and the page's counter keeps going`,
    timeoutMs: 360_000,
    async run(env) {
      // The storm's end, on the page's clock: the scan-done signal that counts comes after it.
      const stormDone = () => (window.hostile.stormDone === true ? performance.now() : 0);
      const active = await check(env, `hostile-mutations.html?seconds=${STORM_SECONDS}`, { until: stormDone });
      const { mutations, counter } = await active.page.evaluate(() => ({ mutations: window.hostile.mutations, counter: Number(document.getElementById('counter').textContent) }));
      console.log(`    storm: ${mutations} mutations, counter ${counter} in ${STORM_SECONDS} s`);
      // Every tick adds paragraphs and changes attributes and the counter: the page's own code ran
      // throughout (how fast it ran is the machine's business, not asserted).
      assert.ok(counter >= 100, `the page's counter reached ${counter}`);
      assert.ok(mutations >= counter, `the page's own observer saw its mutations (${mutations} for ${counter} paragraphs)`);
    },
  },
  {
    name: 'hostile page: built-ins overridden in the page world do not reach Dossier (isolated world)',
    timeoutMs: 360_000,
    async run(env) {
      const active = await check(env, 'hostile-builtins.html');
      assert.deepEqual(await active.page.evaluate(() => window.hostile.hijacked), [], 'Dossier called a page-world built-in');
    },
  },
  {
    name: 'hostile page: closed shadow roots stay closed and a rich-text editor is left unchanged',
    timeoutMs: 360_000,
    async run(env) {
      const active = await check(env, 'hostile-shadow-editor.html');
      const { page } = active;
      const state = await page.evaluate(() => ({
        same: document.getElementById('editor').isEqualNode(window.hostile.editorCopy),
        closed: window.hostile.closedText(),
        marksInClosed: [...CSS.highlights.values()].some((h) => [...h].some((r) => r.startContainer.getRootNode() !== document)),
      }));
      assert.equal(state.same, true, 'editor DOM unchanged by scanning');
      assert.equal(state.closed, 'Inside a closed root: Vladimir Putin and NATO.');
      assert.equal(state.marksInClosed, false, 'no highlight inside the closed shadow root');
      // Typing in the editor still works and the page's own button still counts.
      await page.click('#editor p');
      await page.keyboard.press('End');
      await page.keyboard.type(' Typed text.');
      assert.match(await page.evaluate(() => document.getElementById('editor').textContent), /disagreed\. Typed text\./);
      await page.click('#count');
      await page.click('#count');
      assert.equal(await page.evaluate(() => document.getElementById('count').textContent), 'clicked 2');
    },
  },
];
