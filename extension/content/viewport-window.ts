/**
 * Keeps only the marks near the viewport registered in their CSS highlights, for pages with many.
 * Chromium re-validates every registered range on each frame in which a CSS highlight (or the
 * page's DOM) changed, so with tens of thousands of ranges every repaint during a scan cost
 * 50–110 ms; with a few hundred near the viewport it costs next to nothing. An
 * IntersectionObserver on each mention's block (a paragraph, a list item) says which blocks are
 * within `MARGIN` of the viewport; their mentions are shown, the others hidden, as the reader
 * scrolls. The DOM is only observed, never changed.
 */
import { isBlock } from '../../src/text/extract.ts';
import type { PageMention } from './types.ts';

/** How far above and below the viewport mentions stay registered (of the viewport's height). */
const MARGIN = '150% 0px';
/** Blocks too large to stand for one mention's place: their text's own parent is used instead. */
const TOO_LARGE = new Set(['BODY', 'HTML', 'MAIN', 'ARTICLE', 'SECTION']);

interface Block {
  mentions: Set<PageMention>;
  /** Whether the block is near the viewport (its mentions registered). */
  near: boolean;
}

/** The element whose place on screen stands for `mention`'s, or null if its text left the page. */
export function anchorOf(mention: PageMention): Element | null {
  const parent = mention.startNode.parentElement;
  for (let el = parent; el; el = el.parentElement) {
    if (isBlock(el)) return TOO_LARGE.has(el.tagName.toUpperCase()) ? parent : el;
  }
  return parent;
}

/** Shows and hides mentions as their blocks come near the viewport and leave it. */
export class ViewportWindow {
  private readonly blocks = new Map<Element, Block>();
  private readonly anchors = new Map<PageMention, Element>();
  private readonly observer: IntersectionObserver;

  constructor(
    private readonly show: (mentions: PageMention[]) => void,
    private readonly hide: (mentions: PageMention[]) => void,
  ) {
    this.observer = new IntersectionObserver((entries) => this.update(entries), { rootMargin: MARGIN });
  }

  /**
   * Tracks `mentions`. `shown` says they are registered already (kept until the observer's
   * first report says otherwise); new ones wait for it unless their block is known to be near.
   */
  add(mentions: readonly PageMention[], shown = false): void {
    const showNow: PageMention[] = [];
    const hideNow: PageMention[] = [];
    for (const mention of mentions) {
      const anchor = anchorOf(mention);
      if (!anchor) continue;
      let block = this.blocks.get(anchor);
      if (!block) {
        block = { mentions: new Set(), near: shown };
        this.blocks.set(anchor, block);
        this.observer.observe(anchor);
      }
      block.mentions.add(mention);
      this.anchors.set(mention, anchor);
      if (block.near !== shown) (shown ? hideNow : showNow).push(mention);
    }
    if (hideNow.length) this.hide(hideNow);
    if (showNow.length) this.show(showNow);
  }

  /** Stops tracking `mentions` (the caller unregisters them). */
  remove(mentions: readonly PageMention[]): void {
    for (const mention of mentions) {
      const anchor = this.anchors.get(mention);
      if (!anchor) continue;
      this.anchors.delete(mention);
      const block = this.blocks.get(anchor);
      block?.mentions.delete(mention);
      if (block && block.mentions.size === 0) {
        this.blocks.delete(anchor);
        this.observer.unobserve(anchor);
      }
    }
  }

  /** Stops observing and forgets every mention. */
  stop(): void {
    this.observer.disconnect();
    this.blocks.clear();
    this.anchors.clear();
  }

  private update(entries: IntersectionObserverEntry[]): void {
    // Only the latest report per block counts; one batch per frame at most.
    const latest = new Map<Element, boolean>();
    for (const entry of entries) latest.set(entry.target, entry.isIntersecting);
    const shown: PageMention[] = [];
    const hidden: PageMention[] = [];
    for (const [anchor, near] of latest) {
      const block = this.blocks.get(anchor);
      if (!block || block.near === near) continue;
      block.near = near;
      const into = near ? shown : hidden;
      for (const mention of block.mentions) into.push(mention);
    }
    if (hidden.length) this.hide(hidden);
    if (shown.length) this.show(shown);
  }
}
