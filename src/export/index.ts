/**
 * One entry point for every export format, so the CLI and the background pick a converter by
 * name. Each converter is a pure function from highlights to text.
 */
import { toCsv } from './csv.ts';
import { toJson } from './json.ts';
import { toMarkdown } from './markdown.ts';
import type { Highlight } from './model.ts';
import { toStix, type StixOptions } from './stix.ts';
import { toW3c } from './w3c.ts';

export const EXPORT_FORMATS = ['json', 'w3c', 'csv', 'markdown', 'stix'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** File extension and MIME type per format, for downloads and `-o` defaults. */
export const FORMAT_FILES: Record<ExportFormat, { extension: string; mime: string }> = {
  json: { extension: 'json', mime: 'application/json' },
  w3c: { extension: 'jsonld', mime: 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"' },
  csv: { extension: 'csv', mime: 'text/csv' },
  markdown: { extension: 'md', mime: 'text/markdown' },
  stix: { extension: 'json', mime: 'application/stix+json;version=2.1' },
};

export function isExportFormat(name: string): name is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(name);
}

/** Converts highlights to the named format. */
export function exportHighlights(format: ExportFormat, highlights: readonly Highlight[], options: StixOptions = {}): string {
  switch (format) {
    case 'json': return toJson(highlights, options);
    case 'w3c': return toW3c(highlights, options);
    case 'csv': return toCsv(highlights, options);
    case 'markdown': return toMarkdown(highlights, options);
    case 'stix': return toStix(highlights, options);
  }
}
