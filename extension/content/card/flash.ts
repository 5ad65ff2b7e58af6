/**
 * Briefly outlines a range with boxes drawn inside the card's shadow root: no page styles,
 * no change to the page's DOM, and it works under any CSP.
 */
export const FLASH_MS = 1200;

/** Draws one box per line box of `range`; removes them after `ms`. Returns an early remover. */
export function flashRange(layer: ShadowRoot | HTMLElement, range: Range, ms = FLASH_MS): () => void {
  const doc = range.startContainer.ownerDocument ?? document;
  const boxes = Array.from(range.getClientRects(), (rect) => {
    const box = doc.createElement('div');
    box.className = 'dossier-flash';
    box.setAttribute('aria-hidden', 'true');
    Object.assign(box.style, {
      left: `${rect.left - 2}px`,
      top: `${rect.top - 1}px`,
      width: `${rect.width + 4}px`,
      height: `${rect.height + 2}px`,
    });
    return box;
  });
  layer.append(...boxes);
  const remove = (): void => boxes.forEach((b) => b.remove());
  const timer = setTimeout(remove, ms);
  return () => {
    clearTimeout(timer);
    remove();
  };
}

/** Scrolls a range's element into the middle of the viewport, without smooth-scroll delays. */
export function scrollToRange(range: Range): void {
  const node = range.startContainer;
  const element = node instanceof Element ? node : node.parentElement;
  element?.scrollIntoView({ block: 'center', inline: 'nearest', behavior: 'instant' });
}
