import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { openDossierDb, type Db } from '../../../extension/background/db.ts';
import { highlightHandlers, HIGHLIGHT_METHODS } from '../../../extension/background/highlight-handlers.ts';
import { parseImport } from '../../../src/export/import.ts';
import { toJson } from '../../../src/export/json.ts';
import { H1, H2, H3 } from '../export/fixed-highlights.ts';

let db: Db;
let n = 0;
beforeEach(async () => {
  db = await openDossierDb(`handlers-test-${n++}`);
  await db.put('entities', {
    id: 'attack:G0016', name: 'APT29', type: 'threat-actor', aliases: [], description: 'A group.', keys: ['apt29'],
  });
});

describe('highlightHandlers', () => {
  it('has a handler for every highlight method', () => {
    const handlers = highlightHandlers(db);
    for (const method of HIGHLIGHT_METHODS) expect(typeof handlers[method]).toBe('function');
  });

  it('saves what a card sends: normalised URL, resolved entities, fresh id', async () => {
    const h = highlightHandlers(db);
    const { id } = await h.saveHighlight({
      url: 'https://News.example/a?utm_source=x#frag', title: 'T', quote: 'APT29 hit', prefix: 'p', suffix: 's',
      start: 4, end: 13, entityIds: ['attack:G0016', 'gone:1'],
    });
    expect(id).toMatch(/^urn:uuid:[0-9a-f-]{36}$/);
    const [saved] = await h.listHighlights({});
    expect(saved).toMatchObject({
      id, source: 'https://news.example/a', title: 'T', note: '', tags: [], colour: 'yellow',
      entities: [{ id: 'attack:G0016', name: 'APT29', type: 'threat-actor' }, { id: 'gone:1', name: 'gone:1', type: 'other' }],
      selectors: { quote: { exact: 'APT29 hit', prefix: 'p', suffix: 's' }, position: { start: 4, end: 13 } },
    });
  });

  it('imports text (twice adds nothing), exports chosen ids, deletes and restores', async () => {
    const h = highlightHandlers(db);
    const text = toJson([H1, H2, H3]);
    expect(await h.importHighlights({ text })).toEqual({ added: 3, updated: 0, unchanged: 0 });
    expect(await h.importHighlights({ text })).toEqual({ added: 0, updated: 0, unchanged: 3 });
    const out = await h.exportHighlights({ format: 'json', ids: [H3.id, H1.id] });
    expect(parseImport(out).highlights).toEqual([H1, H3]);
    expect((await h.exportHighlights({ format: 'csv' })).split('\r\n')).toHaveLength(5);
    const removed = await h.deleteHighlight({ id: H2.id });
    expect(removed).toEqual(H2);
    await h.restoreHighlight({ highlight: removed! });
    expect(await h.listHighlights({ tag: 'apt' })).toEqual([H1]);
    const edited = await h.updateHighlight({ id: H1.id, note: 'n' });
    expect(edited?.note).toBe('n');
  });

  it('refuses a bad import whole, with the path in the message', async () => {
    const h = highlightHandlers(db);
    await expect(h.importHighlights({ text: toJson([H1]).replace('"colour": "yellow"', '"colour": 3') }))
      .rejects.toThrow('highlights[0].colour: expected string, got number');
    expect(await h.listHighlights({})).toEqual([]);
    await expect(h.exportHighlights({ format: 'pdf' as 'csv' })).rejects.toThrow('unknown export format');
  });
});
