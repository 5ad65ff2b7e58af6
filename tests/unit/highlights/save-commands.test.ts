import { beforeEach, describe, expect, it, vi } from 'vitest';

// A stand-in for the extension APIs the relay uses: tabs.sendMessage answers like a content
// script serving `saveSelection`, and the menu/command registrations are recorded.
const sent: { tabId: number; message: unknown; options: unknown }[] = [];
const created: unknown[] = [];
let reply: unknown = { ok: true, result: { id: 'urn:uuid:1' } };
vi.mock('webextension-polyfill', () => ({
  default: {
    runtime: { id: 'dossier-id', onInstalled: { addListener: () => undefined } },
    tabs: {
      sendMessage: async (tabId: number, message: unknown, options: unknown) => {
        sent.push({ tabId, message, options });
        if (reply instanceof Error) throw reply;
        return reply;
      },
    },
    contextMenus: {
      removeAll: async () => undefined,
      create: (item: unknown) => created.push(item),
      onClicked: { addListener: () => undefined },
    },
    commands: { onCommand: { addListener: () => undefined } },
  },
}));

const { COMMAND, MENU_ID, createSaveMenu, onCommand, onMenuClicked } = await import('../../../extension/background/save-commands.ts');
const tab = { id: 7, index: 0, highlighted: true, active: true, pinned: false, incognito: false };

beforeEach(() => {
  sent.length = 0;
  created.length = 0;
  reply = { ok: true, result: { id: 'urn:uuid:1' } };
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});

describe('save highlight from the context menu and the keyboard', () => {
  it('the menu entry is offered on text selections of web pages only', async () => {
    createSaveMenu();
    await vi.waitFor(() => expect(created).toHaveLength(1));
    expect(created[0]).toMatchObject({ id: MENU_ID, contexts: ['selection'], documentUrlPatterns: ['http://*/*', 'https://*/*'] });
  });

  it('a click on the entry asks the tab\'s top frame to save its selection', async () => {
    const id = await onMenuClicked({ menuItemId: MENU_ID, editable: false, modifiers: [] }, tab);
    expect(id).toBe('urn:uuid:1');
    expect(sent).toEqual([{ tabId: 7, message: { dossier: 1, method: 'saveSelection', params: {} }, options: { frameId: 0 } }]);
  });

  it('the keyboard command does the same; other menu entries and commands are ignored', async () => {
    expect(await onCommand(COMMAND, tab)).toBe('urn:uuid:1');
    expect(await onCommand('other-command', tab)).toBeNull();
    expect(await onMenuClicked({ menuItemId: 'other', editable: false, modifiers: [] }, tab)).toBeNull();
    expect(sent).toHaveLength(1);
  });

  it('a tab without a content script, or no tab, gives null instead of an error', async () => {
    reply = new Error('Could not establish connection. Receiving end does not exist.');
    expect(await onCommand(COMMAND, tab)).toBeNull();
    expect(await onCommand(COMMAND, undefined)).toBeNull();
    reply = { ok: true, result: { id: null } }; // nothing selected: the page says so itself
    expect(await onMenuClicked({ menuItemId: MENU_ID, editable: false, modifiers: [] }, tab)).toBeNull();
  });
});
