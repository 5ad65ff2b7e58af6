import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { toJson } from '../../../src/export/json.ts';
import { ImportError, parseImport } from '../../../src/export/import.ts';
import { validateHighlight } from '../../../src/export/validate.ts';
import { toW3c } from '../../../src/export/w3c.ts';
import { highlights } from './arbitraries.ts';
import { H1, H2, H3 } from './fixed-highlights.ts';

/** Runs parseImport expecting an ImportError; returns it. */
function importError(text: string): ImportError {
  try {
    parseImport(text);
  } catch (error) {
    expect(error).toBeInstanceOf(ImportError);
    return error as ImportError;
  }
  throw new Error('parseImport accepted the input');
}

const doc = (list: unknown[]) => JSON.stringify({ format: 'dossier-highlights', version: 1, exported: '2026-01-01T00:00:00.000Z', highlights: list });

describe('parseImport', () => {
  it('reads the sample export fixture', () => {
    const { format, highlights: list } = parseImport(readFileSync('tests/fixtures/sample-export.json', 'utf8'));
    expect(format).toBe('dossier');
    expect(list).toHaveLength(6);
    expect(new Set(list.map((h) => h.source)).size).toBe(3);
    expect(list[1].note.startsWith('=')).toBe(true);
  });

  it('names the path of the bad field', () => {
    const bad = { ...H2, selectors: { quote: { exact: 7, prefix: '', suffix: '' } } };
    expect(importError(doc([H1, bad])).message).toBe('highlights[1].selectors.quote.exact: expected string, got number');
    expect(importError(doc([{ ...H1, tags: ['ok', null] }])).message).toBe('highlights[0].tags[1]: expected string, got null');
    expect(importError(doc([{ ...H1, entities: [{ id: 'x', name: 'X', type: 'alien' }] }])).path).toBe('highlights[0].entities[0].type');
    expect(importError(doc([{ ...H1, created: 'yesterday' }])).path).toBe('highlights[0].created');
    expect(importError(doc([{ ...H1, selectors: { ...H1.selectors, position: { start: 9, end: 3 } } }])).path)
      .toBe('highlights[0].selectors.position.end');
  });

  it('rejects non-JSON, truncation, wrong format, newer versions and duplicate ids', () => {
    expect(importError('not json').path).toBe('(root)');
    expect(importError(doc([H1]).slice(0, -10)).path).toBe('(root)');
    expect(importError(JSON.stringify({ format: 'other' })).path).toBe('format');
    expect(importError(JSON.stringify({ format: 'dossier-highlights', version: 2, highlights: [] })).message).toMatch(/^version: file is version 2/);
    expect(importError(doc([H1, H3, H1])).message).toBe(`highlights[2].id: duplicate id ${H1.id}`);
    expect(importError('42').path).toBe('(root)');
  });

  it('names W3C paths too', () => {
    const w3c = JSON.parse(toW3c([H1, H2]));
    w3c.first.items[1].target.selector = [{ type: 'TextPositionSelector', start: 0, end: 1 }];
    expect(importError(JSON.stringify(w3c)).message).toBe('first.items[1].target.selector: expected a TextQuoteSelector');
    w3c.first.items[1] = { ...w3c.first.items[0], created: 5 };
    expect(importError(JSON.stringify(w3c)).path).toBe('first.items[1].created');
  });

  it('reads a UTF-8 BOM-prefixed file', () => {
    expect(parseImport(`\uFEFF${doc([H1])}`).highlights).toEqual([H1]);
  });
});

describe('export → import is lossless (property)', () => {
  it('for JSON and W3C over ~2,000 generated highlights', () => {
    fc.assert(fc.property(highlights(1900, 2100), (list) => {
      expect(parseImport(toJson(list)).highlights).toEqual(list);
      expect(parseImport(toW3c(list)).highlights).toEqual(list);
    }), { numRuns: 2 });
  });

  it('for JSON and W3C over many small lists', () => {
    fc.assert(fc.property(highlights(0, 8), (list) => {
      expect(parseImport(toJson(list)).highlights).toEqual(list);
      expect(parseImport(toW3c(list)).highlights).toEqual(list);
    }), { numRuns: 300 });
  });
});

/** Wrong values for fields, with the path suffix the error must name. */
const MUTATIONS: [string, (h: Record<string, unknown>) => void][] = [
  ['id', (h) => { h.id = 42; }],
  ['note', (h) => { delete h.note; }],
  ['colour', (h) => { h.colour = 'octarine'; }],
  ['modified', (h) => { h.modified = '2026-13-45T99:00:00Z'; }],
  ['tags', (h) => { h.tags = 'a,b'; }],
  ['selectors.quote.exact', (h) => { (h.selectors as { quote: Record<string, unknown> }).quote.exact = ''; }],
  ['selectors.quote', (h) => { (h.selectors as Record<string, unknown>).quote = []; }],
  ['entities[0].name', (h) => { h.entities = [{ id: 'x', name: { toString: 1 }, type: 'person' }]; }],
  ['source', (h) => { h.source = null; }],
];

describe('malformed and adversarial input (property)', () => {
  it('a single bad field throws ImportError naming exactly that path', () => {
    fc.assert(fc.property(highlights(1, 20), fc.nat(), fc.constantFrom(...MUTATIONS), (list, pick, [path, mutate]) => {
      const i = pick % list.length;
      const raw = JSON.parse(toJson(list));
      mutate(raw.highlights[i]);
      expect(importError(JSON.stringify(raw)).path).toBe(`highlights[${i}].${path}`);
    }), { numRuns: 200 });
  });

  it('any truncation of an export throws ImportError', () => {
    fc.assert(fc.property(highlights(1, 5), fc.boolean(), fc.double({ min: 0, max: 1, noNaN: true }), (list, w3c, at) => {
      const text = w3c ? toW3c(list) : toJson(list);
      const cut = Math.floor(at * (text.trimEnd().length - 1));
      importError(text.slice(0, cut));
    }), { numRuns: 300 });
  });

  it('arbitrary JSON either throws ImportError or yields only valid highlights', () => {
    const shaped = fc.oneof(
      fc.jsonValue(),
      fc.record({ format: fc.constant('dossier-highlights'), version: fc.constantFrom(1, 0, '1'), highlights: fc.array(fc.jsonValue()) }),
      fc.record({ type: fc.constantFrom('AnnotationCollection', 'Annotation'), first: fc.jsonValue(), target: fc.jsonValue(), created: fc.jsonValue() }),
    );
    fc.assert(fc.property(shaped, (value) => {
      let result;
      try {
        result = parseImport(JSON.stringify(value));
      } catch (error) {
        expect(error).toBeInstanceOf(ImportError);
        expect((error as ImportError).path.length).toBeGreaterThan(0);
        return;
      }
      result.highlights.forEach((h, i) => validateHighlight(h, `[${i}]`));
    }), { numRuns: 500 });
  });
});
