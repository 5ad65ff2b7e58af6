/**
 * Calls back (debounced) when the page's content changes after load: a late article body can
 * bring back a passage that was an orphan, and a rewritten one can move a drawn passage.
 * Changes inside Dossier's own `dossier-*` elements are ignored.
 */
const DEBOUNCE_MS = 700;

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

/** Watches `doc.body`; returns a function that stops watching. */
export function watchPage(doc: Document, onChange: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const observer = new MutationObserver((records) => {
    if (!records.some(isRelevant)) return;
    clearTimeout(timer);
    timer = setTimeout(onChange, DEBOUNCE_MS);
  });
  observer.observe(doc.body, { childList: true, characterData: true, subtree: true });
  return () => {
    clearTimeout(timer);
    observer.disconnect();
  };
}
