import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { pageKey, readPageText, textOffsetAt, trimSpan } from '../../../extension/content/highlights/page-text.ts';

function page(html: string, url = 'https://news.example.org/story?id=7&utm_source=x#c') {
  const { document } = parseHTML(html);
  Object.defineProperty(document, 'location', { value: new URL(url) });
  return document as unknown as Document;
}

describe('trimSpan', () => {
  it('drops whitespace and line breaks at either end', () => {
    const text = 'one\n  two three \nfour';
    const span = trimSpan(text, 3, 16);
    expect(span && text.slice(span.start, span.end)).toBe('two three');
  });

  it('is null for a span of only whitespace, and clamps to the text', () => {
    expect(trimSpan('a  \n b', 1, 4)).toBeNull();
    expect(trimSpan('abc', -5, 99)).toEqual({ start: 0, end: 3 });
  });
});

describe('textOffsetAt', () => {
  it('maps a point inside an extracted text node to its offset in the page text', () => {
    const doc = page('<html><body><p>Hello <b>big</b> world</p><p>Second one</p></body></html>');
    const pageText = readPageText(doc);
    const bold = doc.querySelector('b')?.firstChild as Text;
    const second = doc.querySelectorAll('p')[1].firstChild as Text;
    expect(pageText.text.slice(textOffsetAt(pageText, bold, 0, 'start'), textOffsetAt(pageText, bold, 3, 'end'))).toBe('big');
    const at = textOffsetAt(pageText, second, 7, 'start');
    expect(pageText.text.slice(at)).toBe('one');
  });

  it('clamps an offset past the end of its node', () => {
    const doc = page('<html><body><p>abc</p></body></html>');
    const pageText = readPageText(doc);
    const node = doc.querySelector('p')?.firstChild as Text;
    expect(textOffsetAt(pageText, node, 99, 'end')).toBe(pageText.text.indexOf('abc') + 3);
  });
});

describe('readPageText', () => {
  it('leaves out scripts and Dossier\'s own elements, as the scanner does', () => {
    const doc = page('<html><body><p>Kept</p><script>var x = 1</script><dossier-highlight-host>toast</dossier-highlight-host></body></html>');
    const { text } = readPageText(doc);
    expect(text).toContain('Kept');
    expect(text).not.toContain('var x');
    expect(text).not.toContain('toast');
  });
});

describe('pageKey', () => {
  it('normalises the address: no fragment, no tracking parameters', () => {
    expect(pageKey(page('<html><head></head><body></body></html>'))).toBe('https://news.example.org/story?id=7');
  });

  it('honours a same-site canonical link and ignores a cross-site one', () => {
    const same = page('<html><head><link rel="canonical" href="/amp/../story-7"></head><body></body></html>');
    expect(pageKey(same)).toBe('https://news.example.org/story-7');
    const foreign = page('<html><head><link rel="canonical" href="https://elsewhere.example.com/x"></head><body></body></html>');
    expect(pageKey(foreign)).toBe('https://news.example.org/story?id=7');
  });
});
