import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { readChunks, readWhole } from '../../../extension/content/chunks.ts';
import { extractText } from '../../../src/text/extract.ts';
import type { PageText } from '../../../src/text/page-text.ts';
import { positionAt } from '../../../src/text/ranges.ts';

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

  it('ends a piece after a bounded number of blocks when they hold little text, losing none of it', () => {
    // 500 nested divs, a few words every 50 levels: a piece asking for 10,000 characters would
    // otherwise walk the whole tree in one step.
    let html = '';
    for (let depth = 0; depth < 500; depth++) html += depth % 50 === 0 ? `<div>Level ${depth} NATO.` : '<div>';
    html += '</div>'.repeat(500);
    const { document } = parseHTML(`<html><body>${html}</body></html>`);
    const reader = readChunks(document.body);
    const pieces = [];
    for (let piece = reader.next(10_000); piece; piece = reader.next(10_000)) pieces.push(piece);
    expect(pieces.length).toBeGreaterThan(5);
    expect(pieces.map((p) => p.text).filter(Boolean).join('\n')).toBe(extractText(document.body).text);
  });

  it('cuts a huge text node at sentence ends, and its pieces map back to the right characters', () => {
    const sentence = (i: number) => `Report ${i}: Dominic Raab met NATO officials in Kyiv while the Kremlin denied it. `;
    const paragraph = Array.from({ length: 60 }, (_, i) => sentence(i)).join('');
    const { document } = parseHTML(`<html><body><p>${paragraph}</p><p>After Europol.</p></body></html>`);
    const node = document.querySelector('p')?.firstChild as unknown as Text;
    const reader = readChunks(document.body);
    const pieces = [];
    for (let piece = reader.next(300); piece; piece = reader.next(300)) pieces.push(piece);
    const inNode = pieces.filter((p) => p.segments[0]?.node === node);
    expect(inNode.length).toBeGreaterThan(3);
    // Every cut is after a sentence end: no piece ends inside a name.
    for (const piece of inNode.slice(0, -1)) expect(piece.text).toMatch(/denied it\. $/);
    expect(inNode.map((p) => p.text).join('')).toBe(node.data);
    // Offsets in a later piece still land on the same characters of the node.
    const later = inNode[2] as PageText;
    const at = later.text.indexOf('Dominic Raab');
    const from = positionAt(later, at);
    const to = positionAt(later, at + 'Dominic Raab'.length, true);
    expect(from?.node).toBe(node);
    expect(node.data.slice(from?.offset, to?.offset)).toBe('Dominic Raab');
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

describe('readWhole (the saved-highlights text)', () => {
  it('is exactly the text and nodes extractText gives, on a page of many blocks', () => {
    const doc = page(3000);
    const whole = extractText(doc.body);
    const read = readWhole(doc.body);
    expect(read.text).toBe(whole.text);
    expect(read.segments).toEqual(whole.segments);
  });

  it('reads through Dossier\'s inline marks, which extractText leaves out', () => {
    const doc = parseHTML('<html><body><p>Officials met <dossier-mark>Dominic Raab</dossier-mark> today.</p></body></html>').document;
    expect(readWhole(doc.body, { transparent: (el) => el.localName === 'dossier-mark' }).text).toBe('Officials met Dominic Raab today.');
    expect(extractText(doc.body).text).toBe('Officials met  today.');
  });
});
