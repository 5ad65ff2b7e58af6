/**
 * User settings in `storage.local` under `settings`: a global pause, sites where Dossier is off,
 * mark styles per entity type, inline marks and unknown-name marks. Typed get/set with defaults filled in, plus a change
 * listener so a content script reacts when the popup or options page changes something.
 */
import browser from 'webextension-polyfill';
import { normaliseSettings, SETTINGS_KEY, type Settings } from './settings-model.ts';

export * from './settings-model.ts';

/** Reads the settings, with defaults for anything missing. */
export async function getSettings(): Promise<Settings> {
  const stored = await browser.storage.local.get(SETTINGS_KEY);
  return normaliseSettings(stored[SETTINGS_KEY]);
}

/** Merges `patch` into the stored settings and returns the result. */
export async function setSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = normaliseSettings({ ...(await getSettings()), ...patch });
  await browser.storage.local.set({ [SETTINGS_KEY]: next });
  return next;
}

/** Calls `listener` with the new settings whenever they change anywhere. Returns an unsubscribe function. */
export function onSettingsChanged(listener: (settings: Settings) => void): () => void {
  const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string): void => {
    if (area === 'local' && SETTINGS_KEY in changes) listener(normaliseSettings(changes[SETTINGS_KEY].newValue));
  };
  browser.storage.onChanged.addListener(onChanged);
  return () => browser.storage.onChanged.removeListener(onChanged);
}
