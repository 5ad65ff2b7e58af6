/**
 * Edits one of the user's own entities in the options page: name, type, other names and
 * description ("Add to my entities" pre-fills them from a page; here the user corrects them).
 */
import { useState } from 'preact/hooks';
import { ENTITY_TYPES, type EntityType } from '../../../src/kb/model.ts';
import { t, typeLabel } from '../../shared/i18n.ts';
import type { ResultOf, BackgroundCalls } from '../../shared/protocol.ts';
import { callBackground } from '../../shared/rpc.ts';

type UserEntityRow = ResultOf<BackgroundCalls, 'listUserEntities'>[number];

export interface UserEntityEditorProps {
  entity: UserEntityRow;
  /** Called after a successful save (reload the list) or on cancel. */
  onDone(saved: boolean): void;
}

/** The inline form; a refused edit shows why and keeps the form open. */
export function UserEntityEditor({ entity, onDone }: UserEntityEditorProps) {
  const [name, setName] = useState(entity.name);
  const [type, setType] = useState(entity.type as EntityType);
  const [aliases, setAliases] = useState(entity.aliases.join('; '));
  const [description, setDescription] = useState(entity.description);
  const [error, setError] = useState('');
  const save = async (event: Event): Promise<void> => {
    event.preventDefault();
    try {
      const result = await callBackground('updateUserEntity', { id: entity.id, name, type, aliases: aliases.split(';'), description });
      if ('error' in result) setError(result.error);
      else onDone(true);
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    }
  };
  return (
    <form class="entity-editor" onSubmit={(e) => void save(e)} aria-label={`${t('optionsEntityEdit')}: ${entity.name}`}>
      <label>{t('optionsEntityName')} <input value={name} onInput={(e) => setName(e.currentTarget.value)} required /></label>
      <label>
        {t('optionsEntityType')}{' '}
        <select value={type} onChange={(e) => setType(e.currentTarget.value as EntityType)}>
          {ENTITY_TYPES.map((k) => <option key={k} value={k}>{typeLabel(k)}</option>)}
        </select>
      </label>
      <label>{t('optionsEntityAliases')} <input value={aliases} onInput={(e) => setAliases(e.currentTarget.value)} /></label>
      <label>{t('optionsEntityDescription')} <textarea value={description} onInput={(e) => setDescription(e.currentTarget.value)} rows={3} /></label>
      {error && <p role="alert" class="error">{t('optionsError', error)}</p>}
      <button type="submit">{t('optionsEntitySave')}</button>{' '}
      <button type="button" onClick={() => onDone(false)}>{t('optionsEntityCancel')}</button>
    </form>
  );
}
