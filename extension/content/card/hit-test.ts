/**
 * Pure hit-testing: which mention lies under the pointer. Kept free of timers and listeners so
 * it can be unit-tested with plain rects and positions.
 */

/** The subset of DOMRect the tests and the hit-test need. */
export interface RectLike {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** A point in the DOM as the caret APIs return it. */
export interface CaretPoint {
  node: Node;
  offset: number;
}

/** Whether any rect contains (x, y); a small slack absorbs sub-pixel rounding at glyph edges. */
export function rectsContain(rects: Iterable<RectLike>, x: number, y: number, slack = 1): boolean {
  for (const r of rects) {
    if (x >= r.left - slack && x <= r.right + slack && y >= r.top - slack && y <= r.bottom + slack) return true;
  }
  return false;
}

/** Caret position under a viewport point, using the standard API first and WebKit's as fallback. */
export function caretFromPoint(doc: Document, x: number, y: number): CaretPoint | null {
  const standard = (doc as Document & { caretPositionFromPoint?: (x: number, y: number) => CaretPosition | null })
    .caretPositionFromPoint;
  if (typeof standard === 'function') {
    const pos = standard.call(doc, x, y);
    return pos ? { node: pos.offsetNode, offset: pos.offset } : null;
  }
  const legacy = (doc as Document & { caretRangeFromPoint?: (x: number, y: number) => Range | null }).caretRangeFromPoint;
  if (typeof legacy === 'function') {
    const range = legacy.call(doc, x, y);
    return range ? { node: range.startContainer, offset: range.startOffset } : null;
  }
  return null;
}

/** What the hit-test needs of a mention: its range (live DOM or a stand-in in tests). */
export interface RangeLike {
  isPointInRange(node: Node, offset: number): boolean;
  getClientRects(): Iterable<RectLike>;
}

/**
 * The mention under (x, y): its range must contain the caret point AND one of its client rects
 * must contain the pointer. The second check matters because the caret snaps to the nearest
 * character even when the pointer is in a margin far from any text.
 */
export function findMentionAt<M extends { range: RangeLike }>(
  mentions: readonly M[],
  caret: CaretPoint | null,
  x: number,
  y: number,
): M | null {
  if (!caret) return null;
  for (const m of mentions) {
    let inside = false;
    try {
      inside = m.range.isPointInRange(caret.node, caret.offset);
    } catch {
      // A node in another document or a detached range throws: it cannot be a hit.
      inside = false;
    }
    if (inside && rectsContain(m.range.getClientRects(), x, y)) return m;
  }
  return null;
}
