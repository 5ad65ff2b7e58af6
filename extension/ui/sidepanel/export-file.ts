/**
 * Exports as downloads: which highlights, the file name, and the save itself. The save uses a
 * Blob URL and a temporary `<a download>`, so no `downloads` permission is needed.
 */
import { FORMAT_FILES, type ExportFormat } from '../../../src/export/index.ts';

/** What to export: the checked items, the active tab's page, or everything. */
export type ExportScope = 'selection' | 'page' | 'all';

/** Extensions that keep formats apart when two share one (STIX and our JSON are both `.json`). */
const SUFFIX: Record<ExportFormat, string> = {
  json: FORMAT_FILES.json.extension,
  w3c: FORMAT_FILES.w3c.extension,
  csv: FORMAT_FILES.csv.extension,
  markdown: FORMAT_FILES.markdown.extension,
  stix: `stix.${FORMAT_FILES.stix.extension}`,
};

/** `YYYY-MM-DD` of `now` in local time: the day the researcher sees on their calendar. */
function localDay(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * A safe, descriptive file name: `dossier-<what>-<day>.<ext>`, where <what> is `all`,
 * `selection`, or the page's host (only letters, digits, dots and dashes survive).
 */
export function exportFileName(format: ExportFormat, scope: ExportScope, host: string | null, now = new Date()): string {
  const page = (host ?? '').toLowerCase().replace(/^www\./, '').replace(/[^a-z0-9.-]+/g, '-').replace(/^[.-]+|[.-]+$/g, '');
  const what = scope === 'page' ? page || 'page' : scope;
  return `dossier-${what}-${localDay(now)}.${SUFFIX[format]}`;
}

/** Saves `text` as a file through the browser's normal download flow. */
export function downloadText(text: string, fileName: string, format: ExportFormat): void {
  const url = URL.createObjectURL(new Blob([text], { type: FORMAT_FILES[format].mime }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke later: some browsers start reading the Blob only after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
