/** What a highlight's controls do (edit, delete with undo, jump, filter, select). */
import browser from 'webextension-polyfill';
import { t } from '../../shared/i18n.ts';
import { callBackground, callTab } from '../../shared/rpc.ts';
import { hostOf } from './filters.ts';
import type { ItemActions } from './highlight-item.tsx';
import type { ActivePage } from './use-active-page.ts';
import type { ShowToast } from './use-toast.ts';

export interface ItemActionDeps {
  page: ActivePage;
  reload(): void;
  show: ShowToast;
  filterEntity(id: string): void;
  selected: ReadonlySet<string>;
  setSelected(ids: Set<string>): void;
}

const message = (err: unknown) => (err instanceof Error ? err.message : String(err));

/** Builds the item actions; every failure becomes an error toast, never a silent loss. */
export function itemActions({ page, reload, show, filterEntity, selected, setSelected }: ItemActionDeps): ItemActions {
  const fail = (err: unknown): void => show({ message: t('panelFailed', message(err)), tone: 'error' });
  return {
    update(h, patch) {
      callBackground('updateHighlight', { id: h.id, ...patch }).then(() => {
        show({ message: patch.note !== undefined ? t('panelNoteSaved') : t('panelTagsSaved') });
        reload();
      }, fail);
    },
    remove(h) {
      callBackground('deleteHighlight', { id: h.id }).then((removed) => {
        reload();
        if (!removed) return;
        const rest = new Set(selected);
        rest.delete(h.id);
        setSelected(rest);
        show({
          message: t('panelDeleted'),
          action: {
            label: t('panelUndo'),
            run: () => void callBackground('restoreHighlight', { highlight: removed }).then(() => {
              show({ message: t('panelRestored') });
              reload();
            }, fail),
          },
        });
      }, fail);
    },
    jump(h) {
      if (page.tabId !== null && h.source === page.url) {
        callTab(page.tabId, 'revealHighlight', { id: h.id }).then(
          ({ found }) => found || show({ message: t('panelNotFound') }),
          () => show({ message: t('panelNotFound') }),
        );
      } else if (hostOf(h.source)) {
        // Only web pages: an imported file could name any URL scheme.
        browser.tabs.create({ url: h.source }).catch(fail);
      }
    },
    filterEntity,
    select(id, checked) {
      const next = new Set(selected);
      if (checked) next.add(id);
      else next.delete(id);
      setSelected(next);
    },
  };
}
