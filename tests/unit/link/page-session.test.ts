/**
 * Page-wide linking through the linker Worker's session (issue 14): a golden page read in chunks
 * as the content script reads it (extension/content/chunks.ts) and linked chunk by chunk with
 * `linkChunk` (extension/linker/worker.ts) must come out as the whole text linked at once, as
 * `dossier annotate` links it. Prints, per page, how many of the whole-text links each way
 * finds: chunk by chunk with the session's page state, and each chunk on its own (as before).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import { readChunks, readWhole } from '../../../extension/content/chunks.ts';
import type { EntitySpan, LinkedSpan } from '../../../extension/linker/messages.ts';
import { SessionTable } from '../../../extension/linker/sessions.ts';
import { linkChunk } from '../../../extension/linker/worker.ts';
import { linkerFor } from '../../../src/cli/annotate-core.ts';
import { kbNameKeys, unknownNamesIn } from '../../../src/cli/annotate-unknown.ts';
import { loadKb } from '../../../src/cli/load-kb.ts';
import { ordinaryEnglishWords } from '../../../src/cli/ordinary-words.ts';
import type { UnknownContext } from '../../../extension/linker/unknown-names.ts';
import { buildLinkerIndex, createLinker, type Linker } from '../../../src/link/index.ts';
import { MINI_KB } from './mini-kb.ts';

/** One chunk: its text and where it starts in the whole text. */
interface Piece {
  text: string;
  at: number;
}

/** The body's text in chunks of the scanner's sizes (a small first one, then larger), and the same text whole. */
function piecesOf(html: string): { whole: string; pieces: Piece[] } {
  const { document } = parseHTML(html);
  const body = document.body as unknown as Node;
  const whole = readWhole(body).text;
  const reader = readChunks(body);
  const pieces: Piece[] = [];
  let at = 0;
  // Joined as readWhole joins them: a break between pieces, none where a piece continues a text node.
  for (let piece = reader.next(1_000); piece; piece = reader.next(2_000)) {
    if (piece.text.length === 0) continue;
    if (at > 0 && !piece.segments[0]?.from) at += 1;
    pieces.push({ text: piece.text, at });
    at += piece.text.length;
  }
  return { whole, pieces };
}

const key = (start: number, end: number, id: string): string => `${start}-${end} ${id}`;

/** Links the pieces in `order` through one Worker session; the page's links (and unknown names, `unknown:<name>`) in whole-text offsets. */
function linkInChunks(linker: Linker, pieces: readonly Piece[], order: readonly number[] = pieces.map((_, k) => k), context: UnknownContext | null = null): Set<string> {
  const table = new SessionTable();
  const out = new Set<string>();
  for (const k of order) {
    const spans: LinkedSpan[] = linkChunk(linker, table, '1:0:page', (pieces[k] as Piece).text, context, k);
    for (const s of spans) {
      if (s.kind === 'waiting') continue;
      const at = (pieces[s.chunk ?? k] as Piece).at;
      // An unknown name found afterwards takes the place of the mark there, as the content script does.
      if (s.kind === 'unknown' && s.chunk !== undefined) for (const old of out) if (old.startsWith(`${s.start + at}-${s.end + at} unknown:`)) out.delete(old);
      out.add(key(s.start + at, s.end + at, s.kind === 'entity' ? s.entityId : `unknown:${s.name}`));
    }
  }
  return out;
}

/** Each piece linked on its own, with no page state (how chunks were linked before issue 14). */
function linkAlone(linker: Linker, pieces: readonly Piece[]): Set<string> {
  const out = new Set<string>();
  for (const p of pieces) for (const m of linker.link(p.text)) out.add(key(m.start + p.at, m.end + p.at, m.entityId));
  return out;
}

const common = (a: ReadonlySet<string>, b: ReadonlySet<string>): number => [...a].filter((x) => b.has(x)).length;

describe('a page linked in chunks through the session equals the whole text linked at once', () => {
  it('a surname chunks after its full name, and one chunks before it, both link to the person', () => {
    const linker = createLinker(buildLinkerIndex(MINI_KB));
    const table = new SessionTable();
    const first = linkChunk(linker, table, '2:0:p', 'Foreign Secretary Dominic Raab spoke in London on Monday.', null, 0);
    expect(first.some((s) => s.kind === 'entity' && s.entityName === 'Dominic Raab')).toBe(true);
    const later = linkChunk(linker, table, '2:0:p', 'Later, Raab said the talks would go on.', null, 1);
    expect(later.filter((s): s is EntitySpan => s.kind === 'entity').map((s) => [s.start, s.end, s.entityId, s.how])).toEqual([[7, 11, 'wd:Q268584', 'coreference']]);
    // Alone, the same chunk links nothing: the name came from the page state.
    expect(linker.link('Later, Raab said the talks would go on.')).toEqual([]);

    // Viewport-first order: the surname's chunk is linked before its full name's.
    const other = new SessionTable();
    const early = linkChunk(linker, other, '3:0:p', 'Kelin declined to comment.', null, 4);
    expect(early).toEqual([{ kind: 'waiting', start: 0, end: 5 }]);
    const late = linkChunk(linker, other, '3:0:p', 'The Russian ambassador Andrei Kelin was summoned.', null, 2);
    const upgrade = late.find((s): s is EntitySpan => s.kind === 'entity' && s.chunk === 4);
    expect(upgrade).toMatchObject({ start: 0, end: 5, entityId: 'person:andrei-kelin', how: 'coreference' });
  });

  it('the page state carries over to a linker built again mid-page (another entity set), by entity id', () => {
    const before = createLinker(buildLinkerIndex(MINI_KB));
    // A user entity first in the set moves every KB entity's number.
    const after = createLinker(buildLinkerIndex([{ id: 'user:x', name: 'Harbour Ledger', type: 'organization', aliases: [], description: '' }, ...MINI_KB]));
    const table = new SessionTable();
    linkChunk(before, table, '5:0:p', 'Kelin declined to comment.', null, 0);
    linkChunk(before, table, '5:0:p', 'Foreign Secretary Dominic Raab spoke in London.', null, 1);
    const spans = linkChunk(after, table, '5:0:p', 'The ambassador Andrei Kelin met Raab.', null, 2).filter((s): s is EntitySpan => s.kind === 'entity');
    expect(spans.map((s) => [s.start, s.entityId, s.chunk ?? 2])).toEqual([
      [15, 'person:andrei-kelin', 2],
      [32, 'wd:Q268584', 2],
      [0, 'person:andrei-kelin', 0],
    ]);
  });

  it("a name the KB lacks: a later chunk's surname is marked as the earlier chunk's full name", () => {
    const linker = createLinker(buildLinkerIndex(MINI_KB));
    const context: UnknownContext = { ordinary: new Set(), kbNames: new Set() };
    const table = new SessionTable();
    const first = linkChunk(linker, table, '6:0:p', 'The council leader, Jane Hollowell, said the budget was tight.', context, 0);
    expect(first.filter((s) => s.kind === 'unknown').map((s) => s.kind === 'unknown' && [s.name, s.type])).toEqual([['Jane Hollowell', 'person']]);
    const later = linkChunk(linker, table, '6:0:p', 'Residents were unhappy, and Hollowell promised a review.', context, 1);
    const unknown = later.filter((s) => s.kind === 'unknown');
    expect(unknown).toMatchObject([{ start: 28, end: 37, name: 'Jane Hollowell', type: 'person', evidence: { role: 'The council leader' } }]);
    // In the other order, the one-word name marked first becomes the full name afterwards.
    const other = new SessionTable();
    const early = linkChunk(linker, other, '8:0:p', 'Residents were unhappy, and Hollowell promised a review.', context, 5);
    expect(early).toEqual(expect.arrayContaining([expect.objectContaining({ kind: 'unknown', start: 28, end: 37, name: 'Hollowell' }), { kind: 'waiting', start: 28, end: 37 }]));
    const full = linkChunk(linker, other, '8:0:p', 'The council leader, Jane Hollowell, said the budget was tight.', context, 1);
    expect(full.filter((s) => s.kind === 'unknown' && s.chunk === 5)).toMatchObject([{ start: 28, end: 37, name: 'Jane Hollowell', type: 'person' }]);
    // Alone, the chunk does not know whose surname it is.
    expect(linkChunk(linker, new SessionTable(), '7:0:p', 'Residents were unhappy, and Hollowell promised a review.', context, 0).filter((s) => s.kind === 'unknown' && s.name === 'Jane Hollowell')).toEqual([]);
  });

  it('an unknown person of the same surname keeps it from the known one, across chunks', () => {
    const linker = createLinker(buildLinkerIndex(MINI_KB));
    const table = new SessionTable();
    linkChunk(linker, table, '4:0:p', 'The baker Esther Raab opened a shop in London.', null, 0);
    const spans = linkChunk(linker, table, '4:0:p', 'Raab said business was good.', null, 1);
    expect(spans.filter((s) => s.kind === 'entity')).toEqual([]);
  });

  describe('golden pages', () => {
    let linker: Linker;
    let context: UnknownContext;
    beforeAll(async () => {
      const kb = await loadKb();
      linker = linkerFor(kb);
      context = { ordinary: ordinaryEnglishWords(), kbNames: kbNameKeys(kb) };
    });
    const pages = [
      ...readdirSync('tests/fixtures/news').filter((f) => f.endsWith('.html')).map((f) => join('tests/fixtures/news', f)),
      ...readdirSync('tests/fixtures/linking/pages').filter((f) => f.endsWith('.html')).map((f) => join('tests/fixtures/linking/pages', f)),
    ].sort();

    it('every page, in document order and in reverse, comes close to its whole-text links', () => {
      const totals = { whole: 0, session: 0, reverse: 0, alone: 0, extraSession: 0, extraAlone: 0 };
      for (const file of pages) {
        const { whole, pieces } = piecesOf(readFileSync(file, 'utf8'));
        expect(pieces.map((p) => p.text).join('').length).toBeLessThanOrEqual(whole.length);
        const target = new Set(linker.link(whole).map((m) => key(m.start, m.end, m.entityId)));
        const session = linkInChunks(linker, pieces);
        const reverse = linkInChunks(linker, pieces, pieces.map((_, k) => pieces.length - 1 - k));
        const alone = linkAlone(linker, pieces);
        totals.whole += target.size;
        totals.session += common(session, target);
        totals.reverse += common(reverse, target);
        totals.alone += common(alone, target);
        totals.extraSession += session.size - common(session, target);
        totals.extraAlone += alone.size - common(alone, target);
        console.log(`${file}: ${pieces.length} chunks, ${target.size} whole-text links; session ${common(session, target)} (+${session.size - common(session, target)} others), reverse ${common(reverse, target)}, alone ${common(alone, target)} (+${alone.size - common(alone, target)})`);
      }
      console.log(`page session: ${totals.session}/${totals.whole} whole-text links in document order, ${totals.reverse} in reverse; each chunk alone ${totals.alone}; links the whole text lacks: session ${totals.extraSession}, alone ${totals.extraAlone}`);
      expect(totals.session).toBeGreaterThan(totals.alone);
      expect(totals.session / totals.whole).toBeGreaterThanOrEqual(0.97);
      // With the full KB a chunk still lacks some whole-page evidence (a team's sport context
      // seen later, a heading's page-level cues): a few links the whole text does not make, kept
      // to a small share (12 of 649 on 2026-12-06, about half of them wrong: issue 14's note).
      expect(totals.extraSession).toBeLessThanOrEqual(Math.max(totals.extraAlone, Math.ceil(0.025 * totals.whole)));
    }, 300_000);

    it("names the KB lacks: a chunk's surname joins an earlier chunk's full name, as in the whole text", () => {
      let whole = 0;
      let session = 0;
      let alone = 0;
      let reverse = 0;
      const extra = { session: 0, alone: 0 };
      for (const file of pages) {
        const { whole: text, pieces } = piecesOf(readFileSync(file, 'utf8'));
        const target = new Set(unknownNamesIn(text, linker.link(text), context.kbNames).map((u) => key(u.start, u.end, `unknown:${u.name}`)));
        const linked = [...linkInChunks(linker, pieces, undefined, context)].filter((k) => k.includes(' unknown:'));
        const backwards = [...linkInChunks(linker, pieces, pieces.map((_, k) => pieces.length - 1 - k), context)].filter((k) => k.includes(' unknown:'));
        reverse += backwards.filter((k) => target.has(k)).length;
        const single = pieces.flatMap((p) => unknownNamesIn(p.text, linker.link(p.text), context.kbNames).map((u) => key(u.start + p.at, u.end + p.at, `unknown:${u.name}`)));
        whole += target.size;
        session += linked.filter((k) => target.has(k)).length;
        alone += single.filter((k) => target.has(k)).length;
        extra.session += linked.filter((k) => !target.has(k)).length;
        extra.alone += single.filter((k) => !target.has(k)).length;
      }
      console.log(`unknown names: ${session}/${whole} whole-text marks (place and name) chunk by chunk with the session (+${extra.session} others), ${reverse} in reverse order, ${alone} with each chunk alone (+${extra.alone})`);
      expect(session).toBeGreaterThan(alone);
      expect(reverse).toBeGreaterThan(alone);
      expect(session / whole).toBeGreaterThanOrEqual(0.9);
      expect(extra.session).toBeLessThanOrEqual(extra.alone);
    }, 300_000);
  });
});
