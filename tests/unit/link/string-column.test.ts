import { describe, expect, it } from 'vitest';
import { packStrings, StringColumn, stringCount } from '../../../src/link/string-column.ts';

const roundTrip = (strings: string[]): string[] => {
  const column = new StringColumn(packStrings(strings));
  return strings.map((_, i) => column.get(i));
};

describe('string column', () => {
  it('gives back every string, in blocks of 64 with 16-bit offsets within each', () => {
    const strings = Array.from({ length: 200 }, (_, i) => (i % 7 === 0 ? '' : `name ${i} é`));
    const parts = packStrings(strings);
    expect(roundTrip(strings)).toEqual(strings);
    expect([parts.shift[0], parts.bases.length, stringCount(parts)]).toEqual([6, 4, 200]);
    const column = new StringColumn(parts);
    expect([column.get(200), column.get(-1)]).toEqual(['', '']);
    expect([column.same(1, 1), column.same(1, 2), column.equals(3, 'name 3 é'), column.equals(3, 'name 3 e')]).toEqual([true, false, true, false]);
  });

  it('makes its blocks smaller when their strings would span more than 16-bit offsets reach', () => {
    const strings = ['x'.repeat(70_000), 'short', 'y'.repeat(40_000), 'end'];
    const parts = packStrings(strings);
    expect(roundTrip(strings)).toEqual(strings);
    expect(parts.shift[0]).toBe(0);
    expect(packStrings(['a'.repeat(30_000), 'b'.repeat(30_000), 'c']).shift[0]).toBe(6);
    expect(packStrings(['short', 'x'.repeat(70_000)]).shift[0]).toBe(1);
    expect(packStrings(['a'.repeat(30_000), 'b'.repeat(30_000), 'c'.repeat(30_000)]).shift[0]).toBe(1);
  });
});
