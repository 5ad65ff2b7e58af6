import { parseHTML } from 'linkedom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BURST, pageChanges, type PageChange } from '../../../extension/content/page-changes.ts';

/**
 * Node has no MutationObserver that reports like a browser's, so the browser's side is played
 * here: `deliver` hands records to every observer as the browser would, `pending` is what
 * takeRecords() returns. Everything Dossier does with them is the real code.
 */
class FakeObserver {
  static all: FakeObserver[] = [];
  observing = false;
  pending: MutationRecord[] = [];
  constructor(private readonly callback: (records: MutationRecord[]) => void) {
    FakeObserver.all.push(this);
  }
  observe(): void {
    this.observing = true;
  }
  disconnect(): void {
    this.observing = false;
  }
  takeRecords(): MutationRecord[] {
    return this.pending.splice(0);
  }
  static deliver(records: MutationRecord[]): void {
    for (const o of FakeObserver.all) if (o.observing) o.callback(records);
  }
}

function page(html: string): Document {
  const { document } = parseHTML(`<html><body>${html}</body></html>`);
  Object.defineProperty(document, 'location', { value: { href: 'http://127.0.0.1/a' } });
  return document as unknown as Document;
}

const added = (target: Node, node: Node): MutationRecord =>
  ({ type: 'childList', target, addedNodes: [node], removedNodes: [] }) as unknown as MutationRecord;
const removedRecord = (target: Node, node: Node): MutationRecord =>
  ({ type: 'childList', target, addedNodes: [], removedNodes: [node] }) as unknown as MutationRecord;
const text = (target: Node): MutationRecord => ({ type: 'characterData', target, addedNodes: [], removedNodes: [] }) as unknown as MutationRecord;

/** Subscribes and collects every change the feed sends. */
function collect(doc: Document): { changes: PageChange[]; stop: () => void } {
  const changes: PageChange[] = [];
  return { changes, stop: pageChanges(doc).subscribe((change) => changes.push(change)) };
}

describe('the page mutation feed', () => {
  beforeEach(() => {
    FakeObserver.all = [];
    vi.stubGlobal('MutationObserver', FakeObserver);
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('feeds every subscriber from one observer, once the page is quiet, with the changed blocks', () => {
    const doc = page('<article><p id="a">Old text</p></article><div id="feed"></div>');
    const scanner = collect(doc);
    const highlights = collect(doc);
    expect(FakeObserver.all.filter((o) => o.observing)).toHaveLength(1);

    const p = doc.createElement('p');
    p.textContent = 'Late paragraph';
    doc.getElementById('feed')!.append(p);
    FakeObserver.deliver([added(doc.getElementById('feed')!, p)]);
    const a = doc.getElementById('a')!;
    FakeObserver.deliver([text(a.firstChild!)]);
    vi.advanceTimersByTime(300);
    expect(scanner.changes).toEqual([]); // still within the quiet window
    vi.advanceTimersByTime(200);
    expect(scanner.changes).toHaveLength(1);
    expect(scanner.changes[0]).toMatchObject({ full: false, removed: false, edited: false, own: false });
    expect(scanner.changes[0]!.roots).toEqual(expect.arrayContaining([p, a]));
    expect(highlights.changes).toEqual(scanner.changes);

    scanner.stop();
    expect(FakeObserver.all[0]!.observing).toBe(true); // the highlights still listen
    highlights.stop();
    expect(FakeObserver.all[0]!.observing).toBe(false);
  });

  it('reads a page that never stops changing at the latest after a few seconds', () => {
    const doc = page('<p id="ticker">0</p>');
    const { changes, stop } = collect(doc);
    const ticker = doc.getElementById('ticker')!;
    for (let i = 0; i < 20; i++) {
      FakeObserver.deliver([text(ticker.firstChild!)]);
      vi.advanceTimersByTime(200);
    }
    expect(changes.length).toBeGreaterThan(0);
    expect(changes[0]!.roots).toEqual([ticker]);
    stop();
  });

  it('turns a burst into one full change, sent only after the storm', () => {
    const doc = page('<div id="storm"></div>');
    const { changes, stop } = collect(doc);
    const storm = doc.getElementById('storm')!;
    for (let i = 0; i < 40; i++) {
      const batch = Array.from({ length: BURST / 10 }, () => added(storm, doc.createElement('p')));
      FakeObserver.deliver(batch);
      vi.advanceTimersByTime(100);
    }
    expect(changes).toEqual([]);
    vi.advanceTimersByTime(500);
    expect(changes).toEqual([{ roots: [], removed: false, edited: false, full: true, own: false }]);
    stop();
  });

  it("tells Dossier's own UI and editors apart from the page's content", () => {
    const doc = page('<p id="a">Text</p><div contenteditable="true"><p id="e">Draft</p></div>');
    const { changes, stop } = collect(doc);
    const host = doc.createElement('dossier-card-host');
    FakeObserver.deliver([added(doc.documentElement, host), removedRecord(doc.documentElement, host)]);
    vi.advanceTimersByTime(1000);
    expect(changes).toEqual([]); // the card coming and going is no change at all

    FakeObserver.deliver([text(doc.getElementById('e')!.firstChild!)]);
    vi.advanceTimersByTime(1000);
    expect(changes).toEqual([{ roots: [], removed: false, edited: true, full: false, own: false }]);
    stop();
  });

  it('sets apart changes made quietly (inline marks) and still reads the page changes queued before', () => {
    const doc = page('<p id="a">Text</p><p id="b">More</p>');
    const { changes, stop } = collect(doc);
    const observer = FakeObserver.all[0]!;
    const a = doc.getElementById('a')!;
    const b = doc.getElementById('b')!;
    observer.pending.push(text(a.firstChild!)); // the page's, not yet delivered
    pageChanges(doc).quietly(() => {
      observer.pending.push(added(b, doc.createElement('dossier-mark'))); // ours
    });
    vi.advanceTimersByTime(1000);
    expect(changes).toEqual([{ roots: [a], removed: false, edited: false, full: false, own: true }]);
    stop();
  });

  it('treats a History API navigation as a full change', () => {
    const doc = page('<p>Text</p>');
    const { changes, stop } = collect(doc);
    (doc.location as { href: string }).href = 'http://127.0.0.1/b';
    FakeObserver.deliver([]);
    vi.advanceTimersByTime(1000);
    expect(changes).toHaveLength(1);
    expect(changes[0]!.full).toBe(true);
    stop();
  });
});
