/**
 * Unknown-name detection (issue 16) in the linker Worker, beside the KB's links: the ordinary
 * English words are read once from the package (`ordinary-words.txt`, written at build time from
 * the CLI's list), and every name the KB holds counts as known even where it was not linked.
 */
import { findUnknownNames, type LinkedSpan, type UnknownPage } from '../../src/link/unknown/index.ts';
import type { UnknownSpan } from './messages.ts';

/** What the detector needs besides the text: both sets live as long as the Worker's linker. */
export interface UnknownContext {
  ordinary: ReadonlySet<string>;
  kbNames: ReadonlySet<string>;
}

let words: Promise<Set<string>> | null = null;

/** The ordinary words, read once per Worker; an empty set if the file cannot be read (detection then leans on the page's own words). */
export function readOrdinaryWords(url: URL): Promise<Set<string>> {
  words ??= fetch(url)
    .then((response) => (response.ok ? response.text() : ''))
    .catch(() => '')
    .then((text) => new Set(text.split(' ').filter(Boolean)));
  return words;
}

/**
 * The unknown names of one chunk as reply spans. `linked` holds every KB link of the chunk, so an
 * unknown name never overlaps one; `page` holds the names earlier chunks of the page found. A
 * failure costs the chunk its unknown names, never its links.
 */
export function unknownSpans(text: string, linked: readonly LinkedSpan[], context: UnknownContext, page?: UnknownPage): UnknownSpan[] {
  try {
    return findUnknownNames(text, linked, { isOrdinary: (key) => context.ordinary.has(key), isKbName: (keys) => context.kbNames.has(keys), ...(page ? { page } : {}) })
      .map((u) => ({ kind: 'unknown', start: u.start, end: u.end, name: u.name, type: u.type, evidence: u.evidence }));
  } catch {
    return [];
  }
}
