import { beforeEach, describe, expect, it, vi } from 'vitest';

// A stand-in for the extension messaging API: listeners registered by serve*, and a sendMessage
// that delivers to them the way the browsers do (first listener returning a promise answers).
type Listener = (message: unknown, sender: { id?: string }) => Promise<unknown> | undefined;
const listeners: Listener[] = [];
let currentSender: { id?: string } = { id: 'dossier-id' };
function deliver(message: unknown): Promise<unknown> {
  for (const listener of listeners) {
    const reply = listener(message, currentSender);
    if (reply) return reply;
  }
  return Promise.resolve(undefined);
}
vi.mock('webextension-polyfill', () => ({
  default: {
    runtime: {
      id: 'dossier-id',
      sendMessage: (message: unknown) => deliver(message),
      onMessage: {
        addListener: (l: Listener) => listeners.push(l),
        removeListener: (l: Listener) => listeners.splice(listeners.indexOf(l), 1),
      },
    },
    tabs: { sendMessage: (_tab: number, message: unknown) => deliver(message) },
  },
}));

const { callBackground, callTab, serveBackground, serveContent } = await import('../../../extension/shared/rpc.ts');

beforeEach(() => {
  listeners.length = 0;
  currentSender = { id: 'dossier-id' };
});

describe('rpc', () => {
  it('round-trips a typed call and returns plain JSON', async () => {
    serveBackground({ getEntity: ({ id }) => ({ entity: { id, name: 'APT29', type: 'threat-actor', aliases: [], description: 'd' }, related: [] }) });
    const card = await callBackground('getEntity', { id: 'attack:G0016' });
    expect(card?.entity.id).toBe('attack:G0016');
    expect(Object.getPrototypeOf(card)).toBe(Object.prototype);
  });

  it('sends a thrown error back as its message text', async () => {
    serveBackground({ getEntity: async () => { throw new Error('no such entity'); } });
    await expect(callBackground('getEntity', { id: 'x' })).rejects.toThrow('no such entity');
  });

  it('refuses callers from another extension', async () => {
    const handler = vi.fn(() => null);
    serveBackground({ getEntity: handler });
    currentSender = { id: 'someone-else' };
    await expect(callBackground('getEntity', { id: 'x' })).rejects.toThrow(/foreign sender/);
    expect(handler).not.toHaveBeenCalled();
  });

  it('leaves methods it does not serve to other listeners, and fails clearly when nobody serves one', async () => {
    serveBackground({ getEntity: () => null });
    serveBackground({ getLinkerUserEntities: () => ({ version: 'v', entities: [] }) });
    expect(await callBackground('getLinkerUserEntities', {})).toEqual({ version: 'v', entities: [] });
    await expect(callBackground('listCorrections', {})).rejects.toThrow(/no handler answered "listCorrections"/);
  });

  it('ignores messages that are not Dossier requests', async () => {
    serveContent({ getPageSummary: () => ({ url: 'u', entities: [] }) });
    expect(await deliver({ method: 'getPageSummary', params: {} })).toBeUndefined();
    expect(await callTab(1, 'getPageSummary', {})).toEqual({ url: 'u', entities: [] });
  });

  it('stops serving after the returned function is called', async () => {
    const stop = serveContent({ getPageSummary: () => ({ url: 'u', entities: [] }) });
    stop();
    await expect(callTab(1, 'getPageSummary', {})).rejects.toThrow(/no handler/);
  });
});
