import { describe as group, expect, it } from 'vitest';
import { describe } from '../../../src/anchor/describe.ts';

group('describe', () => {
  const text = 'The quick brown fox jumps over the lazy dog while the cat, unimpressed, watches from the wall.';

  it('takes the quote, 32 characters of context either side, and the offsets', () => {
    const start = text.indexOf('lazy dog');
    expect(describe(text, start, start + 8)).toEqual({
      quote: { exact: 'lazy dog', prefix: ' quick brown fox jumps over the ', suffix: ' while the cat, unimpressed, wat' },
      position: { start, end: start + 8 },
    });
  });

  it('cuts context short at the ends of the text', () => {
    expect(describe(text, 0, 3).quote.prefix).toBe('');
    expect(describe(text, text.length - 5, text.length).quote.suffix).toBe('');
  });

  it('never splits an emoji at the edge of the context', () => {
    const s = `${'😀'.repeat(20)}X${'😀'.repeat(20)}`;
    const at = s.indexOf('X');
    const { quote } = describe(s, at, at + 1);
    expect(quote.prefix).toBe('😀'.repeat(16));
    expect(quote.suffix).toBe('😀'.repeat(16));
    const odd = `a${s}`;
    const { quote: q2 } = describe(odd, at + 1, at + 2);
    expect(q2.prefix).toBe('😀'.repeat(16));
  });

  it('rejects empty or out-of-range spans', () => {
    expect(() => describe(text, 5, 5)).toThrow(RangeError);
    expect(() => describe(text, -1, 3)).toThrow(RangeError);
    expect(() => describe(text, 0, text.length + 1)).toThrow(RangeError);
  });
});
