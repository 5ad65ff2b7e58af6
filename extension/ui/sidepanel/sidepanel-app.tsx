/**
 * The side panel (Chromium) / sidebar (Firefox): saved highlights of this page or of all
 * pages, with search, filters, editing, delete with undo, export and import.
 */
import { useEffect, useState } from 'preact/hooks';
import { t } from '../../shared/i18n.ts';
import { ExportSection } from './export-section.tsx';
import { FilterBar } from './filter-bar.tsx';
import { EMPTY_FILTERS, facetsOf, isFiltered, toHighlightFilter, type FilterState, type Scope } from './filters.ts';
import { HighlightList } from './highlight-list.tsx';
import { ImportSection } from './import-section.tsx';
import { ScopeTabs, TABPANEL_ID, tabId } from './scope-tabs.tsx';
import { ToastRegion } from './toast-region.tsx';
import { useActivePage } from './use-active-page.ts';
import { useAnchorStatus } from './use-anchor-status.ts';
import { useHighlights } from './use-highlights.ts';
import { itemActions } from './item-actions.ts';
import { useToast } from './use-toast.ts';

/** Waits for typing to pause before searching, so each keystroke is not a round trip. */
function useDebounced<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

/** Root component of sidepanel.html. */
export function SidePanelApp() {
  const [page, refreshPage] = useActivePage();
  const [scope, setScope] = useState<Scope>('page');
  const [filters, setFilters] = useState<FilterState>(EMPTY_FILTERS);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const toast = useToast();
  const query = useDebounced(filters.query, 200);
  const [result, reload] = useHighlights(toHighlightFilter({ ...filters, query }, scope, page.url));
  const anchor = useAnchorStatus(scope === 'page' ? page.tabId : null, result.list);
  const list = result.list ?? [];
  const chosen = list.flatMap((h) => h.entities).find((e) => e.id === filters.entityId);
  const actions = itemActions({
    page, reload, show: toast.show, selected, setSelected,
    filterEntity: (id) => setFilters({ ...filters, entityId: id }),
  });
  return (
    <main>
      <div class="panel-head">
        <h1>{t('sidePanelTitle')}</h1>
        <button type="button" onClick={() => { refreshPage(); reload(); }}>{t('panelRefresh')}</button>
      </div>
      <ScopeTabs scope={scope} setScope={setScope} />
      <div role="tabpanel" id={TABPANEL_ID} aria-labelledby={tabId(scope)} aria-busy={result.loading}>
        <FilterBar state={filters} facets={facetsOf(list, chosen)} setState={setFilters} />
        {scope === 'page' && !page.url && <p class="muted">{t('panelNoPage')}</p>}
        {result.error && <p class="error" role="alert">{t('panelFailed', result.error)}</p>}
        {result.list && (scope === 'all' || page.url) && (
          <HighlightList list={list} pageUrl={page.url} anchor={scope === 'page' ? anchor : null} selected={selected}
            filtered={isFiltered(filters)} actions={actions} setSelected={setSelected} />
        )}
      </div>
      <ExportSection selected={selected} pageUrl={page.url} host={page.host} show={toast.show} />
      <ImportSection imported={reload} />
      <ToastRegion {...toast} />
    </main>
  );
}
