/**
 * One scan of the page: visible text → linked mentions → live DOM ranges. Read-only on the DOM.
 */
import { createLinker, type LinkerIndex, type LinkOptions } from '../../src/link/index.ts';
import { extractText, type ExtractOptions } from '../../src/text/extract.ts';
import { rangeFor } from '../../src/text/ranges.ts';
import type { PageMention } from './types.ts';

export type Scan = (root: Node) => PageMention[];

/** Text beyond this is not linked: a pathological page must not stall the tab. */
const MAX_CHARS = 2_000_000;

const EXTRACT: ExtractOptions = {
  // Live pages hide text with stylesheets too, not only attributes.
  isHidden: (element) => typeof element.checkVisibility === 'function' && !element.checkVisibility(),
  maxChars: MAX_CHARS,
};

/** Builds a scanner bound to one linker index (built once per page, reused by rescans). */
export function createScanner(index: LinkerIndex, options: LinkOptions = {}): Scan {
  const linker = createLinker(index);
  return (root) => {
    const pageText = extractText(root, EXTRACT);
    const found: PageMention[] = [];
    for (const mention of linker.link(pageText.text, options)) {
      const range = rangeFor(pageText, mention.start, mention.end);
      if (range && !range.collapsed) found.push({ ...mention, range });
    }
    return found;
  };
}
