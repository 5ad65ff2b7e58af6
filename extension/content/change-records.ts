/**
 * Reads a batch of MutationRecords into what changed for Dossier: the blocks whose text changed
 * or that were added (the unit of re-linking), whether anything was removed, and whether an
 * editor or form field changed. Mutations inside Dossier's own `dossier-*` UI are no change at
 * all; those inside editors and form fields only set `edited` (typing in a rich-text editor
 * must not re-link anything, but a saved passage there may have moved).
 */
import { isBlock } from '../../src/text/extract.ts';

/** One batch of page changes, as every subscriber of the mutation feed (page-changes.ts) gets it. */
export interface PageChange {
  /** Blocks to read again: connected, none inside another. */
  roots: Element[];
  /** Some page content was removed. */
  removed: boolean;
  /** An editor or form field changed (not a reason to re-link; a reason to re-anchor). */
  edited: boolean;
  /** Too much changed at once, or the page navigated: start over. `roots` is then empty. */
  full: boolean;
  /** Dossier changed the page itself (inline marks): text nodes moved, nothing to re-link. */
  own: boolean;
}

/** True for an element Dossier put in the page (its inline marks hold page text, so they are not). */
const isOwnElement = (node: Node): boolean =>
  node.nodeType === 1 && (node as Element).localName.startsWith('dossier-') && (node as Element).localName !== 'dossier-mark';

/** True if the node sits inside an element Dossier put in the page. */
function isOurs(el: Element | null): boolean {
  for (; el; el = el.parentElement) if (isOwnElement(el)) return true;
  return false;
}

/** True inside a contenteditable region, a text field or a custom textbox. */
function isEditable(el: Element | null): boolean {
  if (!el) return false;
  if ((el as HTMLElement).isContentEditable) return true;
  return el.closest('textarea, input, [role="textbox"], [contenteditable]:not([contenteditable="false"])') !== null;
}

function elementOf(node: Node): Element | null {
  return node.nodeType === 1 ? (node as Element) : node.parentElement;
}

/** The nearest block element holding `el` (itself included). */
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

/** Whose change a record is: Dossier's own UI, an editor's or form field's, or the page's. */
export function classify(record: MutationRecord): 'ours' | 'edited' | 'page' {
  const target = elementOf(record.target);
  if (isOurs(target)) return 'ours';
  if (isEditable(target)) return 'edited';
  if (record.type === 'characterData') return 'page';
  // Dossier adding or removing its own UI (the card's host, a toast) is not a page change.
  const nodes = [...record.addedNodes, ...record.removedNodes];
  return nodes.length && nodes.every(isOwnElement) ? 'ours' : 'page';
}

/** The blocks the page's own records (`classify` gave 'page') changed, and whether any removed content. */
export function readRecords(records: readonly MutationRecord[]): Pick<PageChange, 'roots' | 'removed'> {
  const dirty = new Set<Element>();
  let removed = false;
  for (const record of records) {
    const target = elementOf(record.target);
    if (record.type === 'characterData') {
      const block = blockOf(target);
      if (block) dirty.add(block);
      continue;
    }
    if ([...record.removedNodes].some((node) => !isOwnElement(node))) removed = true;
    for (const node of record.addedNodes) {
      if (isOwnElement(node)) continue;
      // An added block is re-read alone; added inline content re-reads its block.
      const el = node.nodeType === 1 ? (node as Element) : null;
      const root = el && isBlock(el) ? el : blockOf(target);
      if (root) dirty.add(root);
    }
  }
  return { roots: outermost(dirty), removed };
}
