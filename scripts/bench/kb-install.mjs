// KB install into the real IndexedDB of the extension's service worker: bundles sw-install.ts
// (scratch databases only; the extension's own database is untouched) and evaluates it there.
/* global self -- evaluated in the service worker */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

async function bundle() {
  const out = await build({
    configFile: false, root: ROOT, logLevel: 'warn', publicDir: false,
    define: { 'process.env.NODE_ENV': '"production"' },
    build: { write: false, minify: false, target: 'chrome121', lib: { entry: path.join(ROOT, 'scripts/bench/sw-install.ts'), name: 'dossierBench', formats: ['iife'], fileName: () => 'sw-install.js' } },
  });
  return (Array.isArray(out) ? out[0] : out).output[0].code;
}

/** Times `kinds` (e.g. 'shipped', 'synthetic100000') in the worker; median of `runs` each. */
export async function benchKbInstall(worker, kinds, runs = 3) {
  await worker.evaluate(await bundle());
  const result = {};
  for (const kind of kinds) {
    const all = [];
    for (let i = 0; i < runs; i++) all.push(await worker.evaluate((k) => self.__dossierBenchInstall(k), kind));
    all.sort((a, b) => a.installMs - b.installMs);
    result[kind] = all[Math.floor(all.length / 2)];
  }
  return result;
}
