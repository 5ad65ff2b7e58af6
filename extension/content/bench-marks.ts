/**
 * Test-only timing marks for `npm run bench` (scripts/bench/) and the e2e tests: off
 * unless the page's `<html>` carries `data-dossier-bench`, which only they set. A mark lands on the page's
 * performance timeline, readable from the main world with `performance.getEntriesByName`.
 * `scan-done` comes each time the scan (and any re-linking queued after it) has finished: the
 * signal a test waits for instead of a fixed time.
 */
export function benchMark(name: 'scan-start' | 'linker-ready' | 'painted' | 'scan-done'): void {
  if (document.documentElement.hasAttribute('data-dossier-bench')) performance.mark(`dossier:${name}`);
}
