/**
 * Maps offsets in extracted page text back to DOM positions.
 */
import type { PageText, TextSegment } from './page-text.ts';

/** The segment holding `offset` (or the first one after it when the offset falls on a block break). */
export function segmentAt(pageText: PageText, offset: number, preferEnd = false): TextSegment | undefined {
  const { segments } = pageText;
  let lo = 0;
  let hi = segments.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    const segment = segments[mid] as TextSegment;
    const before = preferEnd ? segment.start >= offset : segment.start > offset;
    if (before) hi = mid - 1;
    else lo = mid;
  }
  return segments[lo];
}

/** A DOM position for a text offset. */
export function positionAt(pageText: PageText, offset: number, preferEnd = false): { node: Text; offset: number } | null {
  const segment = segmentAt(pageText, offset, preferEnd);
  if (!segment) return null;
  const local = Math.max(0, Math.min(offset - segment.start + (segment.from ?? 0), segment.node.data.length));
  return { node: segment.node, offset: local };
}

/** Where a span of extracted text is in the DOM: two boundary points in text nodes. */
export interface TextPlace {
  startNode: Text;
  startOffset: number;
  endNode: Text;
  endOffset: number;
}

/** The DOM place of [start, end) of the extracted text, or null if it covers no character. */
export function placeFor(pageText: PageText, start: number, end: number): TextPlace | null {
  const from = positionAt(pageText, start);
  const to = positionAt(pageText, end, true);
  if (!from || !to) return null;
  if (from.node === to.node && to.offset <= from.offset) return null;
  return { startNode: from.node, startOffset: from.offset, endNode: to.node, endOffset: to.offset };
}

/** A new live Range over a place (offsets clamped to the nodes' current length). */
export function rangeOf(place: TextPlace): Range {
  const range = place.startNode.ownerDocument.createRange();
  range.setStart(place.startNode, Math.min(place.startOffset, place.startNode.length));
  range.setEnd(place.endNode, Math.min(place.endOffset, place.endNode.length));
  return range;
}

/** A live DOM Range covering [start, end) of the extracted text. The document is not modified. */
export function rangeFor(pageText: PageText, start: number, end: number): Range | null {
  const place = placeFor(pageText, start, end);
  return place ? rangeOf(place) : null;
}
