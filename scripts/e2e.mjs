#!/usr/bin/env node
// E2E runner: serves tests/fixtures/pages (its seeds/ folder too) on 127.0.0.1, then
// runs every test in tests/e2e/*.e2e.mjs (each exports `tests`: { name, run(env), runLast?, timeoutMs? }; `run` may return SKIP from browsers.mjs) against the built extension in headless Chromium and
// Firefox ESR. Prints one line per test and a final "N passed, N failed". Needs `npm run build`.
//   node scripts/e2e.mjs [--browser chromium|firefox] [--grep TEXT]
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { SKIP, launchChromium, launchFirefox } from '../tests/e2e/browsers.mjs';
import { startServer } from '../tests/e2e/server.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const E2E = path.join(ROOT, 'tests/e2e');
// A safety net, not a speed check: waits inside a test end on a signal (a mark, Dossier's
// scan-done), and a loaded machine can make them slow. Speed is `npm run bench`'s business.
const TEST_TIMEOUT_MS = 180_000;
const { values: opts } = parseArgs({ options: { browser: { type: 'string' }, grep: { type: 'string' } } });
const LAUNCHERS = { chromium: launchChromium, firefox: launchFirefox };

async function loadTests() {
  const files = fs.readdirSync(E2E).filter((f) => f.endsWith('.e2e.mjs')).sort();
  const tests = [];
  for (const file of files) {
    const mod = await import(pathToFileURL(path.join(E2E, file)).href);
    for (const test of mod.tests) tests.push({ ...test, file });
  }
  // Stable sort: tests marked runLast (checks over the whole session) go after all others.
  return tests.filter((t) => !opts.grep || t.name.includes(opts.grep)).sort((a, b) => Number(Boolean(a.runLast)) - Number(Boolean(b.runLast)));
}

function withTimeout(promise, ms, label) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${label} timed out after ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** Wraps a browser so every page a test opens is closed after it. */
function tracking(browser) {
  const pages = [];
  return {
    tracked: { ...browser, newPage: async () => { const page = await browser.newPage(); pages.push(page); return page; } },
    closePages: () => Promise.all(pages.splice(0).map((page) => page.close().catch(() => {}))),
  };
}

async function runBrowser(name, tests, server, tally) {
  let browser;
  try {
    browser = await withTimeout(LAUNCHERS[name](), 120_000, `${name} launch`);
  } catch (error) {
    tally.failed += tests.length;
    console.log(`✗ [${name}] launch failed, ${tests.length} tests not run: ${error.message}`);
    return;
  }
  const { tracked, closePages } = tracking(browser);
  for (const test of tests) {
    const started = performance.now();
    try {
      const outcome = await withTimeout(test.run({ browser: tracked, server }), test.timeoutMs ?? TEST_TIMEOUT_MS, test.name);
      if (outcome === SKIP) {
        tally.skipped += 1;
        console.log(`- [${name}] ${test.name} (skipped: not applicable in ${name})`);
        continue;
      }
      tally.passed += 1;
      console.log(`✓ [${name}] ${test.name} (${Math.round(performance.now() - started)} ms)`);
    } catch (error) {
      tally.failed += 1;
      console.log(`✗ [${name}] ${test.name}\n    ${String(error?.stack ?? error).split('\n').slice(0, 8).join('\n    ')}`);
    } finally {
      await closePages();
    }
  }
  await browser.close();
}

for (const dir of ['chrome', 'firefox'].map((b) => path.join(process.env.DOSSIER_DIST ?? 'dist', b))) {
  if (!fs.existsSync(path.join(path.resolve(ROOT, dir), 'manifest.json'))) {
    console.log(`e2e: ${dir} is missing; run \`npm run build\` first`);
    process.exit(1);
  }
}
const tests = await loadTests();
const server = await startServer();
const tally = { passed: 0, failed: 0, skipped: 0 };
for (const name of opts.browser ? [opts.browser] : Object.keys(LAUNCHERS)) await runBrowser(name, tests, server, tally);
await server.close();
console.log(`${tally.passed} passed, ${tally.failed} failed${tally.skipped ? `, ${tally.skipped} skipped` : ''}`);
process.exit(tally.failed === 0 && tally.passed > 0 ? 0 : 1);
