/**
 * Unknown names (issue 16) on the page: the linker Worker finds them (src/link/unknown) beside
 * the KB's links and sends them as spans of kind `unknown`; this turns one into a page mention.
 */
import { normalizeKey } from '../../../src/kb/keys.ts';
import type { UnknownSpan } from '../../linker/messages.ts';
import type { TextPlace } from '../../../src/text/ranges.ts';
import type { PageMention } from '../types.ts';

/** Prefix of the pseudo entity id every mention of one unknown name shares (never a KB id). */
export const UNKNOWN_ID_PREFIX = 'unknown:';

/** A page mention for an unknown name: `entityId` groups its mentions; `unknown` carries the page's evidence. */
export function unknownPageMention(u: UnknownSpan, quote: string, place: TextPlace): PageMention {
  return {
    start: u.start, end: u.end, quote, entityId: `${UNKNOWN_ID_PREFIX}${normalizeKey(u.name)}`, entityName: u.name, entityType: u.type,
    confidence: 0, how: 'exact', explanation: 'Not in the knowledge base',
    startNode: place.startNode, startOffset: place.startOffset, endNode: place.endNode, endOffset: place.endOffset,
    unknown: { name: u.name, type: u.type, evidence: u.evidence },
  };
}
