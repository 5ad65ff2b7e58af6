// KB figures for `npm run bench` (issue 15): entities and bulk share, compiled size, KB build time,
// the CLI linker's build time and heap at full size, and the zipped extension package size.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { zipSync } from 'fflate';

function files(dir, base = dir, out = {}) {
  for (const d of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, d.name);
    if (d.isDirectory()) files(p, base, out);
    else out[path.relative(base, p).split(path.sep).join('/')] = fs.readFileSync(p);
  }
  return out;
}

const LINKER_PROBE = `
import { linkerFor } from './src/cli/annotate-core.ts';
import { readFileSync } from 'node:fs';
const kb = JSON.parse(readFileSync(process.argv[1], 'utf8'));
globalThis.gc?.();
const before = process.memoryUsage().heapUsed;
const t0 = performance.now();
const linker = linkerFor(kb);
const ms = performance.now() - t0;
globalThis.gc?.();
process.stdout.write(JSON.stringify({ ms, heapBytes: process.memoryUsage().heapUsed - before, ok: linker.link('Paris').length >= 0 }));
`;

/** The figures; `dist` is the built extension (dist/), `root` the repository. */
export function kbFigures(root, dist) {
  const out = path.join(os.tmpdir(), `dossier-bench-kb-${process.pid}.json`);
  const t0 = Date.now();
  const build = spawnSync(process.execPath, ['bin/dossier.mjs', 'kb', 'build', '--out', out], { cwd: root, encoding: 'utf8' });
  const buildMs = Date.now() - t0;
  if (build.status !== 0) throw new Error(`kb build failed: ${build.stderr}`);
  const meta = JSON.parse(fs.readFileSync(out.replace(/\.json$/, '-meta.json'), 'utf8'));
  const kbText = fs.readFileSync(out);
  const probe = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', '--input-type=module', '-e', LINKER_PROBE, out], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 24 });
  const linker = probe.status === 0 ? JSON.parse(probe.stdout) : { error: probe.stderr.slice(0, 300) };
  const bulkDir = path.join(root, 'kb', 'bulk');
  const bulkBytes = fs.existsSync(bulkDir) ? fs.readdirSync(bulkDir).reduce((n, f) => n + fs.statSync(path.join(bulkDir, f)).size, 0) : 0;
  const chrome = path.join(dist, 'chrome');
  const packageZipBytes = fs.existsSync(chrome) ? zipSync(files(chrome), { level: 9 }).length : null;
  fs.rmSync(out, { force: true });
  fs.rmSync(out.replace(/\.json$/, '-meta.json'), { force: true });
  return {
    entities: meta.entities, bulkEntities: meta.bulk, byType: meta.byType, bySource: meta.bySource,
    kbJsonBytes: kbText.length, kbJsonGzipBytes: gzipSync(kbText).length, kbBulkSourceBytes: bulkBytes,
    kbBuildMs: buildMs, linkerBuildMs: linker.ms ?? null, linkerHeapBytes: linker.heapBytes ?? null, packageZipBytes,
  };
}

/** Prints the figures, one line each. */
export function printKbFigures(k, log) {
  const mb = (n) => (n == null ? 'n/a' : `${(n / 1048576).toFixed(1)} MB`);
  log(`\nKnowledge base: ${k.entities} entities (${k.bulkEntities} in the bulk layer)`);
  log(`  kb.json ${mb(k.kbJsonBytes)} (${mb(k.kbJsonGzipBytes)} gzipped); kb/bulk sources ${mb(k.kbBulkSourceBytes)}`);
  log(`  KB build ${(k.kbBuildMs / 1000).toFixed(1)} s; CLI linker build ${k.linkerBuildMs == null ? 'n/a' : `${(k.linkerBuildMs / 1000).toFixed(1)} s`}, heap ${mb(k.linkerHeapBytes)}`);
  log(`  extension package (dist/chrome zipped) ${mb(k.packageZipBytes)} (goal ≤ 60 MB)`);
}
