/**
 * Places the card next to a mention with floating-ui, shifting so it never leaves the viewport,
 * and follows the mention while the page scrolls or resizes. Above the name is preferred: below
 * it the card would cover the lines the reader is about to read.
 */
import { autoUpdate, computePosition, offset, shift, size, type VirtualElement } from '@floating-ui/dom';

/** Gap between the name and the card, and the margin kept to the viewport's edges. */
const GAP = 6;
const PADDING = 8;
/** Room for the head, a line of body and the actions, even beside a name at the screen's edge. */
const MIN_HEIGHT = 180;
/** Room above that holds the head, several lines of body and the actions: enough to stay above. */
const COMFORTABLE = 280;

/** A floating-ui reference built from a text range (there is no element to point at). */
function rangeReference(range: Range): VirtualElement {
  const parent = range.startContainer.parentElement ?? undefined;
  return {
    // The first line box, so a mention wrapped over two lines anchors to where the eye starts.
    getBoundingClientRect: () => range.getClientRects()[0] ?? range.getBoundingClientRect(),
    getClientRects: () => range.getClientRects(),
    contextElement: parent,
  };
}

/**
 * Above the name when the whole card fits there, or when there is room enough for a card whose
 * body scrolls (`COMFORTABLE`); else below when it fits there; else the side with more room.
 */
export function chooseSide(name: { top: number; bottom: number }, viewportHeight: number, cardHeight: number): 'top' | 'bottom' {
  const above = name.top - GAP - PADDING;
  const below = viewportHeight - name.bottom - GAP - PADDING;
  if (cardHeight <= above || above >= COMFORTABLE) return 'top';
  if (cardHeight <= below) return 'bottom';
  return above > below ? 'top' : 'bottom';
}

/** The card's height with nothing cut: measured, not reset, so a placement never flickers. */
function naturalHeight(card: HTMLElement): number {
  const body = card.querySelector<HTMLElement>('.body');
  return body ? card.offsetHeight - body.clientHeight + body.scrollHeight : card.scrollHeight;
}

/** Starts positioning `card` against `range`; returns a function that stops it. */
export function followRange(range: Range, card: HTMLElement): () => void {
  const reference = rangeReference(range);
  const update = (): void => {
    const { clientWidth, clientHeight: viewportHeight } = card.ownerDocument.documentElement;
    // 100vw in card.css counts a classic scrollbar (Firefox) as room; the card must not go under it.
    card.style.setProperty('--dossier-room', `${clientWidth - 2 * PADDING}px`);
    const side = chooseSide(reference.getBoundingClientRect(), viewportHeight, naturalHeight(card));
    void computePosition(reference, card, {
      strategy: 'fixed',
      placement: `${side}-start`,
      middleware: [
        offset(GAP),
        shift({ padding: PADDING }),
        // A long card scrolls its body rather than running off the screen (card.css keeps its
        // head, why-line and actions in view).
        size({ padding: PADDING, apply: ({ availableHeight }) => void (card.style.maxHeight = `${Math.max(MIN_HEIGHT, Math.floor(availableHeight))}px`) }),
      ],
    }).then(({ x, y }) => {
      card.style.left = `${Math.round(x)}px`;
      card.style.top = `${Math.round(y)}px`;
    });
  };
  return autoUpdate(reference, card, update, { animationFrame: false });
}
