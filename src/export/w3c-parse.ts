/**
 * Reads W3C Web Annotations (JSON-LD) into highlights: our own `toW3c` output losslessly, and
 * other tools' annotations where they carry a TextQuoteSelector. Every field read is checked;
 * the first bad one throws an ImportError naming its path.
 */
import { ENTITY_TYPES } from '../kb/model.ts';
import {
  ImportError, expectArray, expectObject, expectOneOf, expectString, expectTimestamp, join, type Json,
} from './check.ts';
import { DEFAULT_COLOUR, type Highlight, type HighlightColour, type HighlightEntity, type HighlightSelectors } from './model.ts';
import { uuidV5 } from './uuid.ts';
import { COLOURS, checkUniqueIds, isUuidUrn, validatePosition } from './validate.ts';
import { ENTITY_URN, STYLE_PREFIX } from './w3c.ts';

/** True when a JSON-LD `type` (a string or an array of them) includes `name`. */
export function hasType(node: unknown, name: string): boolean {
  if (typeof node !== 'object' || node === null) return false;
  const type = (node as Json).type ?? (node as Json)['@type'];
  return type === name || (Array.isArray(type) && type.includes(name));
}

/** Items and where they sit, for a collection, a single annotation or an array of them. */
function annotationsOf(doc: unknown): { items: unknown[]; path: string } {
  if (Array.isArray(doc)) return { items: doc, path: '' };
  const o = expectObject(doc, '');
  if (hasType(o, 'Annotation')) return { items: [o], path: '' };
  if (!hasType(o, 'AnnotationCollection')) throw new ImportError('type', 'expected Annotation or AnnotationCollection');
  if (o.first === undefined && o.total === 0) return { items: [], path: 'first.items' };
  const first = expectObject(o.first, 'first');
  return { items: expectArray(first.items, 'first.items'), path: 'first.items' };
}

function readId(value: unknown, path: string): string {
  const id = expectString(value, path, { nonEmpty: true });
  if (isUuidUrn(id.toLowerCase())) return id.toLowerCase();
  // A foreign id (an http IRI, say): derive a stable urn:uuid so re-importing stays idempotent.
  return `urn:uuid:${uuidV5(`annotation:${id}`)}`;
}

function readSelectors(value: unknown, path: string): HighlightSelectors {
  const list = Array.isArray(value) ? value : [expectObject(value, path)];
  const at = (i: number) => (Array.isArray(value) ? join(path, i) : path);
  const qi = list.findIndex((s) => hasType(s, 'TextQuoteSelector'));
  if (qi < 0) throw new ImportError(path, 'expected a TextQuoteSelector');
  const q = expectObject(list[qi], at(qi));
  const selectors: HighlightSelectors = {
    quote: {
      exact: expectString(q.exact, join(at(qi), 'exact'), { nonEmpty: true }),
      prefix: q.prefix === undefined ? '' : expectString(q.prefix, join(at(qi), 'prefix')),
      suffix: q.suffix === undefined ? '' : expectString(q.suffix, join(at(qi), 'suffix')),
    },
  };
  const pi = list.findIndex((s) => hasType(s, 'TextPositionSelector'));
  if (pi >= 0) {
    const p = expectObject(list[pi], at(pi));
    selectors.position = validatePosition(p.start, p.end, at(pi));
  }
  return selectors;
}

function readColour(value: unknown, path: string): HighlightColour {
  if (value === undefined) return DEFAULT_COLOUR;
  const name = expectString(value, path).replace(STYLE_PREFIX, '');
  return (COLOURS as string[]).includes(name) ? (name as HighlightColour) : DEFAULT_COLOUR;
}

function readTarget(value: unknown, path: string) {
  const path0 = Array.isArray(value) ? join(path, 0) : path;
  const t = expectObject(Array.isArray(value) ? value[0] : value, path0);
  const source = typeof t.source === 'object' && t.source !== null ? (t.source as Json).id : t.source;
  return {
    source: expectString(source, join(path0, 'source'), { nonEmpty: true }),
    title: t['dc:title'] === undefined ? '' : expectString(t['dc:title'], join(path0, 'dc:title')),
    colour: readColour(t.styleClass, join(path0, 'styleClass')),
    selectors: readSelectors(t.selector, join(path0, 'selector')),
  };
}

function readBodies(a: Json, path: string) {
  const notes: string[] = [];
  const tags: string[] = [];
  const entities: HighlightEntity[] = [];
  if (a.bodyValue !== undefined) notes.push(expectString(a.bodyValue, join(path, 'bodyValue')));
  const raw = a.body === undefined ? [] : Array.isArray(a.body) ? a.body : [a.body];
  raw.forEach((body, i) => {
    const p = Array.isArray(a.body) ? join(join(path, 'body'), i) : join(path, 'body');
    if (typeof body === 'string') return; // an external body IRI: nothing we can keep
    const b = expectObject(body, p);
    const purpose = b.purpose === undefined ? undefined : expectString(b.purpose, join(p, 'purpose'));
    if (hasType(b, 'TextualBody')) {
      const value = expectString(b.value, join(p, 'value'));
      if (purpose === 'tagging') tags.push(expectString(value, join(p, 'value'), { nonEmpty: true }));
      else if (purpose === undefined || purpose === 'commenting') notes.push(value);
    } else if (purpose === 'identifying' && typeof b.source === 'string' && b.source.startsWith(ENTITY_URN)) {
      entities.push({
        id: decodeURIComponent(b.source.slice(ENTITY_URN.length)),
        name: expectString(b.label, join(p, 'label'), { nonEmpty: true }),
        type: expectOneOf(b['dc:type'], ENTITY_TYPES, join(p, 'dc:type')),
      });
    }
  });
  return { note: notes.join('\n\n'), tags, entities };
}

function readAnnotation(value: unknown, path: string): Highlight {
  const a = expectObject(value, path);
  if (!hasType(a, 'Annotation')) throw new ImportError(join(path, 'type'), 'expected "Annotation"');
  const id = readId(a.id, join(path, 'id'));
  const created = expectTimestamp(a.created, join(path, 'created'));
  const modified = a.modified === undefined ? created : expectTimestamp(a.modified, join(path, 'modified'));
  const { source, title, colour, selectors } = readTarget(a.target, join(path, 'target'));
  const { note, tags, entities } = readBodies(a, path);
  return { id, source, title, created, modified, note, tags, colour, entities, selectors };
}

/** Parses a W3C document (already JSON-parsed) into highlights; throws ImportError on the first bad field. */
export function fromW3c(doc: unknown): Highlight[] {
  const { items, path } = annotationsOf(doc);
  const highlights = items.map((item, i) => readAnnotation(item, join(path, i)));
  checkUniqueIds(highlights, (i) => join(path, i));
  return highlights;
}
