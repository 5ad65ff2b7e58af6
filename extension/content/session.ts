/**
 * One active run of Dossier on a page: the full scan in idle-time chunks (a small main article
 * first and whole, then the rest), incremental re-linking of changed blocks, full rescans after
 * navigations, and the optional inline marks. `stop()` leaves the page as it found it.
 */
import { mainContent } from '../../src/text/extract.ts';
import { createIdleQueue, type Job } from './idle.ts';
import { InlineMarks } from './inline-marks.ts';
import { LatePlaces } from './late-places.ts';
import type { Painter } from './paint.ts';
import { watchPage, type PageWatcher } from './rescan.ts';
import { MAIN_CHARS, scanJob, type LinkPiece } from './scanner.ts';
import { MentionStore } from './store.ts';
import type { PageMention } from './types.ts';

export interface SessionOptions {
  doc: Document;
  link: LinkPiece;
  painter: Painter;
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
  private watcher: PageWatcher | null = null;
  private inline = false;
  /** Where mentions found afterwards in earlier chunks of this pass sit. */
  private readonly late = new LatePlaces();
  /** Bumped by every full rescan and by stop(): a reply for an older pass is dropped on arrival. */
  private pass = 0;

  constructor(private readonly opts: SessionOptions) {}

  /** Scans the page and starts watching it. */
  start(inline: boolean): void {
    this.inline = inline;
    this.watcher = watchPage(this.opts.doc, {
      relink: (roots, removed) => this.relink(roots, removed),
      rescan: () => this.rescan(),
    });
    this.rescan();
  }

  /** Stops all work and removes every mark and highlight. */
  stop(): void {
    this.pass += 1;
    this.opts.link.restart?.(() => undefined);
    this.queue.clear();
    this.quietly(() => this.marks.unwrapAll());
    this.watcher?.stop();
    this.watcher = null;
    this.opts.painter.clear();
    this.store.clear();
    this.opts.changed();
  }

  /** Switches inline marks on (wraps what is linked so far) or off (unwraps, then relinks). */
  setInline(on: boolean): void {
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
   * Takes these mentions off the page (store and highlights). Inline marks are not unwrapped one
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

  private relink(roots: Element[], removed: boolean): void {
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

  /** A chunk's own mentions, less any a mention found afterwards has replaced (late-places.ts). */
  private readonly found = (mentions: PageMention[]): void => {
    const kept = this.late.without(mentions);
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
    const same = this.store.all().filter((m) => m.startNode === mention.startNode && m.startOffset === mention.startOffset);
    if (same.length && this.inline) return;
    if (same.length) this.opts.painter.remove(this.store.remove(same));
    this.late.add(mention);
    this.paint([mention]);
  };

  private quietly(fn: () => void): void {
    if (this.watcher) this.watcher.quietly(fn);
    else fn();
  }
}
