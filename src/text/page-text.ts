/**
 * Visible text of a document (or element) as one string, with a map from string offsets back
 * to DOM text nodes so a mention at [start, end) becomes a DOM Range. Never mutates the DOM.
 */
export interface TextSegment {
  node: Text;
  /** Offset of the node's first character in `PageText.text`. */
  start: number;
}

export interface PageText {
  text: string;
  /** Text nodes in document order; separators between blocks are not part of any segment. */
  segments: TextSegment[];
}
