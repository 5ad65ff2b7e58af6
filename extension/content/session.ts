/**
 * One active run of Dossier on a page: the full scan in idle-time chunks (a small main article
 * first and whole, then the rest), incremental re-linking of changed blocks, full rescans after
 * navigations, and the optional inline marks. `stop()` leaves the page as it found it.
 */
import { mainContent } from '../../src/text/extract.ts';
import { createIdleQueue, type Job } from './idle.ts';
import { InlineMarks } from './inline-marks.ts';
import { LatePlaces } from './late-places.ts';
import type { MarkPainter } from './paint.ts';
import { pageChanges, type PageChange } from './page-changes.ts';
import { MAIN_CHARS, scanJob, type LinkPiece } from './scanner.ts';
import { MentionStore } from './store.ts';
import type { PageMention } from './types.ts';

/** The settings a session follows live (see `Settings`). */
export interface SessionSettings {
  inlineMarks: boolean;
  unknownMarks: boolean;
}

export interface SessionOptions {
  doc: Document;
  link: LinkPiece;
  painter: MarkPainter;
  /** Called after the mentions changed (a chunk linked, a block re-linked, a rescan). */
  changed(): void;
  /** Called when every queued scan and re-link has finished (the page is fully marked for now). */
  settled?(): void;
}

/**
 * Characters of text under `root`, counted only up to `limit`: a live blog's <main> of 200,000
 * nodes is not read whole (as `textContent` would) just to learn that it is big.
 */
export function textLengthUpTo(root: Node, limit: number): number {
  const walker = (root.ownerDocument ?? (root as Document)).createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  let length = 0;
  while (length < limit && walker.nextNode()) length += (walker.currentNode as Text).data.length;
  return length;
}

/** Scanning, watching and marking for one page while Dossier is on. */
export class ScanSession {
  readonly store = new MentionStore();
  readonly marks = new InlineMarks();
  private readonly queue = createIdleQueue(
    (error) => console.warn('dossier: scan step failed', error),
    () => this.opts.settled?.(),
  );
  /** Unsubscribes from the page's mutation feed; set while the session runs. */
  private unwatch: (() => void) | null = null;
  private inline = false;
  /** Whether names the KB does not know are marked (the linker finds them either way). */
  private unknown = true;
  /** Where mentions found afterwards in earlier chunks of this pass sit. */
  private readonly late = new LatePlaces();
  /** Bumped by every full rescan and by stop(): a reply for an older pass is dropped on arrival. */
  private pass = 0;

  constructor(private readonly opts: SessionOptions) {}

  /** Scans the page and starts watching it. */
  start({ inlineMarks, unknownMarks }: SessionSettings): void {
    this.inline = inlineMarks;
    this.unknown = unknownMarks;
    this.unwatch = pageChanges(this.opts.doc).subscribe((change) => this.onChange(change));
    this.rescan();
  }

  /** Stops all work and takes every mark off (inline ones unwrapped). */
  stop(): void {
    this.pass += 1;
    this.opts.link.restart?.(() => undefined);
    this.queue.clear();
    this.quietly(() => this.marks.unwrapAll());
    this.unwatch?.();
    this.unwatch = null;
    this.opts.painter.clear();
    this.store.clear();
    this.opts.changed();
  }

  /** Follows changed settings: inline marks, unknown-name marks. */
  follow({ inlineMarks, unknownMarks }: SessionSettings): void {
    this.setInline(inlineMarks);
    this.setUnknownMarks(unknownMarks);
  }

  /** Marks names the KB does not know again (they are linked again) or takes their marks off. */
  private setUnknownMarks(on: boolean): void {
    if (on === this.unknown) return;
    this.unknown = on;
    if (on) return this.rescan();
    this.unmark(this.store.all().filter((m) => m.unknown));
  }

  /** Switches inline marks on (wraps what is linked so far) or off (unwraps, then relinks). */
  private setInline(on: boolean): void {
    if (on === this.inline) return;
    this.inline = on;
    if (on) {
      const all = this.store.all();
      this.opts.painter.remove(all);
      this.quietly(() => this.marks.wrap(all));
      this.opts.painter.add(all);
      this.opts.changed();
    } else {
      // Unwrapping moves the text the ranges point into: link it again from scratch.
      this.rescan();
    }
  }

  /**
   * Takes these mentions off the page (store and marks). Inline marks are not unwrapped one
   * by one: the page is linked again instead, the link function now suppressing these.
   */
  unmark(mentions: readonly PageMention[]): void {
    if (this.inline) return this.rescan();
    const gone = this.store.remove(mentions);
    if (!gone.length) return;
    this.late.forget(gone);
    this.opts.painter.remove(gone);
    this.opts.changed();
  }

  /** Drops everything and scans the whole page again. */
  rescan(): void {
    this.pass += 1;
    // Links the linker finds afterwards in earlier chunks of this pass (issue 14) join it.
    this.opts.link.restart?.(this.foundLate);
    this.late.clear();
    this.queue.clear();
    this.quietly(() => this.marks.unwrapAll());
    this.opts.painter.remove(this.store.clear());
    this.opts.changed();
    const body = this.opts.doc.body;
    if (!body) return;
    const main = mainContent(this.opts.doc);
    // A small article is linked whole and first, so references within it resolve; a big one
    // (a live blog's <main>) is just part of the page, read in chunks like the rest.
    const small = main !== null && main !== body && body.contains(main) && textLengthUpTo(main, MAIN_CHARS + 1) <= MAIN_CHARS;
    const found = this.foundInPass();
    if (small) this.queue.push(scanJob(main, this.opts.link, found, { firstChars: MAIN_CHARS }));
    this.queue.push(scanJob(body, this.opts.link, found, { exclude: small ? main : null }));
  }

  /** Late content: changed blocks are linked again, a burst or a navigation starts over. */
  private onChange({ roots, removed, full }: PageChange): void {
    if (full) return this.rescan();
    if (removed) this.drop(null);
    for (const root of roots) this.queue.push(this.relinkJob(root));
  }

  /** Re-links one subtree; its old mentions go when the job starts, after any scan queued first. */
  private relinkJob(root: Element): Job {
    let scan: Job | null = null;
    return () => {
      if (!scan) {
        this.drop(root);
        if (!root.isConnected) return true;
        scan = scanJob(root, this.opts.link, this.foundInPass());
      }
      return scan();
    };
  }

  private drop(root: Node | null): void {
    const gone = this.store.removeWithin(root);
    if (!gone.length) return;
    this.late.forget(gone);
    this.opts.painter.remove(gone);
    this.opts.changed();
  }

  /** `found` for the current pass only: replies that land after a rescan or stop are dropped. */
  private foundInPass(): (mentions: PageMention[]) => void {
    const pass = this.pass;
    return (mentions) => {
      if (pass === this.pass) this.found(mentions);
    };
  }

  /** A chunk's own mentions, less unknown names when they are switched off and any a mention found afterwards has replaced (late-places.ts). */
  private readonly found = (all: PageMention[]): void => {
    const kept = this.late.without(this.unknown ? all : all.filter((m) => !m.unknown));
    if (kept.length) this.paint(kept);
  };

  private paint(mentions: PageMention[]): void {
    this.store.insertRun(mentions);
    if (this.inline) this.quietly(() => this.marks.wrap(mentions));
    this.opts.painter.add(mentions);
    this.opts.changed();
  }

  /**
   * A mention found afterwards in an earlier chunk (issue 14): it takes the place of a mark
   * there ("Hollowell" on its own becomes "Jane Hollowell"); with inline marks on, an element
   * already wraps that mark, and it stays.
   */
  private readonly foundLate = (mention: PageMention): void => {
    if (mention.unknown && !this.unknown) return;
    const same = this.store.all().filter((m) => m.startNode === mention.startNode && m.startOffset === mention.startOffset);
    if (same.length && this.inline) return;
    if (same.length) this.opts.painter.remove(this.store.remove(same));
    this.late.add(mention);
    this.paint([mention]);
  };

  private quietly(fn: () => void): void {
    pageChanges(this.opts.doc).quietly(fn);
  }
}
