/**
 * Hook: the active tab's page, kept current while the side panel stays open (unlike the popup,
 * a panel outlives tab switches and navigations).
 */
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { normalisePageUrl } from '../../../src/anchor/url.ts';
import { callTab } from '../../shared/rpc.ts';
import { hostOf } from './filters.ts';

export interface ActivePage {
  tabId: number | null;
  /** Normalised URL of a web page (the key highlights are stored under), or null. */
  url: string | null;
  /** `url`'s host, for display and export file names. */
  host: string | null;
}

const NONE: ActivePage = { tabId: null, url: null, host: null };

/** The tab's URL; asks its content script when the tabs API hides it (no "tabs" permission). */
async function pageUrlOf(tab: { id?: number; url?: string }): Promise<string | null> {
  if (tab.url) return hostOf(tab.url) ? tab.url : null;
  if (tab.id === undefined) return null;
  try {
    const url = (await callTab(tab.id, 'getPageSummary', {})).url;
    return hostOf(url) ? url : null;
  } catch {
    return null; // No content script: a browser page, the store, a tab opened before install.
  }
}

/** The active page; `retry` when its URL is hidden and its content script did not answer (yet). */
async function readActivePage(): Promise<{ page: ActivePage; retry: boolean }> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return { page: NONE, retry: false };
  const url = await pageUrlOf(tab);
  if (!url) return { page: { ...NONE, tabId: tab.id }, retry: !tab.url };
  const key = normalisePageUrl(url);
  return { page: { tabId: tab.id, url: key, host: hostOf(key) }, retry: false };
}

/**
 * Waits before asking a tab's content script again: it answers only once the page has been
 * scanned (seconds on a fresh install), and no tab event follows that moment.
 */
const RETRY_MS = [500, 1000, 2000, 4000, 8000];

/** The active page, re-read on tab switches and loads, and a function to re-read it now. */
export function useActivePage(): [ActivePage, () => void] {
  const [page, setPage] = useState<ActivePage>(NONE);
  const [refresh, setRefresh] = useState<() => void>(() => () => undefined);
  useEffect(() => {
    let live = true;
    let seq = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const read = (attempt: number): void => {
      clearTimeout(timer);
      const mine = ++seq;
      void readActivePage().then(
        ({ page: next, retry }) => {
          if (!live || mine !== seq) return;
          setPage((old) => (same(old, next) ? old : next));
          if (retry && attempt < RETRY_MS.length) {
            timer = setTimeout(() => read(attempt + 1), RETRY_MS[attempt]);
          }
        },
        () => live && mine === seq && setPage(NONE),
      );
    };
    const again = (): void => read(0);
    const onUpdated = (_id: number, change: { status?: string; url?: string }): void => {
      if (change.status === 'complete' || change.url) again();
    };
    again();
    setRefresh(() => again);
    browser.tabs.onActivated.addListener(again);
    browser.tabs.onUpdated.addListener(onUpdated);
    return () => {
      live = false;
      clearTimeout(timer);
      browser.tabs.onActivated.removeListener(again);
      browser.tabs.onUpdated.removeListener(onUpdated);
    };
  }, []);
  return [page, refresh];
}

function same(a: ActivePage, b: ActivePage): boolean {
  return a.tabId === b.tabId && a.url === b.url;
}
