/**
 * Our own lossless export: every field of every highlight, versioned, so a file exported
 * today imports exactly tomorrow (see `parseImport`).
 */
import { mapWithProgress, exportStamp, type ConvertOptions } from './progress.ts';
import { DOSSIER_EXPORT_FORMAT, DOSSIER_EXPORT_VERSION, type Highlight } from './model.ts';

/** The document `toJson` writes. */
export interface DossierExport {
  format: typeof DOSSIER_EXPORT_FORMAT;
  version: number;
  /** RFC 3339 export time. */
  exported: string;
  highlights: Highlight[];
}

/** Copies a highlight with its keys in schema order, so files diff cleanly. */
function ordered(h: Highlight): Highlight {
  const { quote, position } = h.selectors;
  return {
    id: h.id,
    source: h.source,
    title: h.title,
    created: h.created,
    modified: h.modified,
    note: h.note,
    tags: [...h.tags],
    colour: h.colour,
    entities: h.entities.map((e) => ({ id: e.id, name: e.name, type: e.type })),
    selectors: {
      quote: { exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix },
      ...(position ? { position: { start: position.start, end: position.end } } : {}),
    },
  };
}

/** Writes highlights as our versioned JSON export (two-space indented, trailing newline). */
export function toJson(highlights: readonly Highlight[], options: ConvertOptions = {}): string {
  const doc: DossierExport = {
    format: DOSSIER_EXPORT_FORMAT,
    version: DOSSIER_EXPORT_VERSION,
    exported: exportStamp(options),
    highlights: mapWithProgress(highlights, ordered, options),
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}
