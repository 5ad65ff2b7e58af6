/**
 * The results: the count, select-all, the highlights, and on "This page" a separate
 * "Not found on this page" section for highlights the page could not re-anchor.
 */
import type { Highlight } from '../../../src/export/model.ts';
import type { AnchorStatus } from '../../shared/protocol.ts';
import { t } from '../../shared/i18n.ts';
import { splitByAnchor } from './filters.ts';
import { HighlightItem, type ItemActions } from './highlight-item.tsx';
import { FOCUS_HOME_ID } from './toast-region.tsx';

export interface HighlightListProps {
  list: Highlight[];
  /** Normalised URL of the active tab's page, to tell "Jump to" from "Open page". */
  pageUrl: string | null;
  /** Only given on the "This page" tab: orphans are a property of the page in the tab. */
  anchor: AnchorStatus | null;
  selected: ReadonlySet<string>;
  filtered: boolean;
  actions: ItemActions;
  setSelected(ids: Set<string>): void;
}

function Items({ list, props }: { list: Highlight[]; props: HighlightListProps }) {
  return (
    <ul class="plain hl-list">
      {list.map((h) => (
        <HighlightItem key={h.id} highlight={h} selected={props.selected.has(h.id)} onPage={h.source === props.pageUrl} actions={props.actions} />
      ))}
    </ul>
  );
}

/** The list, or why it is empty. */
export function HighlightList(props: HighlightListProps) {
  const { list, anchor, selected, setSelected } = props;
  const { found, orphaned } = splitByAnchor(list, anchor);
  const allSelected = list.length > 0 && list.every((h) => selected.has(h.id));
  return (
    <div id={FOCUS_HOME_ID} tabIndex={-1} class="results">
      <div class="row">
        <span class="muted">{t('panelCount', String(list.length))}</span>
        {list.length > 0 && (
          <button type="button" onClick={() => setSelected(allSelected ? new Set() : new Set(list.map((h) => h.id)))}>
            {allSelected ? t('panelSelectNone') : t('panelSelectAll')}
          </button>
        )}
      </div>
      {list.length === 0 && <p class="muted">{props.filtered ? t('panelNoMatch') : t('panelEmpty')}</p>}
      <Items list={found} props={props} />
      {orphaned.length > 0 && (
        <section aria-labelledby="orphans-title" class="orphans">
          <h2 id="orphans-title">{t('panelOrphans')}</h2>
          <p class="muted">{t('panelOrphansHint')}</p>
          <Items list={orphaned} props={props} />
        </section>
      )}
    </div>
  );
}
