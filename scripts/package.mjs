#!/usr/bin/env node
// Zips dist/chrome and dist/firefox (from `npm run build`) into artifacts/dossier-<browser>-<version>.zip.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { zipSync } from 'fflate';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { version } = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));

/** Every file under `dir`, keyed by its forward-slash path relative to `dir`, sorted for stable zips. */
function collect(dir) {
  const files = {};
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath, entry.name);
    files[path.relative(dir, full).split(path.sep).join('/')] = new Uint8Array(fs.readFileSync(full));
  }
  return Object.fromEntries(Object.entries(files).sort(([a], [b]) => a.localeCompare(b)));
}

fs.mkdirSync(path.join(ROOT, 'artifacts'), { recursive: true });
for (const browser of ['chrome', 'firefox']) {
  const dir = path.join(ROOT, 'dist', browser);
  if (!fs.existsSync(path.join(dir, 'manifest.json'))) {
    console.error(`package: ${dir} is missing; run \`npm run build\` first`);
    process.exit(1);
  }
  const out = path.join(ROOT, 'artifacts', `dossier-${browser}-${version}.zip`);
  // A fixed mtime keeps the archive byte-identical for identical builds.
  fs.writeFileSync(out, zipSync(collect(dir), { level: 9, mtime: new Date('2020-01-01T00:00:00Z') }));
  console.log(`package: ${path.relative(ROOT, out)} (${(fs.statSync(out).size / 1024).toFixed(0)} KiB)`);
}
