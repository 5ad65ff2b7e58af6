/**
 * Export: choose which highlights (the checked ones, this page, everything), then a format.
 * The background builds the file; while it does, every export button is disabled and the
 * section says so (a large export can take a moment).
 */
import { useState } from 'preact/hooks';
import { EXPORT_FORMATS, type ExportFormat } from '../../../src/export/index.ts';
import { t, type MessageKey } from '../../shared/i18n.ts';
import { callBackground } from '../../shared/rpc.ts';
import { downloadText, exportFileName, type ExportScope } from './export-file.ts';
import type { ShowToast } from './use-toast.ts';

const FORMAT_LABELS: Record<ExportFormat, MessageKey> = {
  json: 'panelFormatJson', w3c: 'panelFormatW3c', csv: 'panelFormatCsv', markdown: 'panelFormatMarkdown', stix: 'panelFormatStix',
};

export interface ExportSectionProps {
  selected: ReadonlySet<string>;
  pageUrl: string | null;
  host: string | null;
  show: ShowToast;
}

/** The ids to export for a scope; undefined means every highlight. */
async function idsFor(scope: ExportScope, selected: ReadonlySet<string>, pageUrl: string | null): Promise<string[] | undefined> {
  if (scope === 'all') return undefined;
  if (scope === 'selection') return [...selected];
  if (!pageUrl) return [];
  return (await callBackground('listHighlights', { source: pageUrl })).map((h) => h.id);
}

/** The export controls. */
export function ExportSection({ selected, pageUrl, host, show }: ExportSectionProps) {
  const [scope, setScope] = useState<ExportScope>(selected.size > 0 ? 'selection' : 'all');
  const [busy, setBusy] = useState<ExportFormat | null>(null);
  const scopes: { value: ExportScope; label: string; disabled: boolean }[] = [
    { value: 'selection', label: t('panelExportSelection', String(selected.size)), disabled: selected.size === 0 },
    { value: 'page', label: t('panelExportPage'), disabled: !pageUrl },
    { value: 'all', label: t('panelExportAll'), disabled: false },
  ];
  // A scope that became impossible (selection cleared, tab left the page) falls back to everything.
  const active = scopes.find((s) => s.value === scope)?.disabled ? 'all' : scope;

  const run = async (format: ExportFormat): Promise<void> => {
    setBusy(format);
    try {
      const ids = await idsFor(active, selected, pageUrl);
      if (ids?.length === 0) return show({ message: t('panelExportNothing') });
      const text = await callBackground('exportHighlights', ids ? { format, ids } : { format });
      const name = exportFileName(format, active, host);
      downloadText(text, name, format);
      show({ message: t('panelExportDone', name) });
    } catch (err) {
      show({ message: t('panelFailed', err instanceof Error ? err.message : String(err)), tone: 'error' });
    } finally {
      setBusy(null);
    }
  };

  return (
    <section aria-labelledby="export-title" aria-busy={busy !== null}>
      <h2 id="export-title">{t('panelExport')}</h2>
      <fieldset class="choices">
        <legend>{t('panelExportWhich')}</legend>
        {scopes.map((s) => (
          <label key={s.value}>
            <input type="radio" name="export-scope" value={s.value} checked={active === s.value} disabled={s.disabled || busy !== null}
              onChange={() => setScope(s.value)} />
            {s.label}
          </label>
        ))}
      </fieldset>
      <div class="buttons">
        {EXPORT_FORMATS.map((format) => (
          <button key={format} type="button" disabled={busy !== null} data-format={format}
            aria-label={t('panelExportAs', t(FORMAT_LABELS[format]))} onClick={() => void run(format)}>
            {t(FORMAT_LABELS[format])}
          </button>
        ))}
      </div>
      {busy && <p class="muted" role="status">{t('panelExportBusy', t(FORMAT_LABELS[busy]))}</p>}
    </section>
  );
}
