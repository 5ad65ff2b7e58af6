/**
 * Source line breaks inside one paragraph read as spaces; block boundaries stay line breaks.
 * Both readers (whole page and chunked) agree, and offsets still map to the DOM exactly.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { readChunks } from '../../../extension/content/chunks.ts';
import { anchor } from '../../../src/anchor/anchor.ts';
import { describe as describeSpan } from '../../../src/anchor/describe.ts';
import { buildLinkerIndex, createLinker } from '../../../src/link/index.ts';
import { extractText } from '../../../src/text/extract.ts';
import { positionAt } from '../../../src/text/ranges.ts';
import { MINI_KB } from '../link/mini-kb.ts';

const body = (html: string): Node => parseHTML(`<html><body>${html}</body></html>`).document.body as unknown as Node;

const WRAPPED = [
  '<p>Ambassador Andrei\n    Kelin met Dominic\r\n  Raab.</p>',
  '<div style="white-space: pre-wrap">Line one\nline <b>two\nthree</b></div>',
  '<p>Last <i>words\n</i>here.</p>',
].join('\n  ');

describe('soft line wraps in extracted text', () => {
  it('reads a newline inside a text node as a space, one for one, and a block end as a line break', () => {
    const { text, segments } = extractText(body('<p>Andrei\n  Kelin</p><p>Dominic Raab</p>'));
    expect(text).toBe('Andrei   Kelin\nDominic Raab');
    expect(segments.map((s) => s.node.data.length)).toEqual([14, 12]);
    // Offsets map back to the DOM with no translation: the same characters, one for one.
    const at = text.indexOf('Kelin');
    const from = positionAt({ text, segments }, at);
    const to = positionAt({ text, segments }, at + 5, true);
    expect(from?.node).toBe(to?.node);
    expect(from?.node.data.slice(from.offset, to?.offset)).toBe('Kelin');
  });

  it('keeps newlines where an element preserves white space, and in its descendants', () => {
    const { text } = extractText(body(WRAPPED));
    expect(text).toContain('Ambassador Andrei     Kelin met Dominic    Raab.');
    expect(text).toContain('Line one\nline two\nthree');
    expect(text).toContain('Last words here.');
  });

  it('asks the caller about white space when told how (computed style on a live page)', () => {
    const keepsLineBreaks = (el: Element) => el.classList.contains('poem');
    expect(extractText(body('<p class="poem">Roses\nare red</p>'), { keepsLineBreaks }).text).toBe('Roses\nare red');
  });

  it('the chunked reader gives the same text, whatever the piece size', () => {
    const root = body(`${WRAPPED}<section>${WRAPPED}</section>`);
    const whole = extractText(root).text;
    for (const size of [8, 40, 10_000]) {
      const reader = readChunks(root);
      let joined: string | null = null;
      // Pieces meet at a block end ("\n"), or inside a text node cut in two (nothing between).
      for (let piece = reader.next(size); piece; piece = reader.next(size)) {
        joined = joined === null ? piece.text : `${joined}${piece.segments[0]?.from ? '' : '\n'}${piece.text}`;
      }
      expect(joined).toBe(whole);
    }
    expect(readChunks(root).next(10_000)?.text).toBe(whole);
  });

  it('lets a multi-word name wrapped in the source link as one, but never across paragraphs', () => {
    const linker = createLinker(buildLinkerIndex(MINI_KB));
    const quotes = (html: string) => linker.link(extractText(body(html)).text).map((m) => [m.quote, m.entityName]);
    expect(quotes('<p>The Russian envoy Andrei\n      Kelin was summoned.</p>')).toContainEqual(['Andrei       Kelin', 'Andrei Kelin']);
    expect(quotes('<p>Andrei Kelin arrived in London. Later A.\n  Kelin left.</p>')).toContainEqual(['A.   Kelin', 'Andrei Kelin']);
    const split = quotes('<p>British officials spoke to Dominic</p><p>Raab said nothing.</p>');
    expect(split.filter(([quote]) => quote?.includes('\n'))).toEqual([]);
  });

  it('still finds a highlight saved when the text kept source newlines, at the same offsets', () => {
    const html = '<p>Intro.</p><p>The envoy Andrei\n  Kelin was summoned to the Foreign Office on Monday.</p>';
    const { text } = extractText(body(html));
    const old = text.replace('Andrei   Kelin', 'Andrei\n  Kelin'); // what extraction gave before
    const start = old.indexOf('Andrei');
    const end = start + 'Andrei\n  Kelin was summoned'.length;
    const saved = describeSpan(old, start, end);
    expect(anchor(text, saved)).toMatchObject({ start, end, how: 'fuzzy' });
  });
});
