/**
 * Places the card next to a mention with floating-ui, flipping and shifting so it never leaves
 * the viewport, and follows the mention while the page scrolls or resizes. Above the name is
 * preferred: below it the card would cover the lines the reader is about to read.
 */
import { autoUpdate, computePosition, flip, offset, shift, size, type VirtualElement } from '@floating-ui/dom';

/** Room for the head, a line of body and the actions, even beside a name at the screen's edge. */
const MIN_HEIGHT = 180;

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

/** Starts positioning `card` against `range`; returns a function that stops it. */
export function followRange(range: Range, card: HTMLElement): () => void {
  const reference = rangeReference(range);
  const update = (): void => {
    // Judge the sides by the card's whole height, not the cap the last placement left on it.
    card.style.maxHeight = '';
    void computePosition(reference, card, {
      strategy: 'fixed',
      placement: 'top-start',
      middleware: [
        offset(6),
        // Neither side fits whole: the side with more room, where the card then shrinks.
        flip({ padding: 8, fallbackPlacements: ['bottom-start'], fallbackStrategy: 'bestFit' }),
        shift({ padding: 8 }),
        // A long card scrolls its body rather than running off the screen (card.css keeps its
        // head, why-line and actions in view).
        size({ padding: 8, apply: ({ availableHeight }) => void (card.style.maxHeight = `${Math.max(MIN_HEIGHT, Math.floor(availableHeight))}px`) }),
      ],
    }).then(({ x, y }) => {
      card.style.left = `${Math.round(x)}px`;
      card.style.top = `${Math.round(y)}px`;
    });
  };
  return autoUpdate(reference, card, update, { animationFrame: false });
}
