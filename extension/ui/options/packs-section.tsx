/**
 * The user's own entities: import a JSON or CSV pack (validated first; any error and nothing is
 * stored), and list the user's entities with edit and delete.
 */
import { useState } from 'preact/hooks';
import type { PackError } from '../../../src/kb/user-pack.ts';
import { t, typeLabel } from '../../shared/i18n.ts';
import { callBackground } from '../../shared/rpc.ts';
import { useRemote } from '../common/use-remote.ts';
import { readPack } from './pack-file.ts';
import { UserEntityEditor } from './user-entity-editor.tsx';

type Outcome = { kind: 'none' } | { kind: 'errors'; errors: PackError[] } | { kind: 'imported'; count: number } | { kind: 'failed'; message: string };

const load = () => callBackground('listUserEntities', {});

function OutcomeView({ outcome }: { outcome: Outcome }) {
  if (outcome.kind === 'imported') return <p role="status">{t('optionsPackImported', String(outcome.count))}</p>;
  if (outcome.kind === 'failed') return <p role="alert" class="error">{t('optionsError', outcome.message)}</p>;
  if (outcome.kind !== 'errors') return null;
  return (
    <div role="alert">
      <p class="error">{t('optionsPackErrors')}</p>
      <ul>{outcome.errors.map((e, i) => <li key={i}>{`${e.where}: ${e.message}`}</li>)}</ul>
    </div>
  );
}

/** The user-entities section. */
export function PacksSection() {
  const [list, reload] = useRemote(load);
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'none' });
  const [editing, setEditing] = useState<string | null>(null);

  const onFile = async (input: HTMLInputElement): Promise<void> => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    try {
      const result = await readPack(file);
      if (result.errors.length) return setOutcome({ kind: 'errors', errors: result.errors });
      const { imported } = await callBackground('importUserPack', { entities: result.entities });
      setOutcome({ kind: 'imported', count: imported });
      reload();
    } catch (err) {
      setOutcome({ kind: 'failed', message: err instanceof Error ? err.message : String(err) });
    }
  };
  const remove = (id: string): void => void callBackground('deleteUserEntity', { id }).then(reload, reload);

  return (
    <section aria-labelledby="packs-title">
      <h2 id="packs-title">{t('optionsPacks')}</h2>
      <label>
        {t('optionsPackChoose')}{' '}
        <input type="file" accept=".json,.csv,application/json,text/csv" onChange={(e) => void onFile(e.currentTarget)} />
      </label>
      <OutcomeView outcome={outcome} />
      {list.status === 'error' && <p class="error">{t('optionsError', list.message)}</p>}
      {list.status === 'ready' && list.value.length === 0 && <p class="muted">{t('optionsPackNone')}</p>}
      {list.status === 'ready' && (
        <ul class="plain">
          {list.value.map((e) => (
            <li key={e.id} class="row">
              <span>{e.name} <span class="muted">({typeLabel(e.type)})</span></span>
              <span>
                <button type="button" aria-label={`${t('optionsEntityEdit')}: ${e.name}`} onClick={() => setEditing(e.id)}>{t('optionsEntityEdit')}</button>{' '}
                <button type="button" aria-label={`${t('optionsPackDelete')}: ${e.name}`} onClick={() => remove(e.id)}>{t('optionsPackDelete')}</button>
              </span>
              {editing === e.id && <UserEntityEditor entity={e} onDone={(saved) => { setEditing(null); if (saved) reload(); }} />}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
