/**
 * Describes a passage of page text as W3C selectors: the quote with context either side
 * (which survives the page changing around it) and the offsets (a fast hint).
 */
import type { HighlightSelectors } from '../export/model.ts';

/** Characters of context kept either side of a quote, as Hypothesis does. */
export const CONTEXT_CHARS = 32;

const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;
const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;

/** Moves a cut point off the middle of a surrogate pair (an emoji), towards the quote. */
function prefixStart(text: string, at: number): number {
  return at > 0 && isLowSurrogate(text.charCodeAt(at)) ? at + 1 : at;
}
function suffixEnd(text: string, at: number): number {
  return at < text.length && isHighSurrogate(text.charCodeAt(at - 1)) ? at - 1 : at;
}

/**
 * Selectors for `text.slice(start, end)`. Throws RangeError for an empty or out-of-range span:
 * an empty highlight is a caller bug, not something to store.
 */
export function describe(text: string, start: number, end: number): HighlightSelectors {
  if (!(Number.isInteger(start) && Number.isInteger(end) && start >= 0 && end <= text.length && start < end)) {
    throw new RangeError(`bad span [${start}, ${end}) for text of length ${text.length}`);
  }
  const from = prefixStart(text, Math.max(0, start - CONTEXT_CHARS));
  const to = suffixEnd(text, Math.min(text.length, end + CONTEXT_CHARS));
  return {
    quote: { exact: text.slice(start, end), prefix: text.slice(from, start), suffix: text.slice(end, to) },
    position: { start, end },
  };
}
