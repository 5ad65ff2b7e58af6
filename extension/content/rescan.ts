/**
 * Watches the page for late content. A debounced MutationObserver collects the blocks whose text
 * changed and hands them on for re-linking (incremental); a burst of mutations or a History API
 * navigation (the URL changed: a single-page app swapped its article) asks for one full rescan.
 * Mutations inside Dossier's own `dossier-*` UI and inside editors and form fields cause no
 * work at all: typing in a rich-text editor must not re-link anything.
 */
import { isBlock } from '../../src/text/extract.ts';

const DEBOUNCE_MS = 400;
/** More relevant mutations than this in one debounce window: rescan everything once instead. */
export const BURST = 500;

export interface ChangeHandlers {
  /** Re-link these subtrees (connected, none inside another); removed text is handled too. */
  relink(roots: Element[], removed: boolean): void;
  /** Start over: the page changed too much, or navigated. */
  rescan(): void;
}

export interface PageWatcher {
  /** Runs `fn` (Dossier's own DOM changes) without those changes being seen as page changes. */
  quietly<T>(fn: () => T): T;
  stop(): void;
}

/** True if the node sits inside an element Dossier put in the page (its inline marks excepted). */
function isOurs(el: Element | null): boolean {
  for (; el; el = el.parentElement) {
    if (el.localName.startsWith('dossier-') && el.localName !== 'dossier-mark') return true;
  }
  return false;
}

/** True inside a contenteditable region, a text field or a custom textbox. */
export function isEditable(el: Element | null): boolean {
  if (!el) return false;
  if ((el as HTMLElement).isContentEditable) return true;
  return el.closest('textarea, input, [role="textbox"], [contenteditable]:not([contenteditable="false"])') !== null;
}

function elementOf(node: Node): Element | null {
  return node.nodeType === 1 ? (node as Element) : node.parentElement;
}

/** The nearest block element holding `el` (itself included): the unit of re-linking. */
function blockOf(el: Element | null): Element | null {
  let at = el;
  while (at && !isBlock(at)) at = at.parentElement;
  return at ?? el;
}

/** Drops roots inside other roots and roots no longer in the page. */
function outermost(roots: Set<Element>): Element[] {
  return [...roots].filter((root) => {
    if (!root.isConnected) return false;
    for (let up = root.parentElement; up; up = up.parentElement) if (roots.has(up)) return false;
    return true;
  });
}

/** Starts watching `doc`; `handlers` are called after the debounce. */
export function watchPage(doc: Document, handlers: ChangeHandlers): PageWatcher {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let dirty = new Set<Element>();
  let count = 0;
  let removed = false;
  let navigated = false;
  let href = doc.location.href;

  const flush = (): void => {
    timer = undefined;
    const roots = outermost(dirty);
    const full = navigated || count > BURST;
    const anyRemoved = removed;
    dirty = new Set();
    count = 0;
    removed = false;
    navigated = false;
    if (full) handlers.rescan();
    else if (roots.length || anyRemoved) handlers.relink(roots, anyRemoved);
  };
  const later = (): void => {
    clearTimeout(timer);
    timer = setTimeout(flush, DEBOUNCE_MS);
  };

  const note = (record: MutationRecord): void => {
    // Past a burst a full rescan is coming anyway: counting is all that is left to do, and
    // looking up each of a huge batch's records (ancestors, editors, blocks) is a long task.
    if (count > BURST) {
      count += 1;
      return;
    }
    const target = elementOf(record.target);
    if (isOurs(target) || isEditable(target)) return;
    count += 1;
    if (record.type === 'characterData') {
      const block = blockOf(target);
      if (block) dirty.add(block);
      return;
    }
    if (record.removedNodes.length) removed = true;
    for (const node of record.addedNodes) {
      const el = node.nodeType === 1 ? (node as Element) : null;
      if (el?.localName.startsWith('dossier-')) continue;
      // An added block is re-linked alone; added inline content re-links its block.
      const root = el && isBlock(el) ? el : blockOf(target);
      if (root) dirty.add(root);
    }
  };

  const onRecords = (records: MutationRecord[]): void => {
    const before = count + dirty.size + Number(removed);
    for (const record of records) note(record);
    // Checked on every batch: a pushState navigation comes with DOM changes, and no page API is patched.
    if (doc.location.href !== href) {
      href = doc.location.href;
      navigated = true;
    }
    if (navigated || count + dirty.size + Number(removed) !== before) later();
  };
  const observer = new MutationObserver(onRecords);
  observer.observe(doc.documentElement, { childList: true, characterData: true, subtree: true });
  const onPop = (): void => {
    if (doc.location.href === href) return;
    href = doc.location.href;
    navigated = true;
    later();
  };
  const win = doc.defaultView ?? window;
  win.addEventListener('popstate', onPop);

  return {
    quietly(fn) {
      // Page changes already queued are still seen; only our own changes are dropped.
      onRecords(observer.takeRecords());
      try {
        return fn();
      } finally {
        observer.takeRecords();
      }
    },
    stop() {
      clearTimeout(timer);
      observer.disconnect();
      win.removeEventListener('popstate', onPop);
    },
  };
}
