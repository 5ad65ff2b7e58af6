import { describe, expect, it } from 'vitest';
import { caretFromPoint, findMentionAt, rectsContain, type MentionShape, type RectLike } from '../../../extension/content/card/hit-test.ts';

const rect = (left: number, top: number, width: number, height: number): RectLike => ({ left, top, right: left + width, bottom: top + height });
const nodeA = {} as Node;
const nodeB = {} as Node;

/** A stand-in mention over [from, to) of one node, laid out in the given rects. */
interface Fake { node: Node; from: number; to: number; rects: RectLike[] }
const fakeRange = (node: Node, from: number, to: number, rects: RectLike[]): Fake => ({ node, from, to, rects });
const SHAPE: MentionShape<{ range: Fake }> = {
  holds: ({ range: r }, n, o) => n === r.node && o >= r.from && o <= r.to,
  rects: ({ range: r }) => r.rects,
};

describe('rectsContain', () => {
  it('accepts points inside any rect, with a pixel of slack at the edges', () => {
    const rects = [rect(10, 10, 50, 20), rect(0, 30, 40, 20)];
    expect(rectsContain(rects, 30, 20)).toBe(true);
    expect(rectsContain(rects, 5, 40)).toBe(true);
    expect(rectsContain(rects, 60.5, 20)).toBe(true);
    expect(rectsContain(rects, 63, 20)).toBe(false);
    expect(rectsContain(rects, 55, 45)).toBe(false);
    expect(rectsContain([], 0, 0)).toBe(false);
  });
});

describe('findMentionAt', () => {
  const first = { id: 1, range: fakeRange(nodeA, 0, 5, [rect(0, 0, 50, 20)]) };
  const second = { id: 2, range: fakeRange(nodeA, 10, 15, [rect(100, 0, 50, 20)]) };
  const wrapped = { id: 3, range: fakeRange(nodeB, 0, 20, [rect(300, 0, 100, 20), rect(0, 20, 60, 20)]) };
  const all = [first, second, wrapped];

  it('returns the mention whose range holds the caret and whose box holds the pointer', () => {
    expect(findMentionAt(all, { node: nodeA, offset: 12 }, 120, 10, SHAPE)).toBe(second);
    expect(findMentionAt(all, { node: nodeB, offset: 15 }, 30, 30, SHAPE)).toBe(wrapped);
  });

  it('rejects a caret that snapped to a mention from far away (pointer in the margin)', () => {
    expect(findMentionAt(all, { node: nodeA, offset: 3 }, 400, 300, SHAPE)).toBeNull();
  });

  it('returns null without a caret or outside every range', () => {
    expect(findMentionAt(all, null, 10, 10, SHAPE)).toBeNull();
    expect(findMentionAt(all, { node: nodeA, offset: 8 }, 10, 10, SHAPE)).toBeNull();
  });

  it('treats a mention whose test throws (detached, other document) as no hit', () => {
    const broken: MentionShape<object> = { holds: () => { throw new Error('WrongDocumentError'); }, rects: () => [rect(0, 0, 9, 9)] };
    expect(findMentionAt([{}], { node: nodeA, offset: 0 }, 1, 1, broken)).toBeNull();
  });

  it('asks for boxes only of the mention that holds the caret', () => {
    const asked: number[] = [];
    const counting: MentionShape<{ id: number; range: Fake }> = { holds: SHAPE.holds, rects: (m) => (asked.push(m.id), m.range.rects) };
    expect(findMentionAt(all, { node: nodeA, offset: 12 }, 120, 10, counting)).toBe(second);
    expect(asked).toEqual([2]);
  });
});

describe('caretFromPoint', () => {
  it('uses caretPositionFromPoint when the document has it', () => {
    const doc = { caretPositionFromPoint: (x: number, y: number) => ({ offsetNode: nodeA, offset: x + y }) } as unknown as Document;
    expect(caretFromPoint(doc, 2, 3)).toEqual({ node: nodeA, offset: 5 });
  });

  it('falls back to caretRangeFromPoint, and to null when neither exists', () => {
    const doc = { caretRangeFromPoint: () => ({ startContainer: nodeB, startOffset: 7 }) } as unknown as Document;
    expect(caretFromPoint(doc, 0, 0)).toEqual({ node: nodeB, offset: 7 });
    expect(caretFromPoint({} as Document, 0, 0)).toBeNull();
  });
});
