#!/usr/bin/env node
// `npm test`: every check, in order, stopping at the first failure:
// typecheck, lint, unit tests, build, web-ext lint (Firefox package), e2e in Chromium + Firefox.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const BROWSERS = [['/usr/bin/chromium', 'chromium'], ['/usr/bin/firefox-esr', 'firefox-esr']];
const bin = (name) => path.join(ROOT, 'node_modules/.bin', name);
const STEPS = [
  ['typecheck', bin('tsc'), ['--noEmit', '-p', '.']],
  ['lint', bin('eslint'), ['.']],
  ['unit tests', bin('vitest'), ['run']],
  ['build', process.execPath, ['scripts/build.mjs']],
  ['web-ext lint', bin('web-ext'), ['lint', '--source-dir', 'dist/firefox', '--self-hosted', '--warnings-as-errors']],
  ['e2e', process.execPath, ['scripts/e2e.mjs']],
];

function run(command, args) {
  return spawnSync(command, args, { cwd: ROOT, stdio: 'inherit' }).status;
}

function ensureBrowsers() {
  const missing = BROWSERS.filter(([file]) => !fs.existsSync(file)).map(([, pkg]) => pkg);
  if (missing.length === 0) return;
  if (process.getuid?.() !== 0) {
    console.log(`test: missing browsers; install them with: sudo apt-get install -y ${missing.join(' ')}`);
    process.exit(1);
  }
  console.log(`test: installing ${missing.join(' ')} with apt-get`);
  if (run('apt-get', ['update']) !== 0 || run('apt-get', ['install', '-y', ...missing]) !== 0) process.exit(1);
}

/** The steps run the project's own tools: without `npm ci` first, say so instead of failing at the first one. */
function ensureDependencies() {
  if (fs.existsSync(bin('tsc')) && fs.existsSync(bin('vitest'))) return;
  console.log('test: the dependencies are not installed; run `npm ci` first');
  process.exit(1);
}

ensureDependencies();
ensureBrowsers();
const started = performance.now();
for (const [label, command, args] of STEPS) {
  console.log(`\n── ${label} ──`);
  const status = run(command, args);
  if (status !== 0) {
    console.log(`\ntest: FAILED at "${label}" (exit ${status})`);
    process.exit(status || 1);
  }
}
console.log(`\ntest: all steps passed in ${((performance.now() - started) / 1000).toFixed(0)} s`);
