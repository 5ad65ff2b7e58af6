/**
 * Accessible inline mode: wraps each mention in `<dossier-mark role="button" tabindex="0">` so
 * screen readers and the Tab key reach it. The only part of Dossier that changes the page's DOM,
 * so it keeps a log of every text node it split and, when switched off, unwraps the marks and
 * joins exactly those splits again: the page serialises byte-identically afterwards.
 */
import { typeLabel } from '../shared/i18n.ts';
import { rangeOf } from './mention-place.ts';
import type { PageMention } from './types.ts';

export const MARK_TAG = 'dossier-mark';

interface Split {
  left: Text;
  right: Text;
}

/** Wraps and unwraps mentions; remembers which mark stands for which mention. */
export class InlineMarks {
  private readonly splits: Split[] = [];
  private readonly marks = new Set<Element>();
  private readonly byMark = new WeakMap<Element, PageMention>();

  /** The mention a mark (or a node inside one) stands for. */
  mentionAt(node: EventTarget | null): PageMention | null {
    const el = node instanceof Element ? node.closest(MARK_TAG) : null;
    return el ? (this.byMark.get(el) ?? null) : null;
  }

  /**
   * Wraps `mentions` (in document order). Each mention's place is moved to the text in its
   * marks, since splitting the text it pointed into leaves it in other nodes.
   */
  wrap(mentions: readonly PageMention[]): void {
    // Last first: splitting a text node keeps the text before the split in the node, where the
    // places of the mentions before it point.
    for (let i = mentions.length - 1; i >= 0; i--) this.wrapOne(mentions[i] as PageMention);
  }

  /** Unwraps every mark and joins the text nodes split for them. */
  unwrapAll(): void {
    for (const mark of this.marks) {
      if (mark.parentNode) mark.replaceWith(...mark.childNodes);
    }
    this.marks.clear();
    // Undo splits newest first, each only if its two halves are still side by side.
    for (const { left, right } of this.splits.splice(0).reverse()) {
      if (left.nextSibling === right) {
        left.appendData(right.data);
        right.remove();
      }
    }
  }

  private wrapOne(m: PageMention): void {
    const start = m.startNode;
    const wrapped = start.parentElement?.localName === MARK_TAG ? start.parentElement : null;
    if (wrapped) {
      // Re-linked text inside an existing mark: the mark now stands for the new mention.
      if (wrapped.hasAttribute('role')) this.byMark.set(wrapped, m);
      return;
    }
    const pieces = this.piecesOf(m);
    if (!pieces.length) return;
    const doc = start.ownerDocument ?? document;
    const made = pieces.map((piece, i) => {
      const mark = doc.createElement(MARK_TAG);
      if (i === 0) {
        mark.setAttribute('role', 'button');
        mark.setAttribute('tabindex', '0');
        mark.setAttribute('aria-label', `${m.entityName} — ${typeLabel(m.entityType)}`);
        this.byMark.set(mark, m);
      }
      piece.before(mark);
      mark.append(piece);
      this.marks.add(mark);
      return mark;
    });
    const last = made[made.length - 1]?.firstChild as Text;
    m.startNode = made[0]?.firstChild as Text;
    m.startOffset = 0;
    m.endNode = last;
    m.endOffset = last.length;
  }

  /** Splits the text so the mention covers whole text nodes; returns those nodes. */
  private piecesOf(m: PageMention): Text[] {
    const { startNode: start, endNode: end, startOffset, endOffset } = m;
    const texts: Text[] = [];
    if (start === end) {
      texts.push(this.cut(this.cut(start, endOffset, false), startOffset, true));
      return texts;
    }
    const walker = (start.ownerDocument ?? document).createTreeWalker(rangeOf(m).commonAncestorContainer, NodeFilter.SHOW_TEXT);
    const inner: Text[] = [];
    walker.currentNode = start;
    for (let n = walker.nextNode(); n && n !== end; n = walker.nextNode()) if ((n as Text).data.trim()) inner.push(n as Text);
    const first = this.cut(start, startOffset, true);
    const lastPiece = this.cut(end, endOffset, false);
    return [first, ...inner, lastPiece].filter((t) => t.data.length > 0);
  }

  /** Splits `text` at `offset`; returns the part kept (`after`: the right part, else the left). */
  private cut(text: Text, offset: number, after: boolean): Text {
    // Nothing to split off at either end: the whole node is the part kept.
    if (offset <= 0 || offset >= text.length) return text;
    const right = text.splitText(offset);
    this.splits.push({ left: text, right });
    return after ? right : text;
  }
}
