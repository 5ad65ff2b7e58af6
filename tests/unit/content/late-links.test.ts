/**
 * Links that come afterwards for an earlier chunk (issue 14), placed through that chunk's kept
 * text map: the content script's piece linker over the real Worker session (`linkChunk`).
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { ChunkTexts, MAX_WAITING } from '../../../extension/content/chunk-texts.ts';
import { readChunks } from '../../../extension/content/chunks.ts';
import { createIdleQueue } from '../../../extension/content/idle.ts';
import { LatePlaces } from '../../../extension/content/late-places.ts';
import { createPieceLinker, scanJob } from '../../../extension/content/scanner.ts';
import type { PageMention } from '../../../extension/content/types.ts';
import { SessionTable } from '../../../extension/linker/sessions.ts';
import { linkChunk } from '../../../extension/linker/worker.ts';
import { buildLinkerIndex, createLinker } from '../../../src/link/index.ts';
import { MINI_KB } from '../link/mini-kb.ts';

const linker = createLinker(buildLinkerIndex(MINI_KB));

function body(html: string): HTMLElement {
  return parseHTML(`<html><body>${html}</body></html>`).document.body as unknown as HTMLElement;
}

function runJob(job: () => boolean | Promise<unknown>): Promise<void> {
  return new Promise((resolve) => {
    const queue = createIdleQueue((error) => {
      throw error;
    });
    queue.push(job);
    queue.push(() => (resolve(), true));
  });
}

const filler = (n: number): string => Array.from({ length: n }, (_, i) => `<p>Paragraph ${i} of the report says little of note about the weather.</p>`).join('');

describe('links found afterwards in earlier chunks', () => {
  it('a surname in the first chunk is marked once its full name comes in a later one; a later surname joins too', async () => {
    const root = body(`<h1>Kelin summoned</h1>${filler(30)}<p>The ambassador Andrei Kelin was summoned to the Foreign Office.</p>${filler(60)}<p>Kelin declined to comment.</p>`);
    const table = new SessionTable();
    const remote = async (text: string, chunk: number) => linkChunk(linker, table, '1:0:p', text, null, chunk);
    const runs: PageMention[][] = [];
    const late: PageMention[] = [];
    const link = createPieceLinker(remote, () => false);
    link.restart?.((m) => late.push(m));
    await runJob(scanJob(root, link, (m) => runs.push(m), { firstChars: 300 }));
    const where = (mentions: PageMention[]): string[][] =>
      mentions.filter((m) => m.entityId === 'person:andrei-kelin').map((m) => [m.startNode.parentElement?.tagName.toLowerCase() ?? '', m.startNode.data.slice(m.startOffset, m.endOffset)]);
    expect(where(runs.flat())).toEqual([['p', 'Andrei Kelin'], ['p', 'Kelin']]);
    // The headline's mark came afterwards, once a later chunk named the person.
    expect(where(late)).toEqual([['h1', 'Kelin']]);
  });

  it("after a restart (a rescan), links for the old pass's chunks are dropped", async () => {
    const root = body(`<h1>Kelin summoned</h1>${filler(30)}<p>The ambassador Andrei Kelin was summoned.</p>`);
    const table = new SessionTable();
    const link = createPieceLinker(async (text, chunk) => linkChunk(linker, table, '1:0:p', text, null, chunk), () => false);
    const late: PageMention[] = [];
    link.restart?.((m) => late.push(m));
    const reader = readChunks(root);
    const headline = reader.next(300);
    const rest = reader.next(100_000);
    await link(headline!);
    link.restart?.((m) => late.push(m));
    await link(rest!);
    expect(late).toEqual([]);
  });

  it('keeps only waiting chunks, at most MAX_WAITING, and a chunk read again supersedes the old one', () => {
    const root = body('<p>one</p><p>two</p>');
    const [a, b] = [...root.querySelectorAll('p')].map((p) => ({ text: p.textContent ?? '', segments: [{ node: p.firstChild as Text, start: 0 }] }));
    const texts = new ChunkTexts();
    const first = texts.send(a!);
    expect(texts.textOf(first)).toBe(a);
    texts.settle(first, true);
    const second = texts.send(b!);
    texts.settle(second, false);
    expect([texts.textOf(first), texts.textOf(second)]).toEqual([a, undefined]);
    const again = texts.send(a!);
    expect(texts.textOf(first)).toBeUndefined();
    texts.settle(again, true);
    for (let i = 0; i < MAX_WAITING + 3; i++) texts.settle(texts.send({ text: 'x', segments: [] }), true);
    expect(texts.size).toBe(MAX_WAITING);
    expect(texts.textOf(again)).toBeUndefined();
  });

  it("a chunk's own mention landing after one found afterwards at its place is not painted, until that one is taken off", () => {
    const root = body('<p>Residents were unhappy, and Hollowell promised a review.</p>');
    const node = root.querySelector('p')?.firstChild as Text;
    const at = (name: string): PageMention => ({ start: 28, end: 37, quote: 'Hollowell', entityId: `unknown:${name}`, entityName: name, entityType: 'person', confidence: 0.7, how: 'exact', explanation: '', startNode: node, startOffset: 28, endNode: node, endOffset: 37 });
    const places = new LatePlaces();
    const own = at('Hollowell');
    expect(places.without([own])).toEqual([own]);
    const late = at('Jane Hollowell');
    places.add(late);
    expect(places.without([own])).toEqual([]);
    places.forget([late]);
    expect(places.without([own])).toEqual([own]);
    places.add(late);
    places.clear();
    expect(places.without([own])).toEqual([own]);
  });
});
