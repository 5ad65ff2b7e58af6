/**
 * The page's mentions in document order. Chunks and re-linked blocks arrive in any order, each
 * a run of mentions that is contiguous in the document, so a run is placed with one binary
 * search instead of re-sorting everything.
 */
import { isAttached, startsBefore as before } from './mention-place.ts';
import type { PageMention } from './types.ts';

/** Ordered mention list with run insertion and removal by subtree. */
export class MentionStore {
  private list: PageMention[] = [];

  /**
   * Every mention, in document order. The store's own array, changed in place as runs arrive
   * (a copy per chunk was 100,000 mentions copied thousands of times on a 10 MB page): copy it
   * to keep a snapshot.
   */
  all(): readonly PageMention[] {
    return this.list;
  }

  /** Adds a run of mentions that are in document order and contiguous in the page. */
  insertRun(run: readonly PageMention[]): void {
    const first = run[0];
    if (!first) return;
    const list = this.list;
    let lo = 0;
    let hi = list.length;
    // Fast path: chunks of one pass arrive in order.
    const last = list[hi - 1];
    if (last && before(last, first)) lo = hi;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (before(list[mid] as PageMention, first)) lo = mid + 1;
      else hi = mid;
    }
    if (lo === list.length) for (const m of run) list.push(m);
    else list.splice(lo, 0, ...run);
  }

  /** Removes mentions inside `root` and mentions whose text left the page; returns them. */
  removeWithin(root: Node | null): PageMention[] {
    const removed: PageMention[] = [];
    const kept: PageMention[] = [];
    for (const m of this.list) {
      const gone = !isAttached(m) || (root !== null && root.contains(m.startNode));
      (gone ? removed : kept).push(m);
    }
    if (removed.length) this.list = kept;
    return removed;
  }

  /** Removes these mentions; returns those that were there. */
  remove(mentions: readonly PageMention[]): PageMention[] {
    const gone = new Set(mentions);
    const removed = this.list.filter((m) => gone.has(m));
    if (removed.length) this.list = this.list.filter((m) => !gone.has(m));
    return removed;
  }

  /** Removes everything; returns what was there. */
  clear(): PageMention[] {
    const all = this.list;
    this.list = [];
    return all;
  }
}
