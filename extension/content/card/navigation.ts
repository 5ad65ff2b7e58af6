/** Pure choices for keyboard stepping and "show all": which mention comes next. */

/** Index of the mention after `current` (wrapping), or -1 for an empty list. */
export function nextIndex(length: number, current: number): number {
  if (length === 0) return -1;
  return current < 0 ? 0 : (current + 1) % length;
}

/**
 * Where keyboard stepping starts when no card is open: the first mention at or below the top of
 * the viewport, so Alt+Shift+D begins with what the reader sees rather than the page's top.
 */
export function firstVisibleIndex(tops: readonly number[]): number {
  if (tops.length === 0) return -1;
  const i = tops.findIndex((top) => top >= 0);
  return i === -1 ? 0 : i;
}

/** The mention of `entityId` after `after` (wrapping), searching a list in document order. */
export function nextOfEntity<M extends { entityId: string }>(list: readonly M[], entityId: string, after: M | null): M | null {
  const same = list.filter((m) => m.entityId === entityId);
  if (same.length === 0) return null;
  const at = after ? same.indexOf(after) : -1;
  return same[nextIndex(same.length, at)];
}
