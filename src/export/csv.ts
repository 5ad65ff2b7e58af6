/**
 * CSV export (RFC 4180): a header row, then one row per highlight, CRLF line ends, fields
 * quoted when they hold a quote, comma or line break. Lists (tags, entities) are joined with
 * "; " in matching order across the entity columns.
 *
 * Spreadsheet formula injection: a cell starting with = + - @ (or a tab or CR, which some
 * spreadsheets skip before looking) would run as a formula when the file is opened, so such
 * cells get a leading apostrophe, which spreadsheets read as "this is text" (OWASP advice).
 */
import type { Highlight } from './model.ts';
import { mapWithProgress, type ConvertOptions } from './progress.ts';

export const CSV_COLUMNS = [
  'id', 'source', 'title', 'created', 'modified', 'quote', 'prefix', 'suffix', 'start', 'end',
  'note', 'tags', 'colour', 'entity_ids', 'entity_names', 'entity_types',
] as const;

const FORMULA_START = /^[=+\-@\t\r]/;

/** Neutralises a would-be formula, then quotes the cell if RFC 4180 requires it. */
export function csvCell(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function row(h: Highlight): string[] {
  const { quote, position } = h.selectors;
  return [
    h.id, h.source, h.title, h.created, h.modified, quote.exact, quote.prefix, quote.suffix,
    position ? String(position.start) : '', position ? String(position.end) : '',
    h.note, h.tags.join('; '), h.colour,
    h.entities.map((e) => e.id).join('; '),
    h.entities.map((e) => e.name).join('; '),
    h.entities.map((e) => e.type).join('; '),
  ];
}

/** Writes highlights as CSV text (header included, every record ends with CRLF). */
export function toCsv(highlights: readonly Highlight[], options: ConvertOptions = {}): string {
  const lines = [CSV_COLUMNS.join(','), ...mapWithProgress(highlights, (h) => row(h).map(csvCell).join(','), options)];
  return `${lines.join('\r\n')}\r\n`;
}
