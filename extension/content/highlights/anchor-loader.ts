/**
 * Loads `anchor.js` (the anchoring of saved highlights, a web-accessible ES module) on the first
 * page that has saved highlights; a failed load (the extension reloaded) is tried again next time.
 */
import type { findAll } from './find-again.ts';

/** The extension API global of both browsers, named as such so the add-ons linter can tell the import is our own file. */
declare const chrome: { runtime: { getURL(path: string): string } };

export interface AnchorModule {
  findAll: typeof findAll;
}

let loading: Promise<AnchorModule> | null = null;

/** The anchoring module, imported once per content script. */
export function loadAnchoring(): Promise<AnchorModule> {
  loading ??= (import(/* @vite-ignore */ chrome.runtime.getURL('anchor.js')) as Promise<AnchorModule>).catch((error: unknown) => {
    loading = null;
    throw error;
  });
  return loading;
}
