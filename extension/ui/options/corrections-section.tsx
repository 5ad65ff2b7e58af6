/** "Wrong link" corrections the user made on cards, each with undo. */
import { t } from '../../shared/i18n.ts';
import { callBackground } from '../../shared/rpc.ts';
import { useRemote } from '../common/use-remote.ts';

const load = () => callBackground('listCorrections', {});

/** The corrections list. */
export function CorrectionsSection() {
  const [list, reload] = useRemote(load);
  const undo = (key: string): void => void callBackground('removeCorrection', { key }).then(reload, reload);
  return (
    <section aria-labelledby="corrections-title">
      <h2 id="corrections-title">{t('optionsCorrections')}</h2>
      {list.status === 'error' && <p class="error">{t('optionsError', list.message)}</p>}
      {list.status === 'ready' && list.value.length === 0 && <p class="muted">{t('optionsCorrectionsNone')}</p>}
      {list.status === 'ready' && (
        <ul class="plain">
          {list.value.map((c) => (
            <li key={c.key} class="row">
              <span>{t('optionsCorrectionItem', c.quote, c.entityId, c.site)}</span>
              <button type="button" aria-label={`${t('optionsCorrectionUndo')}: ${c.quote}`} onClick={() => undo(c.key)}>
                {t('optionsCorrectionUndo')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
