/**
 * Per-page sessions in the linker Worker, keyed by tab, frame and page load. The router drops a
 * session when its tab closes or its page says it is gone, but a service worker can miss those
 * events (it may be asleep), so the table also forgets the least recently used pages beyond
 * `MAX_SESSIONS` and any page idle for `MAX_IDLE_MS`.
 */
import type { Linker, PageState } from '../../src/link/index.ts';
import type { UnknownPage } from '../../src/link/unknown/index.ts';

/** What the linker keeps about one page between its chunks. */
export interface PageSession {
  /** Chunks linked so far. */
  chunks: number;
  /** Entities linked on the page so far, with counts: the names in play. */
  entities: Map<string, number>;
  /**
   * The core's page state (names in play, the page's countries, surnames waiting for a full
   * name: src/link/page-state.ts, bounded there), and the linker it belongs to: a linker built
   * again for another entity set starts the page's state afresh.
   */
  page: { linker: Linker; state: PageState } | null;
  /** Names no KB entity explains found on the page so far (src/link/unknown/memory.ts, bounded there). */
  unknown: UnknownPage | null;
  lastUsed: number;
}

export const MAX_SESSIONS = 64;
export const MAX_IDLE_MS = 30 * 60 * 1000;

/** LRU table of page sessions. */
export class SessionTable {
  // A Map iterates in insertion order: re-inserting on use keeps the oldest first.
  private readonly sessions = new Map<string, PageSession>();

  constructor(private readonly now: () => number = Date.now) {}

  /** The session for `key`, created when new; marks it as used. */
  use(key: string): PageSession {
    const at = this.now();
    let session = this.sessions.get(key);
    if (session) this.sessions.delete(key);
    else session = { chunks: 0, entities: new Map(), page: null, unknown: null, lastUsed: at };
    session.lastUsed = at;
    this.sessions.set(key, session);
    // A new page in the same tab and frame ends the one before (a navigation the router missed).
    const frame = framePart(key);
    for (const other of this.sessions.keys()) if (other !== key && framePart(other) === frame) this.sessions.delete(other);
    this.evict(at);
    return session;
  }

  /** Forgets one page, or every page of a tab when `key` is `<tabId>:*`. */
  drop(key: string): void {
    if (!key.endsWith(':*')) {
      this.sessions.delete(key);
      return;
    }
    const tab = key.slice(0, -1);
    for (const other of this.sessions.keys()) if (other.startsWith(tab)) this.sessions.delete(other);
  }

  get size(): number {
    return this.sessions.size;
  }

  private evict(at: number): void {
    for (const [key, session] of this.sessions) {
      if (this.sessions.size <= MAX_SESSIONS && at - session.lastUsed <= MAX_IDLE_MS) break;
      this.sessions.delete(key);
    }
  }
}

/** `tabId:frameId:` of a session key. */
function framePart(key: string): string {
  const second = key.indexOf(':', key.indexOf(':') + 1);
  return key.slice(0, second + 1);
}
