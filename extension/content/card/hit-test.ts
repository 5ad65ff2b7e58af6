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

/**
 * What the hit-test needs to know of a mention: whether a DOM point lies in it (cheap, asked of
 * every mention) and its boxes on screen (asked only of the one that holds the caret).
 */
export interface MentionShape<M> {
  holds(mention: M, node: Node, offset: number): boolean;
  rects(mention: M): Iterable<RectLike>;
}

/**
 * The mention under (x, y): it must hold the caret point AND one of its client rects must hold
 * the pointer. The second check matters because the caret snaps to the nearest character even
 * when the pointer is in a margin far from any text.
 */
export function findMentionAt<M extends S, S>(mentions: readonly M[], caret: CaretPoint | null, x: number, y: number, shape: MentionShape<S>): M | null {
  if (!caret) return null;
  for (const m of mentions) {
    let hit = false;
    try {
      hit = shape.holds(m, caret.node, caret.offset) && rectsContain(shape.rects(m), x, y);
    } catch {
      // A node in another document or a node gone from the page throws: it cannot be a hit.
      hit = false;
    }
    if (hit) return m;
  }
  return null;
}
