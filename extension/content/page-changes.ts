/**
 * The one mutation feed of a page: a single MutationObserver per document, shared by everything
 * in the content script that follows late content (the mention scanner re-links changed blocks;
 * saved highlights are re-anchored). As in Dark Reader's shared tree observer, records are only
 * collected while they come; once the page has been quiet for a moment they are read at idle
 * time into one `PageChange` for every subscriber, and a burst too big to read record by record
 * (or a History API navigation) becomes one `full` change: start over.
 * The observer runs only while someone subscribes.
 */
import { classify, readRecords, type PageChange } from './change-records.ts';

export type { PageChange } from './change-records.ts';

/** Records are read once the page has been quiet this long… */
const QUIET_MS = 400;
/** …or at the latest this long after the first unread one (a page that never stops changing). */
const MAX_WAIT_MS = 3000;
/** An idle callback still runs after this long on a page that is never idle. */
const IDLE_TIMEOUT_MS = 1000;
/** More records than this before a flush: a full rescan instead of reading them one by one. */
export const BURST = 500;

export interface PageChanges {
  /** Calls `listener` with each batch of changes; returns the unsubscribe function. */
  subscribe(listener: (change: PageChange) => void): () => void;
  /**
   * Runs `fn` (Dossier's own DOM changes, such as inline marks) without those changes being read
   * as the page's: subscribers get only `own: true` for them.
   */
  quietly<T>(fn: () => T): T;
}

const feeds = new WeakMap<Document, PageChanges>();

/** The mutation feed of `doc` (one per document, whoever asks). */
export function pageChanges(doc: Document): PageChanges {
  let feed = feeds.get(doc);
  if (!feed) feeds.set(doc, (feed = createFeed(doc)));
  return feed;
}

function createFeed(doc: Document): PageChanges {
  const listeners = new Set<(change: PageChange) => void>();
  let records: MutationRecord[] = [];
  let count = 0;
  let navigated = false;
  let edited = false;
  let own = false;
  let href = doc.location.href;
  let firstAt = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let idle: (() => void) | undefined;
  const win = doc.defaultView ?? window;

  const flush = (): void => {
    idle = undefined;
    const change: PageChange = navigated || count > BURST
      ? { roots: [], removed: false, edited, full: true, own }
      : { ...readRecords(records), edited, full: false, own };
    records = [];
    count = 0;
    navigated = edited = own = false;
    firstAt = 0;
    for (const listener of [...listeners]) listener(change);
  };
  const schedule = (): void => {
    if (idle) return; // already waiting for an idle period: the records join that flush
    const now = performance.now();
    firstAt ||= now;
    clearTimeout(timer);
    // A burst waits for quiet whatever the wait so far: one rescan after a storm, not one a few seconds.
    const wait = count > BURST ? QUIET_MS : Math.max(0, Math.min(QUIET_MS, firstAt + MAX_WAIT_MS - now));
    timer = setTimeout(() => {
      timer = undefined;
      idle = onIdle(flush);
    }, wait);
  };

  const take = (batch: MutationRecord[]): void => {
    const before = count + Number(edited);
    for (const record of batch) {
      // Past a burst a full rescan is coming anyway: counting is all that is left to do, and
      // looking at each of a huge batch's records (ancestors, editors) would be a long task.
      if (count > BURST) {
        count += 1;
        continue;
      }
      const whose = classify(record);
      if (whose === 'edited') edited = true;
      if (whose !== 'page') continue;
      records.push(record);
      count += 1;
    }
    // Checked on every batch: a pushState navigation comes with DOM changes, and no page API is patched.
    if (doc.location.href !== href) {
      href = doc.location.href;
      navigated = true;
    }
    if (navigated || count + Number(edited) !== before) schedule();
  };
  const observer = new MutationObserver(take);
  const onPop = (): void => take([]);

  const start = (): void => {
    observer.observe(doc.documentElement, { childList: true, characterData: true, subtree: true });
    win.addEventListener('popstate', onPop);
    href = doc.location.href;
  };
  const stop = (): void => {
    observer.disconnect();
    win.removeEventListener('popstate', onPop);
    clearTimeout(timer);
    idle?.();
    timer = idle = undefined;
    records = [];
    count = firstAt = 0;
    navigated = edited = own = false;
  };

  return {
    subscribe(listener) {
      if (!listeners.size) start();
      listeners.add(listener);
      return () => {
        if (listeners.delete(listener) && !listeners.size) stop();
      };
    },
    quietly(fn) {
      if (!listeners.size) return fn();
      // Page changes already queued are still read; only our own changes are set apart.
      take(observer.takeRecords());
      try {
        return fn();
      } finally {
        if (observer.takeRecords().length) {
          own = true;
          schedule();
        }
      }
    },
  };
}

/** Runs `fn` in an idle period (a timer where there are none); returns its cancel. */
function onIdle(fn: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(() => fn(), { timeout: IDLE_TIMEOUT_MS });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(fn, 1);
  return () => clearTimeout(id);
}
