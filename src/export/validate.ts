/**
 * Validates one highlight record as found in our JSON export (or a restore from the UI): every
 * field is checked and a fresh object is built, so unknown or hostile keys never come through.
 */
import { ENTITY_TYPES } from '../kb/model.ts';
import {
  ImportError, expectArray, expectObject, expectOffset, expectOneOf, expectString, expectTimestamp, join,
} from './check.ts';
import { HIGHLIGHT_COLOURS, type Highlight, type HighlightColour, type HighlightEntity, type HighlightSelectors } from './model.ts';

const UUID_URN = /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
export const COLOURS = Object.keys(HIGHLIGHT_COLOURS) as HighlightColour[];

/** True for a lower-case `urn:uuid:` id, the only id form we store. */
export function isUuidUrn(id: string): boolean {
  return UUID_URN.test(id);
}

export function validateEntity(value: unknown, path: string): HighlightEntity {
  const o = expectObject(value, path);
  return {
    id: expectString(o.id, join(path, 'id'), { nonEmpty: true }),
    name: expectString(o.name, join(path, 'name'), { nonEmpty: true }),
    type: expectOneOf(o.type, ENTITY_TYPES, join(path, 'type')),
  };
}

/** Checks a position pair: offsets and start <= end. */
export function validatePosition(start: unknown, end: unknown, path: string, keys = ['start', 'end']) {
  const s = expectOffset(start, join(path, keys[0]));
  const e = expectOffset(end, join(path, keys[1]));
  if (e < s) throw new ImportError(join(path, keys[1]), `end ${e} is before start ${s}`);
  return { start: s, end: e };
}

export function validateSelectors(value: unknown, path: string): HighlightSelectors {
  const o = expectObject(value, path);
  const qPath = join(path, 'quote');
  const q = expectObject(o.quote, qPath);
  const selectors: HighlightSelectors = {
    quote: {
      exact: expectString(q.exact, join(qPath, 'exact'), { nonEmpty: true }),
      prefix: expectString(q.prefix, join(qPath, 'prefix')),
      suffix: expectString(q.suffix, join(qPath, 'suffix')),
    },
  };
  if (o.position !== undefined) {
    const pPath = join(path, 'position');
    const p = expectObject(o.position, pPath);
    selectors.position = validatePosition(p.start, p.end, pPath);
  }
  return selectors;
}

/** Validates a whole highlight; throws ImportError naming the first bad field under `path`. */
export function validateHighlight(value: unknown, path: string): Highlight {
  const o = expectObject(value, path);
  const id = expectString(o.id, join(path, 'id'));
  if (!isUuidUrn(id)) throw new ImportError(join(path, 'id'), `expected a lower-case urn:uuid id, got ${JSON.stringify(id)}`);
  return {
    id,
    source: expectString(o.source, join(path, 'source'), { nonEmpty: true }),
    title: expectString(o.title, join(path, 'title')),
    created: expectTimestamp(o.created, join(path, 'created')),
    modified: expectTimestamp(o.modified, join(path, 'modified')),
    note: expectString(o.note, join(path, 'note')),
    tags: expectArray(o.tags, join(path, 'tags')).map((t, i) =>
      expectString(t, join(join(path, 'tags'), i), { nonEmpty: true })),
    colour: expectOneOf(o.colour, COLOURS, join(path, 'colour')),
    entities: expectArray(o.entities, join(path, 'entities')).map((e, i) => validateEntity(e, join(join(path, 'entities'), i))),
    selectors: validateSelectors(o.selectors, join(path, 'selectors')),
  };
}

/** Rejects a second record with an id already seen, naming where. */
export function checkUniqueIds(highlights: Highlight[], path: (i: number) => string): void {
  const seen = new Set<string>();
  highlights.forEach((h, i) => {
    if (seen.has(h.id)) throw new ImportError(join(path(i), 'id'), `duplicate id ${h.id}`);
    seen.add(h.id);
  });
}
