// The page benchmark: each page with the extension (Dossier's scan, its longest task, heap) and
// in a plain browser (TreeWalker floor, mark.js, the page's own longest task and heap).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { heapAfterGc, median } from './chromium.mjs';
import { dossierRun, floorMs, markjsRun, pageLongestTask, textSize } from './page-runs.mjs';

const MARKJS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../node_modules/mark.js/dist/mark.min.js');
/** mark.js runs keyword by keyword; a pilot of this many longest aliases estimates the full list. */
const PILOT = 300;
/** Past this estimate, mark.js's full-list time is extrapolated from the pilot instead of run. */
const FULL_RUN_LIMIT_MS = 10_000;

/** Dossier on each page in the extension's browser: median scan time over `runs` reloads. */
export async function dossierPages(ext, url, pages, log) {
  const page = await ext.context.newPage();
  // The first page of a fresh profile waits for the KB install and the linker's start: not a page cost.
  await dossierRun(page, url + pages[0].name, { timeoutMs: 120_000 });
  const out = {};
  for (const p of pages) {
    const runs = [];
    for (let i = 0; i < p.runs; i++) runs.push(await dossierRun(page, url + p.name, { timeoutMs: 300_000, quietMs: p.quietMs ?? 1000 }));
    out[p.name] = {
      dossierMs: median(runs.map((r) => r.ms)), dossierRuns: runs.map((r) => Math.round(r.ms)),
      firstMarkMs: median(runs.map((r) => r.firstMarkMs)), lastMarkMs: median(runs.map((r) => r.lastMarkMs)), pageLoadMs: median(runs.map((r) => r.pageLoadMs)),
      highlights: runs.at(-1).highlighted, longestTaskMs: median(runs.map((r) => r.longestTaskMs)),
      heapWithDossier: await heapAfterGc(page),
    };
    log(`  dossier ${p.name}: ${out[p.name].dossierRuns.join(', ')} ms`);
  }
  await page.close();
  return out;
}

async function markjs(context, url, keywords) {
  const page = await context.newPage();
  await page.goto(url);
  await page.addScriptTag({ path: MARKJS });
  const r = await markjsRun(page, keywords);
  await page.close();
  return r;
}

/** Floor, mark.js and baselines for one page in the plain browser. */
export async function plainPage(plain, url, keywords, log) {
  const page = await plain.context.newPage();
  await page.goto(url);
  const size = await textSize(page);
  const floor = await floorMs(page);
  const baselineLongestTaskMs = await pageLongestTask(page);
  const heapPlain = await heapAfterGc(page);
  await page.close();
  const pilot = await markjs(plain.context, url, keywords.slice(0, PILOT));
  const estimate = (pilot.ms * keywords.length) / PILOT;
  const full = estimate <= FULL_RUN_LIMIT_MS ? await markjs(plain.context, url, keywords) : null;
  log(`  plain ${url.split('/').pop()}: floor ${floor.toFixed(2)} ms, mark.js ${PILOT} keywords ${pilot.ms.toFixed(0)} ms${full ? `, all ${full.ms.toFixed(0)} ms` : `, all (extrapolated) ${estimate.toFixed(0)} ms`}`);
  return {
    textNodes: size.nodes, textBytes: size.chars, floorMs: floor, baselineLongestTaskMs, heapPlain,
    markjsMs: full ? full.ms : estimate, markjsKeywords: keywords.length, markjsExtrapolated: !full,
    markjsPilot: { keywords: PILOT, ms: pilot.ms, marks: pilot.marks },
  };
}

/** The shipped KB's names and aliases, deduplicated, longest first (mark.js's keyword list). */
export function aliasList(kbFile) {
  const kb = JSON.parse(fs.readFileSync(kbFile, 'utf8'));
  const all = new Set();
  for (const e of kb.entities) for (const t of [e.name, ...(e.aliases ?? []).map((a) => a.text)]) if (t.trim()) all.add(t.trim());
  return [...all].sort((a, b) => b.length - a.length);
}
