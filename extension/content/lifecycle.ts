/**
 * Detects a dead extension context. When the extension is reloaded, updated or removed, an
 * already-injected content script lives on but every runtime call throws ("Extension context
 * invalidated") and `runtime.id` reads undefined; the script must then remove its traces.
 */
import browser from 'webextension-polyfill';

/** True while this content script can still talk to its extension. */
export function contextAlive(): boolean {
  try {
    return Boolean(browser.runtime?.id);
  } catch {
    // Some engines throw on any access to a torn-down extension API object.
    return false;
  }
}
