/**
 * The content script's thin call into unknown-name detection (src/link/unknown): fetches the
 * ordinary English words from the background once, and turns the detector's finds into page
 * mentions marked `unknown`. The scanner calls only `DetectUnknown`; a linker moved elsewhere can
 * run `findUnknownNames` on the same text with the same words.
 */
import { normalizeKey } from '../../../src/kb/keys.ts';
import { findUnknownNames, type LinkedSpan, type UnknownMention } from '../../../src/link/unknown/index.ts';
import type { TextPlace } from '../../../src/text/ranges.ts';
import type { ContentContext, PageMention } from '../types.ts';

export type DetectUnknown = (text: string, linked: readonly LinkedSpan[]) => UnknownMention[];

/** Prefix of the pseudo entity id every mention of one unknown name shares (never a KB id). */
export const UNKNOWN_ID_PREFIX = 'unknown:';

/** Words added to the set per task: the whole list in one go would be a long task on a slow page. */
const SLICE = 8_000;

/**
 * The detector over the background's ordinary words, the set built in slices with `pause()`
 * between them; null if the words cannot be had (the page goes on with KB links only).
 */
export async function loadUnknownDetector(call: ContentContext['call'], pause: () => Promise<void>, kbNames: ReadonlySet<string>): Promise<DetectUnknown | null> {
  let text: string;
  try {
    ({ words: text } = await call('getOrdinaryWords', {}));
  } catch {
    return null;
  }
  const ordinary = new Set<string>();
  let from = 0;
  while (from < text.length) {
    let to = from;
    for (let n = 0; n < SLICE && to >= 0 && to < text.length; n++) to = text.indexOf(' ', to + 1);
    const end = to < 0 ? text.length : to;
    for (const word of text.slice(from, end).split(' ')) if (word) ordinary.add(word);
    from = end + 1;
    await pause();
  }
  return (text, linked) => findUnknownNames(text, linked, { isOrdinary: (key) => ordinary.has(key), isKbName: (keys) => kbNames.has(keys) });
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
