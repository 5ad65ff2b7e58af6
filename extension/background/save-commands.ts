/**
 * "Save highlight" from outside the page: the context menu on a text selection and the
 * `save-highlight` keyboard command. Both only relay to the tab's content script
 * (`ContentCalls.saveSelection`), which reads the selection, saves it and shows the outcome.
 */
import browser, { type Menus, type Tabs } from 'webextension-polyfill';
import { t } from '../shared/i18n.ts';
import { callTab } from '../shared/rpc.ts';

export const MENU_ID = 'dossier-save-highlight';
export const COMMAND = 'save-highlight';

/** (Re)creates the context menu entry; menus persist, so this runs on install and update. */
export function createSaveMenu(): void {
  const api = browser.contextMenus;
  void api.removeAll().then(() => {
    api.create({ id: MENU_ID, title: t('cardSave'), contexts: ['selection'], documentUrlPatterns: ['http://*/*', 'https://*/*'] });
  }).catch((error: unknown) => console.error('dossier: context menu not created', error));
}

/** Asks the tab's content script to save its selection; resolves with the new id or null. */
export async function saveSelectionIn(tab: Tabs.Tab | undefined): Promise<string | null> {
  if (tab?.id === undefined || tab.id < 0) return null;
  try {
    return (await callTab(tab.id, 'saveSelection', {})).id;
  } catch (error) {
    // No content script (a browser page, a tab opened before install): nothing to save into.
    console.warn('dossier: save-highlight not delivered', error);
    return null;
  }
}

/** The context menu's click handler (exported so it can be driven the way the browser drives it). */
export function onMenuClicked(info: Menus.OnClickData, tab: Tabs.Tab | undefined): Promise<string | null> {
  return info.menuItemId === MENU_ID ? saveSelectionIn(tab) : Promise.resolve(null);
}

/** The keyboard command's handler. */
export function onCommand(command: string, tab: Tabs.Tab | undefined): Promise<string | null> {
  return command === COMMAND ? saveSelectionIn(tab) : Promise.resolve(null);
}

/** Registers the listeners; call synchronously at the worker's top level so a waking event is seen. */
export function registerSaveCommands(): void {
  browser.runtime.onInstalled.addListener(createSaveMenu);
  browser.contextMenus.onClicked.addListener((info, tab) => void onMenuClicked(info, tab));
  browser.commands.onCommand.addListener((command, tab) => void onCommand(command, tab));
}
