// The performance targets (issues "Performance" and "Linking engine — Speed") checked against
// bench-results.json, as rows of { what, figure, target, met }.

const fmt = (x, digits = 1) => (Number.isFinite(x) ? x.toFixed(digits) : 'n/a');
const mb = (b) => `${(b / 1e6).toFixed(1)} MB`;

/** One row per target; `met` is true, false, or null when the figure is missing. */
export function checkTargets(r) {
  const rows = [];
  const add = (what, value, figure, target, ok) => rows.push({ what, figure, target, met: Number.isFinite(value) ? ok : null });
  for (const p of r.pages) {
    add(`Dossier / floor, ${p.name}`, p.dossierMs / p.floorMs, `${fmt(p.dossierMs / p.floorMs)}×`, '≤ 2×', p.dossierMs <= 2 * p.floorMs);
    add(`mark.js / Dossier, ${p.name}`, p.markjsMs / p.dossierMs, `${fmt(p.markjsMs / p.dossierMs)}×`, '≥ 10×', p.markjsMs >= 10 * p.dossierMs);
  }
  const live = r.pages.find((p) => p.name === 'live-blog.html');
  if (live) add('longest Dossier task, 2 MB page', live.longestTaskMs, `${fmt(live.longestTaskMs, 0)} ms`, '≤ 50 ms', live.longestTaskMs <= 50);
  add('first highlight, worker stopped', r.coldFirstHighlightMs, `${fmt(r.coldFirstHighlightMs, 0)} ms`, '≤ 150 ms', r.coldFirstHighlightMs <= 150);
  const syn = r.kbInstallMs.synthetic100k;
  add('100k-entity KB install', syn, `${fmt(syn / 1000, 2)} s`, '≤ 3 s', syn <= 3000);
  add('content script, gzipped', r.contentScriptGzipBytes, `${fmt(r.contentScriptGzipBytes / 1024)} KB`, '≤ 30 KB', r.contentScriptGzipBytes <= 30 * 1024);
  const m100k = r.matcher.find((m) => m.aliases >= 90_000 && m.aliases < 900_000);
  if (m100k) {
    add('matcher at 100k aliases', m100k.mbPerSecond, `${fmt(m100k.mbPerSecond)} MB/s`, '≥ 100 MB/s', m100k.mbPerSecond >= 100);
    add('matcher size at 100k aliases', m100k.heapBytes, mb(m100k.heapBytes), '< 10 MB', m100k.heapBytes < 10e6);
  }
  for (const s of r.seeds) add(`annotate ${s.name}`, s.annotateMs, `${fmt(s.annotateMs, 2)} ms`, '< 5 ms', s.annotateMs < 5);
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
