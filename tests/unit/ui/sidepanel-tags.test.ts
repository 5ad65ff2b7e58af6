import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatTags, parseTags, sameTags } from '../../../extension/ui/sidepanel/tags.ts';

describe('side panel tags field', () => {
  it('splits on commas, trims, drops empty tags and repeats', () => {
    expect(parseTags(' apt29, phishing ,, apt29 ,  ')).toEqual(['apt29', 'phishing']);
    expect(parseTags('')).toEqual([]);
    expect(parseTags('   ')).toEqual([]);
  });

  it('reads a quoted tag that holds commas and quotes', () => {
    expect(parseTags('"quotes, statements", ukraine')).toEqual(['quotes, statements', 'ukraine']);
    expect(parseTags('"say ""hi""", x')).toEqual(['say "hi"', 'x']);
    // An unclosed quote runs to the end rather than losing the text.
    expect(parseTags('a, "b, c')).toEqual(['a', 'b, c']);
  });

  it('writes a line that shows tags plainly and quotes only when it must', () => {
    expect(formatTags(['ukraine', 'briefing', 'quotes, statements'])).toBe('ukraine, briefing, "quotes, statements"');
    expect(formatTags([])).toBe('');
  });

  it('reads back exactly what it wrote, for any tags', () => {
    const tag = fc.string({ minLength: 1, maxLength: 12, unit: fc.constantFrom('a', 'b', ' ', ',', '"', 'é', '\t') });
    fc.assert(fc.property(fc.uniqueArray(tag, { maxLength: 6 }), (tags) => {
      expect(parseTags(formatTags(tags))).toEqual(tags);
    }));
  });

  it('compares tag lists by content and order', () => {
    expect(sameTags(['a', 'b'], ['a', 'b'])).toBe(true);
    expect(sameTags(['a', 'b'], ['b', 'a'])).toBe(false);
    expect(sameTags(['a'], ['a', 'b'])).toBe(false);
  });
});
