/**
 * A mention's place in the page as four plain fields instead of a live Range. A 10 MB page
 * links about 100,000 mentions: as live Ranges they were 10 MB of native objects, each with a
 * wrapper in the content script's world that every major GC has to trace in its final pause (a
 * 56 ms pause inside one of Dossier's idle callbacks, seen on CI), and each one the browser
 * updates on every text change anywhere in the page. A Range is made only where one is needed:
 * the marks near the viewport (paint.ts), an open card, a flash, a save.
 */
import { rangeOf, type TextPlace } from '../../src/text/ranges.ts';
import type { MentionShape } from './card/hit-test.ts';
import { comparePoints } from './highlights/page-text.ts';

export { rangeOf };

const DISCONNECTED = 1; // Node.DOCUMENT_POSITION_DISCONNECTED, without needing a DOM global in tests.
const FOLLOWING = 4; // Node.DOCUMENT_POSITION_FOLLOWING

/** True if `b` comes after `a` in the same document. */
const follows = (a: Node, b: Node): boolean => (a.compareDocumentPosition(b) & (FOLLOWING | DISCONNECTED)) === FOLLOWING;


/** True if the place's text is still in the document and not empty. */
export function isAttached(place: TextPlace): boolean {
  const { startNode, endNode, startOffset, endOffset } = place;
  if (!startNode.isConnected || !endNode.isConnected || endOffset > endNode.length) return false;
  return startNode === endNode ? startOffset < endOffset : follows(startNode, endNode);
}

/** True if `a` starts before `b` in the document. */
export function startsBefore(a: TextPlace, b: TextPlace): boolean {
  if (a.startNode === b.startNode) return a.startOffset < b.startOffset;
  return follows(a.startNode, b.startNode);
}

/** True if the DOM point (node, offset) lies within the place, ends included (as `Range.isPointInRange`). */
export function holdsPoint(place: TextPlace, node: Node, offset: number): boolean {
  const { startNode, endNode, startOffset, endOffset } = place;
  if (startNode === endNode) return node === startNode && offset >= startOffset && offset <= endOffset;
  if (node === startNode) return offset >= startOffset;
  if (node === endNode) return offset <= endOffset;
  // Text inside an element between the two ends ("Dominic <b>Raab</b>" has none, a mark does).
  return follows(startNode, node) && follows(node, endNode);
}

/** True if the place and `range` share at least one character (touching ends do not count). */
export function overlapsRange(place: TextPlace, range: Range): boolean {
  try {
    // comparePoint: -1 before the range, 0 inside it or on one of its ends, 1 after it.
    const start = range.comparePoint(place.startNode, place.startOffset);
    const end = range.comparePoint(place.endNode, place.endOffset);
    if (start > 0 || end < 0) return false;
    // Starting where the range ends, or ending where it starts, is touching.
    // (comparePoints also finds two points equal when they are named from different nodes.)
    if (start === 0 && comparePoints({ node: range.endContainer, offset: range.endOffset }, { node: place.startNode, offset: place.startOffset }) === 0) return false;
    if (end === 0 && comparePoints({ node: range.startContainer, offset: range.startOffset }, { node: place.endNode, offset: place.endOffset }) === 0) return false;
    return true;
  } catch {
    // A node in another document: nothing shared.
    return false;
  }
}

/** What the card's hit-test needs of a page mention (see card/hit-test.ts). */
export const PLACE_SHAPE: MentionShape<TextPlace> = {
  holds: holdsPoint,
  rects: (place) => rangeOf(place).getClientRects(),
};
