/**
 * The entry of `anchor.js`, the lazy module that re-finds saved highlights (exact → position →
 * fuzzy, with approx-string-match and fastest-levenshtein): most pages have no saved highlights,
 * so the content script does not carry it (see anchor-loader.ts).
 */
export { findAll } from './find-again.ts';
