/**
 * The page's mentions in document order. Chunks and re-linked blocks arrive in any order, each
 * a run of mentions that is contiguous in the document, so a run is placed with one binary
 * search instead of re-sorting everything.
 */
import type { PageMention } from './types.ts';

const FOLLOWING = 4; // Node.DOCUMENT_POSITION_FOLLOWING, without needing a DOM global in tests.

/** True if `a` starts before `b` in the document. */
function before(a: PageMention, b: PageMention): boolean {
  const x = a.range.startContainer;
  const y = b.range.startContainer;
  if (x === y) return a.range.startOffset < b.range.startOffset;
  return (x.compareDocumentPosition(y) & FOLLOWING) !== 0;
}

/** True if the mention's text is still in the document. */
function attached(m: PageMention): boolean {
  return m.range.startContainer.isConnected && m.range.endContainer.isConnected && !m.range.collapsed;
}

/** Ordered mention list with run insertion and removal by subtree. */
export class MentionStore {
  private list: PageMention[] = [];

  /** Every mention, in document order (the same array until the next change). */
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
    this.list = [...list.slice(0, lo), ...run, ...list.slice(lo)];
  }

  /** Removes mentions inside `root` and mentions whose text left the page; returns them. */
  removeWithin(root: Node | null): PageMention[] {
    const removed: PageMention[] = [];
    const kept: PageMention[] = [];
    for (const m of this.list) {
      const gone = !attached(m) || (root !== null && root.contains(m.range.startContainer));
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
