/**
 * The one text a saved highlight's selectors refer to: the page's visible text from `<body>`,
 * read by the scanner's own reader with its options (chunks.ts `readWhole`, scanner.ts
 * `EXTRACT`: hidden elements skipped, Dossier's inline marks read through, the same bound).
 * Saving (card button, selection) and re-anchoring both read it here, so a quote's offsets and
 * context mean the same thing at both ends.
 */
import { normalisePageUrl } from '../../../src/anchor/url.ts';
import type { PageText } from '../../../src/text/page-text.ts';
import { readWhole } from '../chunks.ts';
import { EXTRACT } from '../scanner.ts';

/** The page's visible text with its map back to text nodes. */
export function readPageText(doc: Document = document): PageText {
  return readWhole(doc.body, EXTRACT);
}

/** The key this page's highlights are stored under: normalised URL, same-site canonical honoured. */
export function pageKey(doc: Document = document): string {
  const canonical = doc.querySelector<HTMLLinkElement>('link[rel~="canonical" i][href]')?.getAttribute('href');
  return normalisePageUrl(doc.location.href, canonical);
}

/** Compares two DOM boundary points: negative if `a` comes first, 0 if equal, positive after. */
export function comparePoints(a: { node: Node; offset: number }, b: { node: Node; offset: number }): number {
  const at = (a.node.ownerDocument ?? (a.node as Document)).createRange();
  at.setStart(a.node, a.offset);
  at.collapse(true);
  return -at.comparePoint(b.node, b.offset);
}

/**
 * The offset in `pageText.text` of a DOM boundary point. A point inside an extracted text node
 * maps exactly; any other point (an element boundary, a hidden node) snaps to the nearest
 * extracted character: forwards for a start, backwards for an end.
 */
export function textOffsetAt(pageText: PageText, node: Node, offset: number, edge: 'start' | 'end'): number {
  const { segments, text } = pageText;
  const own = node.nodeType === 3 ? segments.find((s) => s.node === node) : undefined;
  if (own) return own.start + Math.max(0, Math.min(offset, own.node.data.length));
  const point = { node, offset };
  // First segment whose text starts at or after the point (segments are in document order).
  let lo = 0;
  let hi = segments.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const seg = segments[mid];
    if (comparePoints(point, { node: seg.node, offset: 0 }) <= 0) hi = mid;
    else lo = mid + 1;
  }
  if (edge === 'start') return lo < segments.length ? segments[lo].start : text.length;
  const before = segments[lo - 1];
  return before ? before.start + before.node.data.length : 0;
}

/** Shrinks `[start, end)` past whitespace at either end; `null` if nothing but whitespace is left. */
export function trimSpan(text: string, start: number, end: number): { start: number; end: number } | null {
  let from = Math.max(0, start);
  let to = Math.min(text.length, end);
  while (from < to && /\s/.test(text[from])) from++;
  while (to > from && /\s/.test(text[to - 1])) to--;
  return from < to ? { start: from, end: to } : null;
}
