/**
 * Mentions keep their place as plain boundary points (no live Range): order, "still on the
 * page" and the card's point test work from those fields, and the store keeps document order
 * when runs arrive out of order.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { holdsPoint, isAttached, startsBefore } from '../../../extension/content/mention-place.ts';
import { MentionStore } from '../../../extension/content/store.ts';
import type { PageMention } from '../../../extension/content/types.ts';

function page() {
  const { document } = parseHTML('<html><body><p id="a">Dominic Raab met <b>Sergei</b> Lavrov.</p><p id="b">APT29 again.</p></body></html>');
  const a = document.getElementById('a') as unknown as HTMLElement;
  const text = (node: ChildNode | null | undefined): Text => node as Text;
  return {
    document: document as unknown as Document,
    raab: text(a.firstChild), // "Dominic Raab met "
    sergei: text(a.querySelector('b')?.firstChild), // "Sergei"
    lavrov: text(a.lastChild), // " Lavrov."
    apt: text(document.getElementById('b')?.firstChild as unknown as ChildNode), // "APT29 again."
  };
}

/** A mention over the given boundary points (linking fields are not what is tested here). */
function at(startNode: Text, startOffset: number, endNode: Text, endOffset: number, entityId = 'e'): PageMention {
  return {
    start: 0, end: 0, quote: '', entityId, entityName: entityId, entityType: 'person', confidence: 1, how: 'exact', explanation: '',
    startNode, startOffset, endNode, endOffset,
  };
}

describe('mention places', () => {
  it('orders by start, within a node and across nodes', () => {
    const { raab, sergei, lavrov } = page();
    const dominic = at(raab, 0, raab, 12);
    const lavrovAcross = at(sergei, 0, lavrov, 7);
    expect(startsBefore(dominic, lavrovAcross)).toBe(true);
    expect(startsBefore(lavrovAcross, dominic)).toBe(false);
    expect(startsBefore(at(raab, 8, raab, 12), dominic)).toBe(false);
  });

  it('is attached while its text is in the page, not after it is removed or shortened', () => {
    const { document, raab, apt } = page();
    const dominic = at(raab, 0, raab, 12);
    expect(isAttached(dominic)).toBe(true);
    expect(isAttached(at(raab, 3, raab, 3))).toBe(false);
    raab.data = 'Raab';
    expect(isAttached(dominic)).toBe(false);
    const apt29 = at(apt, 0, apt, 5);
    document.getElementById('b')?.remove();
    expect(isAttached(apt29)).toBe(false);
  });

  it('holds the points from its start to its end, ends included, also across nodes', () => {
    const { raab, lavrov, apt } = page();
    const raabOnly = at(raab, 8, raab, 12);
    expect([7, 8, 10, 12, 13].map((o) => holdsPoint(raabOnly, raab, o))).toEqual([false, true, true, true, false]);
    expect(holdsPoint(raabOnly, apt, 10)).toBe(false);
    const across = at(raab, 17, lavrov, 7); // "Sergei Lavrov", starting in the text before <b>
    expect(holdsPoint(across, raab, 16)).toBe(false);
    // A node between the two ends (inside <b>) is asked of compareDocumentPosition, which
    // linkedom gets wrong for a node inside an element against the element's next sibling:
    // the e2e card test hovers such a mention in Chromium (wrong-link.html, "Dominic <b>Raab</b>").
    expect(holdsPoint(across, lavrov, 7)).toBe(true);
    expect(holdsPoint(across, lavrov, 8)).toBe(false);
    expect(holdsPoint(across, apt, 0)).toBe(false);
  });
});

describe('MentionStore', () => {
  it('keeps document order when runs arrive out of order, and drops what left the page', () => {
    const { document, raab, lavrov, apt } = page();
    const store = new MentionStore();
    const dominic = at(raab, 0, raab, 12, 'raab');
    const lavrovM = at(lavrov, 1, lavrov, 7, 'lavrov');
    const apt29 = at(apt, 0, apt, 5, 'apt29');
    store.insertRun([apt29]);
    store.insertRun([dominic]);
    store.insertRun([lavrovM]);
    expect(store.all().map((m) => m.entityId)).toEqual(['raab', 'lavrov', 'apt29']);
    document.getElementById('b')?.remove();
    expect(store.removeWithin(null)).toEqual([apt29]);
    expect(store.removeWithin(document.getElementById('a') as unknown as Node).map((m) => m.entityId)).toEqual(['raab', 'lavrov']);
    expect(store.all()).toEqual([]);
  });
});
