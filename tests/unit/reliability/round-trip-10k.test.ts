/**
 * 10,000 stored highlights: export → import into an empty store gives back exactly the same
 * records (JSON and W3C), and importing the same file again adds nothing.
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import fc from 'fast-check';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openDossierDb } from '../../../extension/background/db.ts';
import { highlightHandlers } from '../../../extension/background/highlight-handlers.ts';
import { exportAll, importHighlights } from '../../../extension/background/highlights-store.ts';
import type { Highlight } from '../../../src/export/model.ts';
import { highlights } from '../export/arbitraries.ts';

const COUNT = 10_000;
let stored: Highlight[];

beforeAll(() => {
  // Generated with awkward text (emoji, RTL, quotes, newlines, markup), a fixed seed so failures replay.
  stored = fc.sample(highlights(COUNT, COUNT), { numRuns: 1, seed: 10_000 })[0]!;
  expect(stored).toHaveLength(COUNT);
});
beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

describe.each(['json', 'w3c'] as const)('10,000 highlights through %s', (format) => {
  it('export → import into an empty store is exact; importing the same file twice adds nothing', async () => {
    const source = await openDossierDb('source');
    expect(await importHighlights(source, stored)).toEqual({ added: COUNT, updated: 0, unchanged: 0 });
    const text = await highlightHandlers(source).exportHighlights({ format });
    const original = await exportAll(source);
    source.close();

    const target = await openDossierDb('target');
    const handlers = highlightHandlers(target);
    expect(await handlers.importHighlights({ text })).toEqual({ added: COUNT, updated: 0, unchanged: 0 });
    expect(await exportAll(target)).toEqual(original);
    expect(await handlers.importHighlights({ text })).toEqual({ added: 0, updated: 0, unchanged: COUNT });
    expect(await target.count('highlights')).toBe(COUNT);
    // And the file written from the copy is byte-identical apart from its export timestamp.
    const again = await handlers.exportHighlights({ format });
    const stamp = (s: string) => s.replace(/"(exported|generated)": ?"[^"]+"/g, '');
    expect(stamp(again)).toBe(stamp(text));
    target.close();
  }, 120_000);
});
