/**
 * Text, never HTML, in exports: HTML and script payloads in notes, tags, titles and entity names
 * come out of every format as inert text — CSV cells cannot start a formula, Markdown escapes
 * markup, JSON/W3C/STIX stay valid JSON that reads back exactly.
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { openDossierDb } from '../../../extension/background/db.ts';
import { highlightHandlers } from '../../../extension/background/highlight-handlers.ts';
import { importHighlights } from '../../../extension/background/highlights-store.ts';
import { parseImport } from '../../../src/export/import.ts';
import type { Highlight } from '../../../src/export/model.ts';
import { H1 } from '../export/fixed-highlights.ts';

const PAYLOADS = ['<img src=x onerror=alert(1)>', '<script>alert("x")</script>', '=HYPERLINK("http://evil","x")', '+cmd|calc', '@SUM(1)', '[x](javascript:alert(1))'];
const evil: Highlight = {
  ...H1,
  title: PAYLOADS[1]!,
  note: PAYLOADS.join('\n'),
  tags: PAYLOADS.slice(2),
  entities: [{ id: 'user:evil', name: PAYLOADS[0]!, type: 'person' }],
};

describe('exports carry hostile text as text', async () => {
  globalThis.indexedDB = new IDBFactory();
  const db = await openDossierDb('export-text');
  await importHighlights(db, [evil]);
  const handlers = highlightHandlers(db);

  it('JSON and W3C read back byte-exact', async () => {
    for (const format of ['json', 'w3c'] as const) expect(parseImport(await handlers.exportHighlights({ format })).highlights).toEqual([evil]);
  });

  it('STIX is valid JSON holding the literal strings', async () => {
    const stix = JSON.parse(await handlers.exportHighlights({ format: 'stix' })) as unknown;
    expect(JSON.stringify(stix)).toContain(JSON.stringify(PAYLOADS[0]).slice(1, -1));
  });

  it('CSV: no cell starts with a formula character', async () => {
    const csv = await handlers.exportHighlights({ format: 'csv' });
    const cells = csv.split(/,(?=(?:[^"]*"[^"]*")*[^"]*$)|\r\n/).map((c) => c.replace(/^"/, ''));
    expect(cells.filter((c) => /^[=+\-@\t\r]/.test(c))).toEqual([]);
    expect(csv).toContain("'=HYPERLINK");
  });

  it('Markdown: no raw tag or live link survives', async () => {
    const md = await handlers.exportHighlights({ format: 'markdown' });
    expect(md).not.toMatch(/(?<!\\)<(img|script)/);
    expect(md).not.toMatch(/(?<!\\)\[x(?<!\\)\]\(/);
    expect(md).toContain('\\<img src=x onerror=alert(1)\\>');
  });
});
