/**
 * W3C Web Annotation export (JSON-LD, https://www.w3.org/TR/annotation-model/): one
 * `AnnotationCollection` whose first page embeds every annotation. Dossier fields map onto
 * standard terms wherever one exists, so any W3C tool reads the note, tags and passage:
 *   note       → TextualBody, purpose `commenting`
 *   tags       → TextualBody, purpose `tagging`, one per tag
 *   entities   → SpecificResource, purpose `identifying`, source `urn:dossier:entity:<id>`,
 *                `label` = name, `dc:type` = entity type
 *   colour     → `stylesheet` (CssStylesheet) + target `styleClass: dossier-<colour>`
 *   title      → target `dc:title` (the `dc:` prefix is declared by anno.jsonld)
 *   selectors  → TextQuoteSelector + TextPositionSelector
 * `fromW3c` (w3c-parse.ts) reads this back losslessly.
 */
import { HIGHLIGHT_COLOURS, type Highlight } from './model.ts';
import { exportStamp, mapWithProgress, type ConvertOptions } from './progress.ts';
import { uuidV5 } from './uuid.ts';

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
export const ENTITY_URN = 'urn:dossier:entity:';
export const STYLE_PREFIX = 'dossier-';

/** `country:GB` → `urn:dossier:entity:country:GB`; characters outside a URN's safe set are %-escaped. */
export function entityUrn(id: string): string {
  return ENTITY_URN + encodeURIComponent(id).replace(/%3A/gi, ':');
}

type Body = Record<string, unknown>;

function bodies(h: Highlight): Body[] {
  const out: Body[] = [];
  if (h.note) out.push({ type: 'TextualBody', purpose: 'commenting', value: h.note, format: 'text/plain' });
  for (const tag of h.tags) out.push({ type: 'TextualBody', purpose: 'tagging', value: tag });
  for (const e of h.entities) {
    out.push({ type: 'SpecificResource', purpose: 'identifying', source: entityUrn(e.id), label: e.name, 'dc:type': e.type });
  }
  return out;
}

function target(h: Highlight): Record<string, unknown> {
  const { quote, position } = h.selectors;
  const selector: Record<string, unknown>[] = [{
    type: 'TextQuoteSelector',
    exact: quote.exact,
    ...(quote.prefix ? { prefix: quote.prefix } : {}),
    ...(quote.suffix ? { suffix: quote.suffix } : {}),
  }];
  if (position) selector.push({ type: 'TextPositionSelector', start: position.start, end: position.end });
  return {
    type: 'SpecificResource',
    source: h.source,
    ...(h.title ? { 'dc:title': h.title } : {}),
    styleClass: STYLE_PREFIX + h.colour,
    selector,
  };
}

/** One highlight as a W3C Annotation (without `@context`, which the collection carries). */
export function toAnnotation(h: Highlight): Record<string, unknown> {
  const body = bodies(h);
  return {
    id: h.id,
    type: 'Annotation',
    motivation: h.note ? 'commenting' : 'highlighting',
    created: h.created,
    modified: h.modified,
    stylesheet: { type: 'CssStylesheet', value: `.${STYLE_PREFIX}${h.colour} { background-color: ${HIGHLIGHT_COLOURS[h.colour]}; }` },
    ...(body.length ? { body } : {}),
    target: target(h),
  };
}

/** Writes highlights as a JSON-LD AnnotationCollection (two-space indented, trailing newline). */
export function toW3c(highlights: readonly Highlight[], options: ConvertOptions = {}): string {
  const items = mapWithProgress(highlights, toAnnotation, options);
  // A stable collection id: the same highlights always make the same collection.
  const id = `urn:uuid:${uuidV5(`collection:${highlights.map((h) => h.id).join(' ')}`)}`;
  const doc = {
    '@context': ANNO_CONTEXT,
    id,
    type: 'AnnotationCollection',
    label: 'Dossier highlights',
    generated: exportStamp(options),
    total: items.length,
    first: { id: `${id}#page-1`, type: 'AnnotationPage', startIndex: 0, items },
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}
