/** Hook: the active tab and its content script's page summary (null when it cannot be asked). */
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import type { PageSummary } from '../../shared/protocol.ts';
import { callTab } from '../../shared/rpc.ts';

export type ActiveTab =
  | { status: 'loading' }
  | { status: 'ready'; tabId: number; url: string | undefined; summary: PageSummary }
  | { status: 'unavailable'; url: string | undefined };

/** Asks the active tab once when the popup opens (a popup lives only while it is open). */
export function useActiveTab(): ActiveTab {
  const [state, setState] = useState<ActiveTab>({ status: 'loading' });
  useEffect(() => {
    void (async () => {
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
      if (tab?.id === undefined) return setState({ status: 'unavailable', url: undefined });
      try {
        const summary = await callTab(tab.id, 'getPageSummary', {});
        setState({ status: 'ready', tabId: tab.id, url: summary.url || tab.url, summary });
      } catch {
        // No content script there: a browser page, the store, or a tab opened before install.
        setState({ status: 'unavailable', url: tab.url });
      }
    })();
  }, []);
  return state;
}
