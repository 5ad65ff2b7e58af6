/**
 * Import a Dossier JSON or W3C annotation file. The background imports all or nothing, so on
 * an error the panel shows the exact message and nothing has changed.
 */
import { useState } from 'preact/hooks';
import { t } from '../../shared/i18n.ts';
import type { ImportCounts } from '../../shared/protocol.ts';
import { callBackground } from '../../shared/rpc.ts';

type Outcome = { kind: 'none' } | { kind: 'busy' } | { kind: 'done'; counts: ImportCounts } | { kind: 'failed'; message: string };

export interface ImportSectionProps {
  /** Called after a successful import, to reload the list. */
  imported(): void;
}

/** File types offered in the picker; the background decides by content, not by name. */
const ACCEPT = '.json,.jsonld,application/json,application/ld+json';

/** The import control and its outcome. */
export function ImportSection({ imported }: ImportSectionProps) {
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'none' });
  const onFile = async (input: HTMLInputElement): Promise<void> => {
    const file = input.files?.[0];
    input.value = ''; // so choosing the same file again (after fixing it) fires change again
    if (!file) return;
    setOutcome({ kind: 'busy' });
    try {
      const counts = await callBackground('importHighlights', { text: await file.text() });
      setOutcome({ kind: 'done', counts });
      imported();
    } catch (err) {
      setOutcome({ kind: 'failed', message: err instanceof Error ? err.message : String(err) });
    }
  };
  return (
    <section aria-labelledby="import-title" aria-busy={outcome.kind === 'busy'}>
      <h2 id="import-title">{t('panelImport')}</h2>
      <label class="field">
        <span>{t('panelImportChoose')}</span>
        <input type="file" accept={ACCEPT} disabled={outcome.kind === 'busy'} onChange={(e) => void onFile(e.currentTarget)} />
      </label>
      <div aria-live="polite" class="import-outcome">
        {outcome.kind === 'busy' && <p class="muted">{t('panelImportBusy')}</p>}
        {outcome.kind === 'done' && (
          <p>{t('panelImportDone', String(outcome.counts.added), String(outcome.counts.updated), String(outcome.counts.unchanged))}</p>
        )}
        {outcome.kind === 'failed' && <p class="error" role="alert">{t('panelImportFailed', outcome.message)}</p>}
      </div>
    </section>
  );
}
