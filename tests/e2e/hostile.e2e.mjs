/* global CSS */
// End-to-end: hostile pages — 10 MB of text, 200,000 nodes, 2,000 levels of nesting, a
// mutation storm, built-ins overridden by the page, closed shadow roots and a rich-text editor.
// Each page loads once with Dossier paused (baseline) and once active. Asserted: no error from
// Dossier (page console, page errors, service worker); after the page's own build, no long task
// (> 50 ms) and no animation frame blocked by one (long-animation-frame entries with a blocking
// duration, which also catch style, layout and paint that Dossier's changes cause) that the paused
// run does not have; the editor unchanged and the page's own scripts working.
import assert from 'node:assert/strict';
import { waitFor } from './browsers.mjs';

const SETTLE_MS = 2500;
const STORM_SECONDS = 10;

/** Sets the global pause through the extension's own settings in storage.local. */
async function setPaused(context, paused) {
  const [worker] = context.serviceWorkers();
  await worker.evaluate(async (value) => {
    const { settings = {} } = await globalThis.chrome.storage.local.get('settings');
    await globalThis.chrome.storage.local.set({ settings: { ...settings, paused: value } });
  }, paused);
}

/** Opens `file`, collecting Dossier's errors; waits for the page's build, then `settle` ms. */
async function load(env, file, { settle = SETTLE_MS, until } = {}) {
  const page = await env.browser.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' && /dossier/i.test(message.text())) errors.push(`console: ${message.text()}`);
  });
  await page.goto(new URL(file, env.server.url).href, { timeout: 30_000 });
  await waitFor(page, () => window.hostile?.ready > 0, undefined, { timeout: 20_000, what: `${file} built` });
  if (until) await waitFor(page, until, undefined, { timeout: 20_000, what: `${file}: ${until.name}` });
  await new Promise((resolve) => setTimeout(resolve, settle));
  const state = await page.evaluate(() => {
    // From the end of the page's build, or from Dossier's start if that came first.
    const scanStart = performance.getEntriesByName('dossier:scan-start')[0]?.startTime ?? Infinity;
    const from = Math.min(window.hostile.ready, scanStart);
    return {
      ready: window.hostile.ready,
      longTasks: window.hostile.longTasks.filter((t) => t.start >= from),
      blockedFrames: window.hostile.frames.filter((f) => f.start >= from && f.blocking > 0),
      pageErrors: window.hostile.errors,
      marks: [...CSS.highlights.keys()].filter((k) => k.startsWith('dossier-')).reduce((n, k) => n + CSS.highlights.get(k).size, 0),
    };
  });
  return { page, errors, ...state };
}

/** Tasks or frames as text; a frame also says how long its rendering took and which scripts ran in it, so a failure tells whose work it was. */
const fmt = (tasks) => (tasks.length ? tasks.map((t) => `${t.duration}ms@${t.start}${t.render !== undefined ? ` (render ${t.render} ms; scripts ${t.scripts.join(' ') || 'none'})` : ''}`).join(', ') : 'none');

/** The checks both browsers make on the active run. */
function assertClean(file, active, options) {
  assert.deepEqual(active.errors, [], `${file}: errors with Dossier active`);
  assert.deepEqual(active.pageErrors, [], `${file}: the page's own scripts threw`);
  if (options.marks !== false) assert.ok(active.marks > 0, `${file}: Dossier found mentions (${active.marks})`);
}

/**
 * Loads the page paused then active and checks errors and long tasks. Returns the active run.
 * `swErrors` collects the extension worker's console errors for the whole test. Firefox has
 * neither long-task entries nor a worker to pause Dossier from here: there the active run alone
 * is checked for errors, marks and the page's own behaviour.
 */
async function compare(env, file, options = {}) {
  if (env.browser.name !== 'chromium') {
    const active = await load(env, file, options);
    assertClean(file, active, options);
    return active;
  }
  const context = (await env.browser.newPage()).context();
  const swErrors = [];
  const [worker] = context.serviceWorkers();
  const onConsole = (message) => {
    if (message.type() === 'error' && message.worker?.() === worker) swErrors.push(message.text());
  };
  context.on('console', onConsole);
  await setPaused(context, true);
  const baseline = await load(env, file, options);
  await baseline.page.close();
  await setPaused(context, false);
  const active = await load(env, file, options);
  context.off('console', onConsole);
  assertClean(file, active, options);
  assert.deepEqual(swErrors, [], `${file}: service worker errors`);
  // After the page finished building its own content, Dossier (start-up included) may add no
  // long task and no blocked frame.
  console.log(`    ${file}: after build, active: long tasks ${fmt(active.longTasks)}, blocked frames ${fmt(active.blockedFrames)}; paused: ${fmt(baseline.longTasks)}, ${fmt(baseline.blockedFrames)}`);
  assert.ok(active.longTasks.length <= baseline.longTasks.length, `${file}: long tasks with Dossier active: ${fmt(active.longTasks)}; paused: ${fmt(baseline.longTasks)}`);
  assert.ok(active.blockedFrames.length <= baseline.blockedFrames.length, `${file}: blocked frames with Dossier active: ${fmt(active.blockedFrames)}; paused: ${fmt(baseline.blockedFrames)}`);
  return active;
}

export const tests = [
  {
    name: 'hostile page: 10 MB of text',
    async run(env) {
      const active = await compare(env, 'hostile-big-text.html', { marks: false });
      console.log(`    10 MB page: ${active.marks} mentions registered ${SETTLE_MS} ms after load`);
      // Tens of thousands of names, but only those near the viewport are registered, and those
      // further down are once the reader scrolls there.
      assert.ok(active.marks <= 4000, `at most a few thousand highlights registered (${active.marks})`);
      const inView = () => [...CSS.highlights].some(([name, h]) => name.startsWith('dossier-') && [...h].some((r) => {
        const box = r.getBoundingClientRect();
        return box.height > 0 && box.bottom > 0 && box.top < window.innerHeight;
      }));
      await waitFor(active.page, inView, undefined, { what: 'a mark in the viewport at the top' });
      await active.page.evaluate(() => window.scrollTo(0, document.body.scrollHeight * 0.1));
      await waitFor(active.page, inView, undefined, { what: 'a mark in the viewport after scrolling down' });
    },
  },
  {
    name: 'hostile page: 200,000 nodes',
    async run(env) {
      const active = await compare(env, 'hostile-many-nodes.html');
      assert.ok(await active.page.evaluate(() => window.hostile.nodes) >= 80_000);
    },
  },
  {
    name: 'hostile page: 2,000 levels of nesting',
    async run(env) {
      await compare(env, 'hostile-deep.html');
    },
  },
  {
    name: `hostile page: mutation storm (≥ 1,000 mutations/s for ${STORM_SECONDS} s) and the page's counter keeps going`,
    // Two storms (paused, then active) and their page loads.
    timeoutMs: 60_000,
    async run(env) {
      const stormDone = () => window.hostile.stormDone === true;
      const active = await compare(env, `hostile-mutations.html?seconds=${STORM_SECONDS}`, { until: stormDone, settle: 1000 });
      const { mutations, counter } = await active.page.evaluate(() => ({ mutations: window.hostile.mutations, counter: Number(document.getElementById('counter').textContent) }));
      assert.ok(mutations >= 1000 * STORM_SECONDS, `${mutations} mutations in ${STORM_SECONDS} s`);
      assert.ok(counter >= 1000, `the page's counter reached ${counter}`);
    },
  },
  {
    name: 'hostile page: built-ins overridden in the page world do not reach Dossier (isolated world)',
    async run(env) {
      const active = await compare(env, 'hostile-builtins.html');
      assert.deepEqual(await active.page.evaluate(() => window.hostile.hijacked), [], 'Dossier called a page-world built-in');
    },
  },
  {
    name: 'hostile page: closed shadow roots stay closed and a rich-text editor is left unchanged',
    async run(env) {
      const active = await compare(env, 'hostile-shadow-editor.html');
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
