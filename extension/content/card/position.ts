/**
 * Places the card next to a mention with floating-ui, flipping and shifting so it never leaves
 * the viewport, and follows the mention while the page scrolls or resizes.
 */
import { autoUpdate, computePosition, flip, offset, shift, size, type VirtualElement } from '@floating-ui/dom';

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
    void computePosition(reference, card, {
      strategy: 'fixed',
      placement: 'bottom-start',
      middleware: [
        offset(6),
        flip({ padding: 8 }),
        shift({ padding: 8 }),
        // A long card scrolls inside itself rather than running off the bottom of the screen.
        size({ padding: 8, apply: ({ availableHeight }) => void (card.style.maxHeight = `${Math.max(120, availableHeight)}px`) }),
      ],
    }).then(({ x, y }) => {
      card.style.left = `${Math.round(x)}px`;
      card.style.top = `${Math.round(y)}px`;
    });
  };
  return autoUpdate(reference, card, update, { animationFrame: false });
}
