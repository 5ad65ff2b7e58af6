/**
 * Search and filters. Every control is labelled; choices come from the listed highlights
 * (datalists suggest, the user may still type anything).
 */
import type { JSX } from 'preact';
import { t } from '../../shared/i18n.ts';
import { EMPTY_FILTERS, isFiltered, type Facets, type FilterState } from './filters.ts';

export interface FilterBarProps {
  state: FilterState;
  facets: Facets;
  setState(state: FilterState): void;
}

type TextKey = Exclude<keyof FilterState, 'entityId'>;

/** The search box plus a collapsible set of filters (open whenever one is in use). */
export function FilterBar({ state, facets, setState }: FilterBarProps) {
  const bind = (key: TextKey) => ({
    value: state[key],
    onInput: (e: JSX.TargetedEvent<HTMLInputElement>) => setState({ ...state, [key]: e.currentTarget.value }),
  });
  const narrowed = isFiltered({ ...state, query: '' });
  return (
    <div class="filters" role="search">
      <label class="field">
        <span>{t('panelSearch')}</span>
        <input type="search" {...bind('query')} />
      </label>
      <details open={narrowed}>
        <summary>{t('panelFilters')}</summary>
        <div class="filter-grid">
          <label class="field">
            <span>{t('panelFilterEntity')}</span>
            <select value={state.entityId} onChange={(e) => setState({ ...state, entityId: e.currentTarget.value })}>
              <option value="">{t('panelFilterAnyEntity')}</option>
              {facets.entities.map((e) => <option key={e.id} value={e.id}>{e.name}</option>)}
            </select>
          </label>
          <label class="field">
            <span>{t('panelFilterTag')}</span>
            <input type="text" list="panel-tags" {...bind('tag')} />
          </label>
          <label class="field">
            <span>{t('panelFilterSite')}</span>
            <input type="text" list="panel-sites" {...bind('site')} />
          </label>
          <label class="field">
            <span>{t('panelFilterFrom')}</span>
            <input type="date" max={state.to || undefined} {...bind('from')} />
          </label>
          <label class="field">
            <span>{t('panelFilterTo')}</span>
            <input type="date" min={state.from || undefined} {...bind('to')} />
          </label>
        </div>
        <datalist id="panel-tags">{facets.tags.map((tag) => <option key={tag} value={tag} />)}</datalist>
        <datalist id="panel-sites">{facets.sites.map((site) => <option key={site} value={site} />)}</datalist>
      </details>
      {isFiltered(state) && <button type="button" onClick={() => setState(EMPTY_FILTERS)}>{t('panelFilterClear')}</button>}
    </div>
  );
}
