/** The card's action row: save the highlight, cycle through mentions, report a wrong link. */
import { useState } from 'preact/hooks';
import { t } from '../../shared/i18n.ts';

export interface CardActionHandlers {
  save(): Promise<void>;
  showAll(): void;
  wrongLink(): Promise<void>;
}

type Status = { kind: 'idle' } | { kind: 'saved' } | { kind: 'corrected' } | { kind: 'failed'; message: string };

/** Buttons plus a polite live region that reports each action's outcome to screen readers. */
export function CardActions({ actions }: { actions: CardActionHandlers }) {
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const run = (action: () => Promise<void>, done: Status) => () => {
    action().then(
      () => setStatus(done),
      (err: unknown) => setStatus({ kind: 'failed', message: err instanceof Error ? err.message : String(err) }),
    );
  };
  const message =
    status.kind === 'saved' ? t('cardSaved')
    : status.kind === 'corrected' ? t('cardWrongDone')
    : status.kind === 'failed' ? t('cardFailed', status.message)
    : '';
  return (
    <div class="actions">
      <button type="button" class="primary" onClick={run(actions.save, { kind: 'saved' })} disabled={status.kind === 'saved'}>
        {status.kind === 'saved' ? t('cardSaved') : t('cardSave')}
      </button>
      <button type="button" onClick={actions.showAll}>{t('cardShowAll')}</button>
      <button type="button" class="quiet" onClick={run(actions.wrongLink, { kind: 'corrected' })}>{t('cardWrong')}</button>
      <p class="status" role="status" aria-live="polite">{message}</p>
    </div>
  );
}
