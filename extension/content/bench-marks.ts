/**
 * Test-only timing marks for `npm run bench` (scripts/bench/): off unless the page's `<html>`
 * carries `data-dossier-bench`, which only the benchmark sets. A mark lands on the page's
 * performance timeline, readable from the main world with `performance.getEntriesByName`.
 */
export function benchMark(name: 'scan-start' | 'painted'): void {
  if (document.documentElement.hasAttribute('data-dossier-bench')) performance.mark(`dossier:${name}`);
}
