// The performance targets (issues "Performance" and "Linking engine — Speed") checked against
// bench-results.json, as rows of { what, figure, target, met }.

const fmt = (x, digits = 1) => (Number.isFinite(x) ? x.toFixed(digits) : 'n/a');

/** One row per target; `met` is true, false, or null when the figure is missing. */
export function checkTargets(r) {
  const rows = [];
  const add = (what, value, figure, target, ok) => rows.push({ what, figure, target, met: Number.isFinite(value) ? ok : null });
  const article = r.pages[0];
  if (article) add(`first mark, ${article.name}, linker warm`, article.firstMarkMs, `${fmt(article.firstMarkMs, 0)} ms`, '≤ 100 ms', article.firstMarkMs <= 100);
  add('first mark, linker host and worker gone', r.coldFirstMarkMs, `${fmt(r.coldFirstMarkMs, 0)} ms`, '≤ 200 ms', r.coldFirstMarkMs <= 200);
  for (const p of r.pages) add(`mark.js / Dossier, ${p.name}`, p.markjsMs / p.dossierMs, `${fmt(p.markjsMs / p.dossierMs)}×`, '≥ 10×', p.markjsMs >= 10 * p.dossierMs);
  if (article) add(`heap a tab adds, ${article.name}`, article.heapAddedMB, `${fmt(article.heapAddedMB)} MB`, '≤ 2 MB', article.heapAddedMB <= 2);
  const live = r.pages.find((p) => p.name === 'live-blog.html');
  if (live) {
    add('heap a tab adds, 2 MB live blog', live.heapAddedMB, `${fmt(live.heapAddedMB)} MB`, '≤ 10 MB', live.heapAddedMB <= 10);
    add('longest Dossier task, 2 MB page', live.longestTaskMs, `${fmt(live.longestTaskMs, 0)} ms`, '≤ 50 ms', live.longestTaskMs <= 50);
  }
  add('content script, gzipped', r.contentScriptGzipBytes, `${fmt(r.contentScriptGzipBytes / 1024)} KB`, '≤ 20 KB', r.contentScriptGzipBytes <= 20 * 1024);
  add('100k-entity KB install', r.kbInstallMs, `${fmt(r.kbInstallMs / 1000, 2)} s`, '≤ 3 s', r.kbInstallMs <= 3000);
  const shipped = r.kbInstall?.shipped;
  // The budget is 3 s per 100,000 entities; the shipped KB's install includes reading its parts from the package.
  if (shipped) add(`full KB install, ${shipped.entities} entities`, shipped.installMs, `${fmt(shipped.installMs / 1000, 2)} s`, `≤ ${fmt(shipped.entities * 3e-5, 1)} s`, shipped.installMs <= shipped.entities * 0.03);
  add(`linker throughput, ${r.kbEntities} entities`, r.linkerMBps, `${fmt(r.linkerMBps)} MB/s`, '≥ 50 MB/s', r.linkerMBps >= 50);
  if (r.linkerMemoryMB !== undefined) add(`linker memory in the worker (index file + heap), shipped KB of ${r.shippedEntities} entities`, r.linkerMemoryMB, `${fmt(r.linkerMemoryMB)} MB`, '≤ 60 MB', r.linkerMemoryMB <= 60);
  else add(`linker heap in the worker, ${r.kbEntities} entities`, r.linkerHeapMB, `${fmt(r.linkerHeapMB)} MB`, '≤ 60 MB', r.linkerHeapMB <= 60);
  for (const s of r.seeds ?? []) add(`annotate ${s.name}`, s.annotateMs, `${fmt(s.annotateMs, 2)} ms`, '< 5 ms', s.annotateMs < 5);
  return rows;
}

const mark = (met) => (met === null ? 'n/a' : met ? 'met' : 'NOT met');

/** The targets as aligned text rows. */
export function targetsText(rows) {
  return rows.map((t) => `  ${t.what.padEnd(52)} ${t.figure.padStart(10)}   target ${t.target.padEnd(11)} ${mark(t.met)}`).join('\n');
}

/** The targets as a Markdown table. */
export function targetsMarkdown(rows) {
  return ['| Measure | Result | Target | |', '| --- | --- | --- | --- |', ...rows.map((t) => `| ${t.what} | ${t.figure} | ${t.target} | ${mark(t.met)} |`)].join('\n');
}
