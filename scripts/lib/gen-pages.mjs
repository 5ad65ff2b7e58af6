// Generated test pages for the content script's scanning behaviour, written at test time (never
// committed): a ~2 MB live blog with ~20k text nodes and a ~200 KB long read, both of our own
// generated prose naming KB entities (the same generator as the matcher benchmark, so the bytes
// are deterministic for a given KB).
//   node scripts/lib/gen-pages.mjs [outDir]
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { liveBlog, longRead } from '../bench/gen-pages.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const KB = path.join(ROOT, 'public/kb/kb.json');

/** Writes `name` atomically (parallel test runs may write the same page at once). */
function writeAtomic(file, text) {
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, text);
  fs.renameSync(tmp, file);
}

/**
 * Writes live-blog.html and long-read.html into `outDir` unless they are already there and
 * newer than the KB; returns their paths.
 */
export function ensureGeneratedPages(outDir) {
  fs.mkdirSync(outDir, { recursive: true });
  const files = { 'live-blog.html': liveBlog, 'long-read.html': longRead };
  const kbTime = fs.statSync(KB).mtimeMs;
  let kb = null;
  for (const [name, make] of Object.entries(files)) {
    const file = path.join(outDir, name);
    if (fs.existsSync(file) && fs.statSync(file).mtimeMs >= kbTime) continue;
    kb ??= JSON.parse(fs.readFileSync(KB, 'utf8'));
    writeAtomic(file, make(kb));
  }
  return Object.keys(files).map((name) => path.join(outDir, name));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const file of ensureGeneratedPages(path.resolve(process.argv[2] ?? '.tmp/e2e-pages'))) {
    console.log(`${file}  ${fs.statSync(file).size} bytes`);
  }
}
