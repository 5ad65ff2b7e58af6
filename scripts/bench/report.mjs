// Prints bench-results.json as tables with the targets, and writes README.md's Performance section.
import fs from 'node:fs';
import { checkTargets, targetsMarkdown, targetsText } from './targets.mjs';

const f = (x, d = 1) => (Number.isFinite(x) ? x.toFixed(d) : 'n/a');
const mb = (b) => `${(b / 1e6).toFixed(1)} MB`;

function pageRows(r) {
  return r.pages.map((p) => ({
    name: p.name, text: `${f(p.textBytes / 1000, 0)} KB / ${p.textNodes} nodes`, first: `${f(p.firstMarkMs, 0)} ms`, last: `${f(p.lastMarkMs, 0)} ms`,
    load: `${f(p.pageLoadMs, 0)} ms`, markjs: `${f(p.markjsMs, 0)} ms${p.markjsExtrapolated ? '*' : ''}`, peer: `${f(p.markjsMs / p.dossierMs, 2)}×`,
    task: `${f(p.longestTaskMs, 0)} ms (page ${f(p.baselineLongestTaskMs, 0)})`, heap: `${f(p.heapAddedMB)} MB`,
  }));
}

const HEAD = ['page', 'text', 'first mark', 'last mark', 'page DCL→load', 'mark.js', 'mark.js/D', 'longest task', 'heap +'];

/** Prints every table to `log`. */
export function printResults(r, log) {
  const m = r.machine;
  log(`\n== Results: ${m.cpu}, ${m.cores} cores, ${f(m.memory / 2 ** 30, 0)} GiB, Node ${m.node}, Chromium ${m.chromium}; ${r.date} ==`);
  log(r.note);
  log('\nPages (first and last mark after DOMContentLoaded, beside the page\'s own DOMContentLoaded → load; medians of reloads)');
  const rows = pageRows(r);
  const widths = HEAD.map((h, i) => Math.max(h.length, ...rows.map((row) => Object.values(row)[i].length)));
  log(HEAD.map((h, i) => h.padEnd(widths[i])).join('  '));
  for (const row of rows) log(Object.values(row).map((v, i) => v.padEnd(widths[i])).join('  '));
  const ex = r.pages.find((p) => p.markjsExtrapolated);
  log(`mark.js: ${r.pages[0]?.markjsKeywords} names and aliases of the shipped KB as whole phrases${ex ? `; * = extrapolated from the ${ex.markjsPilot.keywords} longest (mark.js scans the page once per keyword)` : ''}`);
  const c = r.coldStart;
  log(`\nFirst mark on ${r.pages[0]?.name} after DOMContentLoaded: cold (offscreen document and service worker gone) ${f(c.coldFromDclMs, 0)} ms, warm ${f(c.warmFromDclMs, 0)} ms ` +
    `(after scan start: ${f(c.coldMs, 0)} / ${f(c.warmMs, 0)} ms); ${c.workerStopsConfirmed}/${c.runs} stops confirmed by CDP`);
  for (const [kind, k] of Object.entries(r.kbInstall)) log(`KB install (${kind}, ${k.entities} entities) into IndexedDB: ${f(k.installMs, 0)} ms; load ${f(k.loadMs, 0)} ms`);
  log(`Content script: ${f(r.contentScriptGzipBytes / 1024)} KB gzipped; loaded later: ${Object.entries(r.lazyScriptsGzipBytes).map(([n, b]) => `${n} ${f(b / 1024)} KB`).join(', ') || 'none'}`);
  for (const s of r.linkerScale ?? []) {
    log(`Linker Worker, ${s.kb}: ${s.entities} entities, ${s.aliases} aliases; index file ${mb(s.indexBytes)}; load ${f(s.loadMs, 0)} ms; heap ${f(s.heapMB)} MB${s.buffersMB === undefined ? '' : ` (${f(s.heapAfterLinkMB)} MB after linking) + index file ${f(s.buffersMB)} MB`}; ${f(s.mbPerSecond)} MB/s`);
  }
  log('\nTargets');
  log(targetsText(checkTargets(r)));
}

/** Replaces (or appends) README.md's "## Performance" section with the results. */
export function writeReadme(file, r) {
  const m = r.machine;
  const pages = pageRows(r);
  const section = [
    '## Performance', '',
    `Measured by \`npm run bench\` (writes \`bench-results.json\`) on ${r.date.slice(0, 10)}: ${m.cpu}, ${m.cores} cores, ${f(m.memory / 2 ** 30, 0)} GiB,`,
    `Node ${m.node}, headless Chromium ${m.chromium}. Medians; the machine was shared with other work, so figures are noisy.`,
    'First and last mark = after DOMContentLoaded, with the linker warm (reloads of the page), beside the page\'s own',
    `DOMContentLoaded → load; mark.js marks the shipped KB's ${r.pages[0]?.markjsKeywords} names and aliases (mark.js/D compares it with`,
    'Dossier\'s scan start → last mark; * = extrapolated from a pilot of the longest 300, since it scans the page once per keyword).', '',
    `| ${HEAD.join(' | ')} |`, `| ${HEAD.map(() => '---').join(' | ')} |`,
    ...pages.map((row) => `| ${Object.values(row).join(' | ')} |`), '',
    checkTargets(r).length ? targetsMarkdown(checkTargets(r)) : '', '',
  ].join('\n');
  const text = fs.readFileSync(file, 'utf8');
  const start = text.indexOf('\n## Performance\n');
  if (start < 0) return fs.writeFileSync(file, `${text.trimEnd()}\n\n${section}`);
  const next = text.indexOf('\n## ', start + 1);
  fs.writeFileSync(file, `${text.slice(0, start + 1)}${section}${next < 0 ? '' : `\n${text.slice(next + 1)}`}`);
}
