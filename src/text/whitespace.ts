/**
 * Line breaks inside a text node. In normal flow a source newline is only a space to a reader:
 * "Keir\n  Starmer" inside one <p> reads "Keir Starmer". Extraction turns such breaks into
 * spaces one for one, so the text keeps the DOM's offsets exactly (ranges and saved highlights
 * need no map) and a "\n" in extracted text means a block boundary, which ends a sentence.
 * Elements that preserve whitespace keep their newlines: there a line break is seen.
 */

/** Elements whose default style preserves newlines (PRE and TEXTAREA are skipped altogether). */
const PRESERVING_TAGS = new Set(['LISTING', 'XMP', 'PLAINTEXT']);

/** `white-space: pre | pre-wrap | pre-line | break-spaces`, or its newer longhand. */
const PRESERVING_STYLE = /white-space\s*:\s*(pre|break-spaces)|white-space-collapse\s*:\s*(preserve|break-spaces)/i;

const BREAKS = /[\n\r\f]/g;

/**
 * Whether `element` shows its text's newlines as line breaks, by its tag and inline style.
 * Stylesheets are not consulted: computed style is costly on a large page, and a rule-set
 * `pre-wrap` on prose is rare (a caller that can afford it passes `keepsLineBreaks`).
 */
export function preservesBreaks(element: Element): boolean {
  if (PRESERVING_TAGS.has(element.tagName.toUpperCase())) return true;
  const style = element.getAttribute('style');
  return style !== null && PRESERVING_STYLE.test(style);
}

/** A text node's characters as a reader meets them: line breaks as spaces unless `keep`. */
export function readerText(data: string, keep: boolean): string {
  return keep ? data : data.replace(BREAKS, ' '); // no break: the same string back, nothing copied
}
