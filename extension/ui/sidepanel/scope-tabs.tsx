/**
 * The "This page" / "All highlights" tabs, following the WAI-ARIA tabs pattern: one tab stop,
 * arrow keys (and Home/End) move between the tabs and select them.
 */
import { t } from '../../shared/i18n.ts';
import type { Scope } from './filters.ts';

const TABS: { scope: Scope; label: () => string }[] = [
  { scope: 'page', label: () => t('panelTabPage') },
  { scope: 'all', label: () => t('panelTabAll') },
];

/** Id of the tab panel the tabs control (rendered by the app). */
export const TABPANEL_ID = 'panel-tabpanel';
export const tabId = (scope: Scope) => `tab-${scope}`;

export interface ScopeTabsProps {
  scope: Scope;
  setScope(scope: Scope): void;
}

/** The tab list. */
export function ScopeTabs({ scope, setScope }: ScopeTabsProps) {
  const move = (e: KeyboardEvent): void => {
    const i = TABS.findIndex((tab) => tab.scope === scope);
    const to = e.key === 'ArrowRight' || e.key === 'ArrowDown' ? (i + 1) % TABS.length
      : e.key === 'ArrowLeft' || e.key === 'ArrowUp' ? (i - 1 + TABS.length) % TABS.length
        : e.key === 'Home' ? 0 : e.key === 'End' ? TABS.length - 1 : -1;
    if (to === -1) return;
    e.preventDefault();
    setScope(TABS[to].scope);
    document.getElementById(tabId(TABS[to].scope))?.focus();
  };
  return (
    <div role="tablist" aria-label={t('panelTabs')} class="tabs" onKeyDown={move}>
      {TABS.map((tab) => (
        <button key={tab.scope} type="button" role="tab" id={tabId(tab.scope)} aria-selected={tab.scope === scope}
          aria-controls={TABPANEL_ID} tabIndex={tab.scope === scope ? 0 : -1} onClick={() => setScope(tab.scope)}>
          {tab.label()}
        </button>
      ))}
    </div>
  );
}
