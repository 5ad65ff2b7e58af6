/** fast-check generators of valid highlights with awkward text: Unicode, emoji, quotes, commas, newlines. */
import fc from 'fast-check';
import { ENTITY_TYPES } from '../../../src/kb/model.ts';
import type { Highlight } from '../../../src/export/model.ts';

const AWKWARD = ['"', "'", ',', ';', '\n', '\r\n', '\t', '😀', '🇺🇦', '👩‍👩‍👧', 'é', 'ß', '中文', 'עברית', '=', '+', '-', '@', '\\', '<b>', '&amp;', '#', '*', '__proto__'];

/** Text mixing random graphemes with the characters most likely to break a serialiser. */
export const text = (maxParts = 8) =>
  fc.array(fc.oneof(fc.string({ unit: 'grapheme', maxLength: 6 }), fc.constantFrom(...AWKWARD)), { maxLength: maxParts })
    .map((parts) => parts.join(''));
export const nonEmpty = (maxParts = 8) => text(maxParts).filter((s) => s.length > 0);
const longNote = fc.oneof({ weight: 9, arbitrary: text(12) }, { weight: 1, arbitrary: fc.string({ unit: 'grapheme', minLength: 500, maxLength: 3000 }) });
const stamp = fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T23:59:59Z'), noInvalidDate: true })
  .map((d) => d.toISOString());

export const highlight: fc.Arbitrary<Highlight> = fc.record({
  id: fc.uuid({ version: 4 }).map((u) => `urn:uuid:${u}`),
  source: nonEmpty(4).map((s) => `https://example.com/${encodeURIComponent(s)}`),
  title: text(4),
  created: stamp,
  modified: stamp,
  note: longNote,
  tags: fc.array(nonEmpty(3), { maxLength: 4 }),
  colour: fc.constantFrom('yellow', 'green', 'blue', 'pink', 'purple'),
  entities: fc.array(fc.record({ id: nonEmpty(3), name: nonEmpty(3), type: fc.constantFrom(...ENTITY_TYPES) }), { maxLength: 4 }),
  selectors: fc.record({
    quote: fc.record({ exact: nonEmpty(10), prefix: text(3), suffix: text(3) }),
    position: fc.tuple(fc.nat(100_000), fc.nat(5_000)).map(([start, len]) => ({ start, end: start + len })),
  }, { requiredKeys: ['quote'] }),
}) as fc.Arbitrary<Highlight>;

/** Lists of highlights with distinct ids. */
export const highlights = (minLength: number, maxLength: number) =>
  fc.uniqueArray(highlight, { minLength, maxLength, selector: (h) => h.id });
