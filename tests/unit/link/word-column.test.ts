import { describe, expect, it } from 'vitest';
import { stringCount } from '../../../src/link/string-column.ts';
import { packWords, WordColumn } from '../../../src/link/word-column.ts';

describe('word column', () => {
  it('gives back every text, each word stored once', () => {
    const texts = ['minister foreign', '', 'foreign', 'président république minister', 'minister'];
    const parts = packWords(texts);
    const column = new WordColumn(parts);
    expect(texts.map((_, i) => column.get(i))).toEqual(texts);
    expect(column.get(texts.length)).toBe('');
    expect(stringCount(parts.vocabulary)).toBe(4);
    expect(Array.from(parts.words)).toEqual([0, 1, 1, 2, 3, 0, 0]);
  });

  it('refuses a text it could not give back', () => {
    expect(() => packWords(['two  spaces'])).toThrow(/empty word/);
    expect(() => packWords([' leading'])).toThrow(/empty word/);
  });
});
