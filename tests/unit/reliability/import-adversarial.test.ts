/**
 * Highlight imports (`parseImport` and the background's import call) against hostile files:
 * prototype-pollution keys, deep nesting, wrong types, BOM, CRLF, NUL, a few MB. Either a clear
 * ImportError naming the path and nothing stored, or exactly the valid highlights and no foreign key.
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { openDossierDb, type Db } from '../../../extension/background/db.ts';
import { highlightHandlers } from '../../../extension/background/highlight-handlers.ts';
import { ImportError, parseImport } from '../../../src/export/import.ts';
import { toJson } from '../../../src/export/json.ts';
import { toW3c } from '../../../src/export/w3c.ts';
import { highlight, highlights } from '../export/arbitraries.ts';
import { H1, H2 } from '../export/fixed-highlights.ts';

const HIGHLIGHT_KEYS = ['colour', 'created', 'entities', 'id', 'modified', 'note', 'selectors', 'source', 'tags', 'title'];
let db: Db;
beforeEach(async () => {
  globalThis.indexedDB = new IDBFactory();
  db = await openDossierDb();
});

function importError(text: string): ImportError {
  try {
    parseImport(text);
  } catch (error) {
    expect(error).toBeInstanceOf(ImportError);
    expect((error as ImportError).path.length).toBeGreaterThan(0);
    return error as ImportError;
  }
  throw new Error('parseImport accepted the input');
}

/** Every own key of every object in the value, at any depth. */
function allKeys(value: unknown, out = new Set<string>()): Set<string> {
  if (typeof value === 'object' && value !== null) {
    for (const [k, v] of Object.entries(value)) {
      out.add(k);
      allKeys(v, out);
    }
  }
  return out;
}

describe('highlight import: adversarial files (property)', () => {
  it('prototype-pollution keys anywhere never reach the result or Object.prototype', () => {
    const key = fc.constantFrom('__proto__', 'constructor', 'prototype');
    fc.assert(fc.property(highlights(1, 6), fc.boolean(), key, fc.nat(), (list, w3c, k, pick) => {
      const text = w3c ? toW3c(list) : toJson(list);
      const payload = `"${k}":{"polluted":true,"isAdmin":true},`;
      // Insert the key at the start of a randomly chosen object in the file.
      const braces = [...text.matchAll(/\{/g)].map((m) => m.index!);
      const at = braces[pick % braces.length]! + 1;
      const evil = text.slice(0, at) + payload + text.slice(at);
      let result;
      try {
        result = parseImport(evil);
      } catch (error) {
        expect(error).toBeInstanceOf(ImportError);
        return;
      }
      expect(result.highlights).toEqual(list);
      for (const h of result.highlights) expect(Object.keys(h).sort()).toEqual(HIGHLIGHT_KEYS);
      expect([...allKeys(result.highlights)].filter((x) => ['__proto__', 'constructor', 'prototype', 'polluted'].includes(x))).toEqual([]);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    }), { numRuns: 300 });
  });

  it('wrong types at any field give an ImportError naming a path under that highlight', () => {
    const wrongValue = fc.constantFrom<unknown>(null, 0, -1, 1.5, true, [], {}, '', 'x'.repeat(3), [[[]]]);
    fc.assert(fc.property(highlights(1, 5), fc.nat(), fc.constantFrom(...HIGHLIGHT_KEYS), wrongValue, (list, pick, field, value) => {
      const i = pick % list.length;
      const raw = JSON.parse(toJson(list));
      raw.highlights[i][field] = value;
      let result;
      try {
        result = parseImport(JSON.stringify(raw));
      } catch (error) {
        expect(error).toBeInstanceOf(ImportError);
        expect((error as ImportError).path.startsWith(`highlights[${i}].${field}`)).toBe(true);
        return;
      }
      // Only a value that is valid for the field (e.g. an empty title or note) may pass.
      expect(result.highlights[i]![field as 'title']).toEqual(value);
    }), { numRuns: 400 });
  });

  it('BOM and CRLF-formatted files read the same as plain ones', () => {
    fc.assert(fc.property(highlights(0, 5), (list) => {
      const text = JSON.stringify(JSON.parse(toJson(list)), null, 2).replace(/\n/g, '\r\n');
      expect(parseImport(`\uFEFF${text}`).highlights).toEqual(list);
    }), { numRuns: 100 });
  });

  it('NUL bytes, binary, deep nesting and empty files are refused with a path', () => {
    expect(importError('\u0000\u0000\u0000').path).toBe('(root)');
    expect(importError(`PK\u0003\u0004${'\u0000'.repeat(100)}`).path).toBe('(root)');
    expect(importError('').path).toBe('(root)');
    expect(importError(`${'['.repeat(200_000)}${']'.repeat(200_000)}`).path).toBe('[0]'); // a W3C list whose first item is not an annotation
    const deep = `{"format":"dossier-highlights","version":1,"highlights":[${'{"a":'.repeat(50_000)}1${'}'.repeat(50_000)}]}`;
    expect(importError(deep).path).toMatch(/^highlights\[0\]/);
  });

  it('a NUL escaped inside a JSON string is text, and round-trips exactly', () => {
    const h = { ...H1, note: 'before\u0000after' };
    expect(parseImport(toJson([h])).highlights).toEqual([h]);
  });
});

describe('highlight import: a few MB, all or nothing, through the background', () => {
  const many = fc.sample(highlight, { numRuns: 3000, seed: 3 }).map((h, i) => ({ ...h, id: `urn:uuid:${i.toString(16).padStart(8, '0')}-0000-4000-8000-000000000000` }));

  it('a valid multi-MB file imports whole', async () => {
    const text = toJson(many);
    expect(text.length).toBeGreaterThan(2_000_000);
    expect((await highlightHandlers(db).importHighlights({ text })).added).toBe(many.length);
  });

  it('one bad field in the last record of a multi-MB file names it, and nothing is stored', async () => {
    const raw = JSON.parse(toJson([H2, ...many]));
    raw.highlights.at(-1).selectors.position.end = -1;
    const text = JSON.stringify(raw);
    await expect(highlightHandlers(db).importHighlights({ text })).rejects.toThrow(`highlights[${many.length}].selectors.position`);
    const truncated = toJson([H2, ...many]).slice(0, -10);
    await expect(highlightHandlers(db).importHighlights({ text: truncated })).rejects.toThrow(/^not valid JSON: /);
    expect(await db.count('highlights')).toBe(0);
  });
});
