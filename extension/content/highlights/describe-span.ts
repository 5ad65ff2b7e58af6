/**
 * What to send to save a passage: describes a DOM range over the same extracted page text that
 * re-anchoring reads (see page-text.ts), so quote, context and offsets agree at both ends.
 */
import { describe } from '../../../src/anchor/describe.ts';
import type { HighlightDescription } from '../../shared/protocol.ts';
import { overlapsRange } from '../mention-place.ts';
import type { PageMention } from '../types.ts';
import { pageKey, readPageText, textOffsetAt, trimSpan } from './page-text.ts';

/** Entity ids of the mentions inside (or partly inside) `range`, each once, in page order (no unknown names: they have no entity). */
export function entityIdsIn(range: Range, mentions: readonly PageMention[]): string[] {
  return [...new Set(mentions.filter((m) => !m.unknown && overlapsRange(m, range)).map((m) => m.entityId))];
}

/**
 * The `saveHighlight` payload for `range`, or null when it covers no visible text (whitespace,
 * or only hidden or skipped elements).
 */
export function describeRange(range: Range, entityIds: string[], doc: Document = document): HighlightDescription | null {
  const pageText = readPageText(doc);
  const from = textOffsetAt(pageText, range.startContainer, range.startOffset, 'start');
  const to = textOffsetAt(pageText, range.endContainer, range.endOffset, 'end');
  const span = trimSpan(pageText.text, from, to);
  if (!span) return null;
  const { quote, position } = describe(pageText.text, span.start, span.end);
  return {
    url: pageKey(doc),
    title: doc.title,
    quote: quote.exact,
    prefix: quote.prefix,
    suffix: quote.suffix,
    start: position?.start ?? span.start,
    end: position?.end ?? span.end,
    entityIds,
  };
}

/** The payload for the page's current selection (first range), or null when nothing is selected. */
export function describeSelection(doc: Document, mentions: readonly PageMention[]): HighlightDescription | null {
  const selection = doc.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  return describeRange(range, entityIdsIn(range, mentions), doc);
}
