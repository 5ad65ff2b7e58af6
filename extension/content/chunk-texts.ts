/**
 * The text maps of chunks the linker may still send links for (issue 14). The linker links a page
 * chunk by chunk with what earlier chunks showed; a surname whose full name comes in a later
 * chunk (a headline's "Kelin" before the article's "Andrei Kelin") is linked afterwards, in that
 * later chunk's reply, with offsets into its own chunk's text. So a chunk's map from text
 * offsets to DOM text nodes is kept while its reply is awaited, and afterwards only while the
 * linker says the chunk has such surnames waiting (spans of kind `waiting`): at most
 * `MAX_WAITING` chunks, the oldest forgotten first. A chunk read again (a rescan, a changed
 * block re-linked) supersedes the waiting chunk that held the same text nodes, so one surname
 * is never marked twice.
 */
import type { PageText } from '../../src/text/page-text.ts';

/** Waiting chunks kept at most per page. */
export const MAX_WAITING = 64;

/** Numbers a page's chunks and keeps the text maps of those links may still come for. */
export class ChunkTexts {
  private next = 0;
  private readonly open = new Map<number, PageText>();
  private readonly waiting = new Map<number, PageText>();
  /** The waiting chunk each text node was read in. */
  private readonly owner = new Map<Text, number>();

  /** Numbers a chunk about to be sent and keeps its map until `settle`. */
  send(pageText: PageText): number {
    for (const s of pageText.segments) {
      const earlier = this.owner.get(s.node);
      if (earlier !== undefined) this.forget(earlier);
    }
    const chunk = this.next++;
    this.open.set(chunk, pageText);
    return chunk;
  }

  /** The chunk's reply was handled: keep its map if surnames in it wait for a later full name. */
  settle(chunk: number, waiting: boolean): void {
    const pageText = this.open.get(chunk);
    this.open.delete(chunk);
    if (!pageText || !waiting) return;
    this.waiting.set(chunk, pageText);
    for (const s of pageText.segments) this.owner.set(s.node, chunk);
    if (this.waiting.size > MAX_WAITING) this.forget(this.waiting.keys().next().value as number);
  }

  /** The map of chunk `chunk`, if it is awaited or waiting. */
  textOf(chunk: number): PageText | undefined {
    return this.open.get(chunk) ?? this.waiting.get(chunk);
  }

  /** Forgets every map (a new pass): links for those chunks are no longer placed. */
  clear(): void {
    this.open.clear();
    this.waiting.clear();
    this.owner.clear();
  }

  /** Chunks whose maps are kept after their reply. */
  get size(): number {
    return this.waiting.size;
  }

  private forget(chunk: number): void {
    const pageText = this.waiting.get(chunk);
    if (!pageText) return;
    this.waiting.delete(chunk);
    for (const s of pageText.segments) if (this.owner.get(s.node) === chunk) this.owner.delete(s.node);
  }
}
