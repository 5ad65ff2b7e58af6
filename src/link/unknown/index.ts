/** Names the knowledge base does not know, detected from the page's own text (issue 16). */
export { findUnknownNames } from './detect.ts';
export type { LinkedSpan, UnknownEvidence, UnknownMention, UnknownOptions } from './types.ts';
export { UnknownPage } from './memory.ts';
