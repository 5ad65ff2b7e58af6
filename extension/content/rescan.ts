/**
 * Rescans when the page's text changes after load (late article bodies, infinite scroll),
 * debounced, ignoring changes inside Dossier's own `dossier-*` elements (the card host).
 */

const DEBOUNCE_MS = 600;

/** True if the node is, or sits inside, an element Dossier put in the page. */
function isOurs(node: Node): boolean {
  for (let el: Element | null = node instanceof Element ? node : node.parentElement; el; el = el.parentElement) {
    if (el.localName.startsWith('dossier-')) return true;
  }
  return false;
}

function isRelevant(record: MutationRecord): boolean {
  if (isOurs(record.target)) return false;
  if (record.type === 'characterData') return true;
  return [...record.addedNodes, ...record.removedNodes].some((node) => !isOurs(node));
}

/** Calls `onChange` (debounced) after page text changes; returns a function that stops watching. */
export function watchForChanges(onChange: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const observer = new MutationObserver((records) => {
    if (!records.some(isRelevant)) return;
    clearTimeout(timer);
    timer = setTimeout(onChange, DEBOUNCE_MS);
  });
  observer.observe(document.body, { childList: true, characterData: true, subtree: true });
  return () => {
    clearTimeout(timer);
    observer.disconnect();
  };
}
