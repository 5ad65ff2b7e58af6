/**
 * One saved highlight: the quote (always as text), where and when it was saved, an editable
 * note and tags (saved when the field loses focus), entity chips, and Jump to / Delete.
 */
import { useEffect, useState } from 'preact/hooks';
import { HIGHLIGHT_COLOURS, type Highlight } from '../../../src/export/model.ts';
import { t, typeLabel } from '../../shared/i18n.ts';
import { hostOf } from './filters.ts';
import { formatTags, parseTags, sameTags } from './tags.ts';

export interface ItemActions {
  update(h: Highlight, patch: { note?: string; tags?: string[] }): void;
  remove(h: Highlight): void;
  jump(h: Highlight): void;
  filterEntity(id: string): void;
  select(id: string, checked: boolean): void;
}

export interface HighlightItemProps {
  highlight: Highlight;
  selected: boolean;
  /** True when the highlight is on the active tab's page (Jump to), false for another page (Open page). */
  onPage: boolean;
  actions: ItemActions;
}

const DATE = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** A short form of the quote for accessible names, so each item's buttons can be told apart. */
export function shortQuote(quote: string, max = 60): string {
  const text = quote.replace(/\s+/g, ' ').trim();
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

/** The highlight as a list item; ids inside are derived from its position to stay valid HTML ids. */
export function HighlightItem({ highlight: h, selected, onPage, actions }: HighlightItemProps) {
  const [note, setNote] = useState(h.note);
  const [tags, setTags] = useState(formatTags(h.tags));
  // A reload (another edit, an import) replaces the record: show what is stored now.
  useEffect(() => setNote(h.note), [h.note]);
  useEffect(() => setTags(formatTags(h.tags)), [h.tags.join('\u0000')]);
  const short = shortQuote(h.selectors.quote.exact);
  const host = hostOf(h.source) ?? h.source;
  const commitTags = (): void => {
    const next = parseTags(tags);
    setTags(formatTags(next));
    if (!sameTags(next, h.tags)) actions.update(h, { tags: next });
  };
  const jumpLabel = onPage ? t('panelJump') : t('panelOpen');
  return (
    <li class="hl" data-id={h.id} style={{ borderInlineStartColor: HIGHLIGHT_COLOURS[h.colour] }}>
      <div class="hl-head">
        <input type="checkbox" checked={selected} aria-label={t('panelSelect', short)}
          onChange={(e) => actions.select(h.id, e.currentTarget.checked)} />
        <blockquote class="hl-quote">{h.selectors.quote.exact}</blockquote>
      </div>
      <p class="hl-meta muted">
        {h.title && <span class="hl-title">{h.title}</span>}
        <span>{host}</span>
        <time dateTime={h.created}>{DATE.format(new Date(h.created))}</time>
      </p>
      <label class="field">
        <span>{t('panelNote')}</span>
        <textarea rows={2} value={note} onInput={(e) => setNote(e.currentTarget.value)}
          onBlur={() => note !== h.note && actions.update(h, { note })} />
      </label>
      <label class="field">
        <span>{t('panelTags')}</span>
        <input type="text" value={tags} onInput={(e) => setTags(e.currentTarget.value)} onBlur={commitTags}
          onKeyDown={(e) => e.key === 'Enter' && commitTags()} />
      </label>
      {h.entities.length > 0 && (
        <ul class="chips plain" aria-label={t('panelEntities')}>
          {h.entities.map((e) => (
            <li key={e.id}>
              <button type="button" class="chip" title={typeLabel(e.type)} aria-label={t('panelEntityFilter', e.name)}
                onClick={() => actions.filterEntity(e.id)}>{e.name}</button>
            </li>
          ))}
        </ul>
      )}
      <div class="hl-actions">
        <button type="button" aria-label={t('panelItemAction', jumpLabel, short)} onClick={() => actions.jump(h)}>{jumpLabel}</button>
        <button type="button" class="danger" aria-label={t('panelItemAction', t('panelDelete'), short)}
          onClick={() => actions.remove(h)}>{t('panelDelete')}</button>
      </div>
    </li>
  );
}
