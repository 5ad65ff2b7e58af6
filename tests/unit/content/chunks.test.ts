import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { readChunks } from '../../../extension/content/chunks.ts';
import { extractText } from '../../../src/text/extract.ts';

function page(paragraphs: number): Document {
  const body = Array.from({ length: paragraphs }, (_, i) => `<p>Paragraph ${i} names <b>NATO</b> and Europol.</p>`).join('');
  return parseHTML(`<html><body><article>${body}</article><div contenteditable="true">Typed NATO</div><script>var x = 'NATO';</script></body></html>`).document;
}

describe('readChunks', () => {
  it('hands out the same text and nodes as extractText, in block-aligned pieces', () => {
    const doc = page(60);
    const whole = extractText(doc.body);
    const reader = readChunks(doc.body);
    const pieces = [];
    for (let piece = reader.next(300); piece; piece = reader.next(300)) pieces.push(piece);
    expect(pieces.length).toBeGreaterThan(3);
    expect(pieces.map((p) => p.text).join('\n')).toBe(whole.text);
    expect(pieces.flatMap((p) => p.segments.map((s) => s.node))).toEqual(whole.segments.map((s) => s.node));
    // Every piece but the last ends at a paragraph end, so no sentence is cut in two.
    for (const piece of pieces.slice(0, -1)) expect(piece.text.endsWith('Europol.')).toBe(true);
  });

  it('skips an excluded subtree and cuts the piece before it', () => {
    const { document } = parseHTML('<html><body><p>Before NATO.</p><article><p>Inside.</p></article><p>After Europol.</p></body></html>');
    const reader = readChunks(document.body, { exclude: document.querySelector('article') });
    expect(reader.next(10_000)?.text).toBe('Before NATO.');
    expect(reader.next(10_000)?.text).toBe('After Europol.');
    expect(reader.next(10_000)).toBeNull();
  });

  it('reads through elements marked transparent (inline marks) but not editors or scripts', () => {
    const { document } = parseHTML('<html><body><p>Met <dossier-mark>NATO</dossier-mark> today.</p><div contenteditable="">NATO</div></body></html>');
    const piece = readChunks(document.body, { transparent: (el) => el.localName === 'dossier-mark' }).next(1000);
    expect(piece?.text).toBe('Met NATO today.');
  });
});
