/**
 * Unknown-name detection (issue 16) in the linker Worker, beside the KB's links: the ordinary
 * English words are read once from the package (`ordinary-words.txt`, written at build time from
 * the CLI's list), and every name the KB holds counts as known even where it was not linked.
 */
import { findUnknownNames, type LinkedSpan, type UnknownMention, type UnknownPage } from '../../src/link/unknown/index.ts';
import type { UnknownSpan, WaitingSpan } from './messages.ts';

/** What the detector needs besides the text: both live as long as the Worker's linker. */
export interface UnknownContext {
  ordinary: ReadonlySet<string>;
  /** The KB's names and aliases, as folded keys (the linker's alias table answers). */
  kbNames: { has(keys: string): boolean };
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
export function unknownSpans(text: string, linked: readonly LinkedSpan[], context: UnknownContext, page?: { memory: UnknownPage; chunk: number }): (UnknownSpan | WaitingSpan)[] {
  try {
    const options = { isOrdinary: (key: string) => context.ordinary.has(key), isKbName: (keys: string) => context.kbNames.has(keys) };
    const spans: (UnknownSpan | WaitingSpan)[] = findUnknownNames(text, linked, page ? { ...options, page: page.memory, chunk: page.chunk } : options).map((u) => unknownSpan(u));
    if (!page) return spans;
    // Earlier chunks' one-word names this chunk explained, and this chunk's own still waiting.
    for (const { chunk, mention } of page.memory.takeUpgrades()) spans.push(unknownSpan(mention, chunk));
    for (const l of page.memory.waiting(page.chunk)) spans.push({ kind: 'waiting', start: l.start, end: l.end });
    return spans;
  } catch {
    return [];
  }
}

/** An unknown name as a reply span; `chunk` when it belongs to an earlier chunk of the page. */
function unknownSpan(u: UnknownMention, chunk?: number): UnknownSpan {
  const span: UnknownSpan = { kind: 'unknown', start: u.start, end: u.end, name: u.name, type: u.type, evidence: u.evidence };
  if (chunk !== undefined) span.chunk = chunk;
  return span;
}
