import { describe, expect, it } from 'vitest';
import { IdColumn, packIds } from '../../../src/link/id-column.ts';
import { stringCount } from '../../../src/link/string-column.ts';

describe('entity id column', () => {
  it('gives back every id, numbered or not', () => {
    const ids = ['wd:Q42', 'wd:Q0', 'geonames:2643743', 'ror:05x2bcf33', 'attack:G0007', 'fdb:some-name', 'x4294967295', 'x4294967296', 'y12345678901', 'Q', '', 'é:7', 'wd:Q42'];
    const column = new IdColumn(packIds(ids));
    expect(ids.map((_, i) => column.get(i))).toEqual(ids);
    expect(column.get(ids.length)).toBe('');
  });

  it('keeps a prefix and a number without a string for ids of a common prefix, and other ids without their namespace', () => {
    const parts = packIds(['wd:Q42', 'wd:Q7', 'geonames:1', 'agency:abw']);
    // Number prefixes wd:Q and geonames:, then the namespaces by count: wd:, agency:, geonames:.
    expect(Array.from(parts.tags)).toEqual([1, 1, 2, 4]);
    expect(Array.from(parts.numbers)).toEqual([42, 7, 1, 0]);
    expect(Array.from(parts.namespaces)).toEqual([0, 0, 1, 1, 1]);
    expect(new IdColumn(parts).get(3)).toBe('agency:abw');
    expect(parts.others.bytes.length).toBe('abw'.length);
  });

  it('keeps as whole strings the ids of neither a tagged number prefix nor a tagged namespace', () => {
    const ids = [...Array.from({ length: 300 }, (_, i) => `p${'abcdefghij'[i % 10]}${Math.floor(i / 10)}x-1`), 'wd:Q1', 'wd:Q2'];
    const parts = packIds(ids);
    const column = new IdColumn(parts);
    expect(ids.map((_, i) => column.get(i))).toEqual(ids);
    expect(parts.tags[ids.length - 1]).toBe(1);
    expect(stringCount(parts.prefixes)).toBe(255);
    // 255 tags: the namespace wd:, the number prefix wd:Q and 253 of the 300 others.
    expect(Array.from(parts.tags).filter((t) => t === 0)).toHaveLength(300 - 253);
  });
});
