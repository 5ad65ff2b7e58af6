/**
 * Visible text of a document (or element) as one string, with a map from string offsets back
 * to DOM text nodes so a mention at [start, end) becomes a DOM Range. Never mutates the DOM.
 */
export interface TextSegment {
  node: Text;
  /** Offset of the segment's first character in `PageText.text`. */
  start: number;
  /**
   * Offset in the node of the segment's first character, when the segment is not the node's
   * whole text (a huge text node handed out in pieces); 0 when absent.
   */
  from?: number;
}

export interface PageText {
  text: string;
  /** Text nodes in document order; separators between blocks are not part of any segment. */
  segments: TextSegment[];
}
