import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { openDossierDb, type Db } from '../../../extension/background/db.ts';
import { highlightHandlers, HIGHLIGHT_METHODS } from '../../../extension/background/highlight-handlers.ts';
import { installKb } from '../../../extension/background/kb-store.ts';
import { kbSource } from '../../../src/kb/parts.ts';
import { parseImport } from '../../../src/export/import.ts';
import { toJson } from '../../../src/export/json.ts';
import { HIGHLIGHT_ID, newHighlightId } from '../../../src/export/model.ts';
import { H1, H2, H3 } from '../export/fixed-highlights.ts';

let db: Db;
let n = 0;
beforeEach(async () => {
  db = await openDossierDb(`handlers-test-${n++}`);
  await installKb(db, await kbSource({ schemaVersion: 1, contentVersion: 'v1', entities: [
    { id: 'attack:G0016', name: 'APT29', type: 'threat-actor', aliases: [], description: 'A group.' },
  ] }));
});

describe('highlightHandlers', () => {
  it('has a handler for every highlight method', () => {
    const handlers = highlightHandlers(db);
    for (const method of HIGHLIGHT_METHODS) expect(typeof handlers[method]).toBe('function');
  });

  it('saves what a card sends under the id it chose: normalised URL, resolved entities', async () => {
    const h = highlightHandlers(db);
    const chosen = newHighlightId();
    const { id } = await h.saveHighlight({
      id: chosen, url: 'https://News.example/a?utm_source=x#frag', title: 'T', quote: 'APT29 hit', prefix: 'p', suffix: 's',
      start: 4, end: 13, entityIds: ['attack:G0016', 'gone:1'],
    });
    expect(id).toBe(chosen);
    const [saved] = await h.listHighlights({});
    expect(saved).toMatchObject({
      id, source: 'https://news.example/a', title: 'T', note: '', tags: [], colour: 'yellow',
      entities: [{ id: 'attack:G0016', name: 'APT29', type: 'threat-actor' }, { id: 'gone:1', name: 'gone:1', type: 'other' }],
      selectors: { quote: { exact: 'APT29 hit', prefix: 'p', suffix: 's' }, position: { start: 4, end: 13 } },
    });
  });

  it('a save sent again with the same id (a lost reply) stores nothing more and changes nothing', async () => {
    const h = highlightHandlers(db);
    const card = { id: newHighlightId(), url: 'https://news.example/a', title: 'T', quote: 'APT29', prefix: '', suffix: ' hit', start: 0, end: 5, entityIds: [] };
    await h.saveHighlight(card);
    await h.updateHighlight({ id: card.id, note: 'written after the first save' });
    expect(await h.saveHighlight({ ...card, title: 'resent' })).toEqual({ id: card.id });
    const all = await h.listHighlights({});
    expect(all).toHaveLength(1);
    expect(all[0]).toMatchObject({ id: card.id, title: 'T', note: 'written after the first save' });
  });

  it('refuses a save without a well-formed id', async () => {
    const h = highlightHandlers(db);
    const card = { url: 'https://news.example/a', title: 'T', quote: 'APT29', prefix: '', suffix: '', start: 0, end: 5, entityIds: [] };
    for (const id of [undefined, '', 'urn:uuid:nope', '__proto__']) {
      await expect(h.saveHighlight({ ...card, id } as never)).rejects.toThrow(/needs an id/);
    }
    expect(await h.listHighlights({})).toEqual([]);
  });

  it('makes version-4 UUID URNs without randomUUID (plain-http pages lack it)', () => {
    const ids = new Set(Array.from({ length: 200 }, () => newHighlightId()));
    expect(ids.size).toBe(200);
    for (const id of ids) expect(id).toMatch(HIGHLIGHT_ID);
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
