/**
 * The text just before and after a mention, for a highlight's TextQuoteSelector. Read from the
 * mention's block (paragraph, list item…) rather than the whole document to keep it cheap.
 */

export const CONTEXT_CHARS = 32;

const BLOCK = 'p,li,blockquote,td,th,dd,dt,figcaption,h1,h2,h3,h4,h5,h6,pre,article,section,main,body';

/** `prefix`/`suffix` of up to `chars` characters around `range` within its block. */
export function quoteContext(range: Range, chars = CONTEXT_CHARS): { prefix: string; suffix: string } {
  const start = range.startContainer;
  const element = start instanceof Element ? start : start.parentElement;
  const block = element?.closest(BLOCK);
  if (!block) return { prefix: '', suffix: '' };
  const doc = block.ownerDocument;
  const before = doc.createRange();
  before.setStart(block, 0);
  before.setEnd(range.startContainer, range.startOffset);
  const after = doc.createRange();
  after.setStart(range.endContainer, range.endOffset);
  after.setEnd(block, block.childNodes.length);
  return {
    prefix: squash(before.toString()).slice(-chars),
    suffix: squash(after.toString()).slice(0, chars),
  };
}

/** Collapses runs of whitespace, as rendered text does. */
function squash(text: string): string {
  return text.replace(/\s+/g, ' ');
}
