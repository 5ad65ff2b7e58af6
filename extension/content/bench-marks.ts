/**
 * Test-only timing marks for `npm run bench` (scripts/bench/) and the hostile-page tests: off
 * unless the page's `<html>` carries `data-dossier-bench`, which only they set. A mark lands on the page's
 * performance timeline, readable from the main world with `performance.getEntriesByName`.
 */
export function benchMark(name: 'scan-start' | 'linker-ready' | 'painted'): void {
  if (document.documentElement.hasAttribute('data-dossier-bench')) performance.mark(`dossier:${name}`);
}
