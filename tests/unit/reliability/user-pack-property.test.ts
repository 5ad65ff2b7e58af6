/**
 * Property tests of user KB packs (`parseUserPack`): valid generated packs round-trip through JSON
 * and CSV; malformed, truncated, huge and adversarial files give errors that name a line or path
 * and return no entity at all.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseUserPack, type PackResult } from '../../../src/kb/user-pack.ts';
import { ENTITY_TYPES } from '../../../src/kb/model.ts';

interface Row { name: string; type: string; aliases: string[]; description: string }

/** Visible text without the separators a CSV alias list uses; trimmed, as the parser trims. */
const word = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 12 })
  .map((s) => s.replaceAll(';', '').replaceAll('\u0000', '').trim()).filter((s) => s.length > 0);
const awkward = fc.constantFrom('<img src=x onerror=alert(1)>', '"quoted", comma', 'line\nbreak', '=HYPERLINK("x")', 'Ünïcödé 中文 😀', '__proto__');
const text = fc.oneof(word, awkward.filter((s) => !s.includes('\n')));
const row: fc.Arbitrary<Row> = fc.record({
  name: text,
  type: fc.constantFrom(...ENTITY_TYPES),
  aliases: fc.array(text, { maxLength: 3 }),
  description: fc.oneof(fc.constant(''), text, awkward),
});

const csvCell = (s: string) => (/[",\r\n]/.test(s) || s !== s.trim() ? `"${s.replace(/"/g, '""')}"` : s);
function toCsv(rows: Row[], eol = '\n'): string {
  const lines = rows.map((r) => [r.name, r.type, r.aliases.join(';'), r.description].map(csvCell).join(','));
  return ['name,type,aliases,description', ...lines].join(eol) + eol;
}
const toJson = (rows: Row[]) => JSON.stringify({ entities: rows });

/** The pack failed as a whole: no entities, and every error says where. */
function expectRejected(result: PackResult, where?: RegExp | string) {
  expect(result.entities).toEqual([]);
  expect(result.errors.length).toBeGreaterThan(0);
  for (const e of result.errors) {
    expect(e.where).toMatch(/^(line \d+|file|(entities)?\[\d+\].*|__proto__|constructor|prototype)$/);
    expect(e.message.length).toBeGreaterThan(0);
  }
  if (typeof where === 'string') expect(result.errors.map((e) => e.where)).toContain(where);
  else if (where) expect(result.errors.some((e) => where.test(e.where))).toBe(true);
}

const summary = (r: PackResult) => r.entities.map((e) => ({ name: e.name, type: e.type, aliases: e.aliases.map((a) => a.text), description: e.description }));

describe('user packs: valid packs round-trip (property)', () => {
  it('JSON and CSV (LF, CRLF, with BOM) read back every field', () => {
    fc.assert(fc.property(fc.array(row, { minLength: 1, maxLength: 15 }), fc.boolean(), fc.boolean(), (rows, crlf, bom) => {
      const prefix = bom ? '\uFEFF' : '';
      const json = parseUserPack(prefix + toJson(rows), 'json');
      const csv = parseUserPack(prefix + toCsv(rows, crlf ? '\r\n' : '\n'), 'csv');
      expect(json.errors).toEqual([]);
      expect(csv.errors).toEqual([]);
      expect(summary(json)).toEqual(rows);
      expect(summary(csv)).toEqual(rows);
      expect(new Set(json.entities.map((e) => e.id)).size).toBe(rows.length);
      expect(json.entities.every((e) => e.id.startsWith('user:') && e.origin === 'user')).toBe(true);
    }), { numRuns: 150 });
  });
});

describe('user packs: bad files are refused whole, with a line or path (property)', () => {
  it('one bad CSV row anywhere is named by its line and nothing is returned', () => {
    fc.assert(fc.property(fc.array(row, { minLength: 1, maxLength: 20 }), fc.nat(), fc.constantFrom('planet', ''), (rows, pick, badType) => {
      const i = pick % rows.length;
      const bad = rows.map((r, j) => (j === i ? { ...r, type: badType } : r));
      // Quoted fields may hold newlines, so the bad row's line is 2 plus the newlines in the rows before it.
      const newlines = rows.slice(0, i).reduce((n, r) => n + (Object.values(r).join('').match(/\n/g)?.length ?? 0), 0);
      expectRejected(parseUserPack(toCsv(bad), 'csv'), `line ${2 + i + newlines}`);
    }), { numRuns: 150 });
  });

  it('a wrong field type in a JSON entry is named by its path', () => {
    const wrong = fc.constantFrom<[string, unknown]>(['name', 5], ['type', ['person']], ['aliases', 'x'], ['description', {}], ['prominence', 7], ['born', 'yesterday']);
    fc.assert(fc.property(fc.array(row, { minLength: 1, maxLength: 10 }), fc.nat(), wrong, (rows, pick, [field, value]) => {
      const i = pick % rows.length;
      const raw = JSON.parse(toJson(rows));
      raw.entities[i][field] = value;
      expectRejected(parseUserPack(JSON.stringify(raw), 'json'), `entities[${i}].${field}`);
    }), { numRuns: 150 });
  });

  it('any truncation of a JSON pack is refused', () => {
    fc.assert(fc.property(fc.array(row, { minLength: 1, maxLength: 6 }), fc.double({ min: 0, max: 1, noNaN: true }), (rows, at) => {
      const text = toJson(rows);
      expectRejected(parseUserPack(text.slice(0, Math.floor(at * (text.length - 1))), 'json'));
    }), { numRuns: 200 });
  });

  it('prototype-pollution keys at any depth are refused by path, and pollute nothing', () => {
    const key = fc.constantFrom('__proto__', 'constructor', 'prototype');
    const place = fc.constantFrom('entry', 'alias', 'root', 'source');
    fc.assert(fc.property(fc.array(row, { minLength: 1, maxLength: 5 }), fc.nat(), key, place, (rows, pick, k, where) => {
      const i = pick % rows.length;
      const payload = `{"polluted":true,"prototype":{"polluted":true}}`;
      const entries = rows.map((r, j) => {
        const base = JSON.stringify(r).slice(0, -1);
        if (j !== i) return `${base}}`;
        if (where === 'entry') return `${base},"${k}":${payload}}`;
        if (where === 'alias') return `${base.replace(/"aliases":\[[^\]]*\]/, `"aliases":[{"text":"a","${k}":${payload}}]`)}}`;
        if (where === 'source') return `${base},"sources":[{"label":"l","url":"https://x.example/","${k}":${payload}}]}`;
        return `${base}}`;
      });
      const text = where === 'root' ? `{"${k}":${payload},"entities":[${entries.join(',')}]}` : `{"entities":[${entries.join(',')}]}`;
      expectRejected(parseUserPack(text, 'json'), new RegExp(`(^|\\.)${k}$`));
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect((Object.prototype as Record<string, unknown>).polluted).toBeUndefined();
    }), { numRuns: 200 });
  });

  it('arbitrary JSON and arbitrary text: either a clean pack or errors, never both, never a throw', () => {
    const input = fc.oneof(
      fc.jsonValue().map((v) => JSON.stringify(v)),
      fc.array(fc.jsonValue(), { maxLength: 4 }).map((v) => JSON.stringify({ entities: v })),
      fc.string({ unit: 'binary', maxLength: 200 }),
    );
    fc.assert(fc.property(input, fc.constantFrom<'json' | 'csv' | undefined>('json', 'csv', undefined), (text, format) => {
      const result = parseUserPack(text, format);
      if (result.errors.length) expectRejected(result);
      for (const e of result.entities) {
        expect(typeof e.name).toBe('string');
        expect(ENTITY_TYPES).toContain(e.type);
      }
    }), { numRuns: 500 });
  });

  it('NUL characters (binary files, escaped NULs) are refused with a line or path', () => {
    expectRejected(parseUserPack('name,type\nA,person\nB\u0000,person\n', 'csv'), 'line 3');
    expectRejected(parseUserPack('[{"name":"A\\u0000","type":"person"}]', 'json'), '[0].name');
    expectRejected(parseUserPack(`\u0000\u0001\u0002PK\u0003\u0004${'\u0000'.repeat(50)}`));
  });

  it('deep nesting (100,000 levels) is refused without overflowing the stack', () => {
    expectRejected(parseUserPack(`{"entities":${'['.repeat(100_000)}${']'.repeat(100_000)}}`, 'json'));
    const deepAlias = `[{"name":"A","type":"person","ids":${'{"a":'.repeat(5000)}"x"${'}'.repeat(5000)}}]`;
    expectRejected(parseUserPack(deepAlias, 'json'), /^\[0\]\.ids/);
  });
});

describe('user packs: huge files', () => {
  const big = Array.from({ length: 30_000 }, (_, i) => ({ name: `Entity number ${i}`, type: ENTITY_TYPES[i % ENTITY_TYPES.length]!, aliases: [`E${i}`, `Alias ${i}`], description: 'x'.repeat(60) }));

  it('a ~4 MB CSV and JSON pack parse whole', () => {
    const csv = toCsv(big);
    expect(csv.length).toBeGreaterThan(3_000_000);
    expect(parseUserPack(csv).entities).toHaveLength(big.length);
    expect(parseUserPack(toJson(big)).entities).toHaveLength(big.length);
  });

  it('one bad row at the end of a ~4 MB file rejects all of it, naming the line', () => {
    const bad = [...big, { name: 'Last', type: 'planet', aliases: [], description: '' }];
    expectRejected(parseUserPack(toCsv(bad)), `line ${bad.length + 1}`);
    expectRejected(parseUserPack(toJson(bad)), `entities[${big.length}].type`);
  });
});
