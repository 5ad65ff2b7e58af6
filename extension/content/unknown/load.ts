/**
 * The content script's thin call into unknown-name detection: loads `unknown.js` (detector.ts)
 * and turns its finds into page mentions marked `unknown`. The one place the scanner calls; a
 * linker moved elsewhere can call `detectUnknown` (detector.ts) the same way on the same text.
 */
import { normalizeKey } from '../../../src/kb/keys.ts';
import type { LinkedSpan, UnknownMention } from '../../../src/link/unknown/index.ts';
import type { TextPlace } from '../../../src/text/ranges.ts';
import type { PageMention } from '../types.ts';

/** The extension API global of both browsers, named as such so the add-ons linter can tell the import is our own file. */
declare const chrome: { runtime: { getURL(path: string): string } };

export type DetectUnknown = (text: string, linked: readonly LinkedSpan[]) => UnknownMention[];

/** Prefix of the pseudo entity id every mention of one unknown name shares (never a KB id). */
export const UNKNOWN_ID_PREFIX = 'unknown:';

/** The detector, or null when it cannot load (the page goes on with KB links only). */
export async function loadUnknownDetector(): Promise<DetectUnknown | null> {
  try {
    const mod = (await import(/* @vite-ignore */ chrome.runtime.getURL('unknown.js'))) as { detectUnknown: DetectUnknown };
    return mod.detectUnknown;
  } catch {
    return null;
  }
}

/** A page mention for an unknown name: `entityId` groups its mentions; `unknown` carries the page's evidence. */
export function unknownPageMention(u: UnknownMention, place: TextPlace): PageMention {
  return {
    start: u.start, end: u.end, quote: u.quote, entityId: `${UNKNOWN_ID_PREFIX}${normalizeKey(u.name)}`, entityName: u.name, entityType: u.type,
    confidence: 0, how: 'exact', explanation: 'Not in the knowledge base',
    startNode: place.startNode, startOffset: place.startOffset, endNode: place.endNode, endOffset: place.endOffset,
    unknown: { name: u.name, type: u.type, evidence: u.evidence },
  };
}
