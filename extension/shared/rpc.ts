/**
 * Typed transport for the call maps in `protocol.ts`, over `runtime.sendMessage` (to the
 * background) and `tabs.sendMessage` (to a tab's content script).
 *
 * Every request carries `dossier: 1`; a receiver answers only requests it has a handler for
 * (so several `serve*` registrations can coexist) and only from this extension. Results cross
 * as plain JSON in both browsers (Firefox would otherwise structured-clone, Chromium JSON-copy),
 * and errors cross as text.
 */
import browser, { type Runtime } from 'webextension-polyfill';
import type { BackgroundCalls, ContentCalls, HostCalls, MethodOf, ParamsOf, ResultOf, RpcReply, RpcRequest } from './protocol.ts';

/** Handler map for one direction: each method may answer synchronously or with a promise. */
export type Handlers<M> = {
  [K in MethodOf<M>]: (params: ParamsOf<M, K>, sender: Runtime.MessageSender) => ResultOf<M, K> | Promise<ResultOf<M, K>>;
};

/** Calls a background method and resolves with its result; rejects with the handler's error text. */
export async function callBackground<K extends MethodOf<BackgroundCalls>>(
  method: K,
  params: ParamsOf<BackgroundCalls, K>,
): Promise<ResultOf<BackgroundCalls, K>> {
  const request: RpcRequest<BackgroundCalls> = { dossier: 1, method, params };
  return unwrap(await browser.runtime.sendMessage(request), method);
}

/** Calls a method on the content script of a tab's top frame (frame 0: all_frames would race). */
export async function callTab<K extends MethodOf<ContentCalls>>(
  tabId: number,
  method: K,
  params: ParamsOf<ContentCalls, K>,
): Promise<ResultOf<ContentCalls, K>> {
  const request: RpcRequest<ContentCalls> = { dossier: 1, method, params };
  return unwrap(await browser.tabs.sendMessage(tabId, request, { frameId: 0 }), method);
}

/**
 * Calls Chromium's linker host (the offscreen document) from the background. Every extension
 * context hears `runtime.sendMessage`; only the host has these handlers.
 */
export async function callHost<K extends MethodOf<HostCalls>>(method: K, params: ParamsOf<HostCalls, K>): Promise<ResultOf<HostCalls, K>> {
  const request: RpcRequest<HostCalls> = { dossier: 1, method, params };
  return unwrap(await browser.runtime.sendMessage(request), method);
}

/** Answers host calls (in the offscreen document), from the background only: never from a tab. */
export function serveHost(handlers: Handlers<HostCalls>): () => void {
  return serve(handlers, (sender) => sender.tab === undefined);
}

/** Answers background calls (in the service worker). Returns a function that stops serving. */
export function serveBackground(handlers: Partial<Handlers<BackgroundCalls>>): () => void {
  return serve(handlers);
}

/** Answers content calls (in a content script). Returns a function that stops serving. */
export function serveContent(handlers: Partial<Handlers<ContentCalls>>): () => void {
  return serve(handlers);
}

type AnyHandler = (params: unknown, sender: Runtime.MessageSender) => unknown;

function serve<M>(handlers: Partial<Handlers<M>>, allowed: (sender: Runtime.MessageSender) => boolean = () => true): () => void {
  const table = handlers as Record<string, AnyHandler | undefined>;
  const listener = (message: unknown, sender: Runtime.MessageSender): Promise<RpcReply<unknown>> | undefined => {
    if (!isRequest(message) || !Object.hasOwn(table, message.method)) return undefined;
    // Only this extension's own parts may call; web pages and other extensions never reach here.
    if (sender.id !== browser.runtime.id || !allowed(sender)) return Promise.resolve({ ok: false, error: 'rejected: foreign sender' });
    const handler = table[message.method] as AnyHandler;
    return Promise.resolve()
      .then(() => handler(message.params, sender))
      .then(
        (result): RpcReply<unknown> => ({ ok: true, result: toPlainJson(result) }),
        (error: unknown): RpcReply<unknown> => ({ ok: false, error: errorText(error) }),
      );
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}

function isRequest(message: unknown): message is RpcRequest<Record<string, unknown>> & { method: string } {
  if (typeof message !== 'object' || message === null) return false;
  const m = message as Partial<RpcRequest<unknown>>;
  return m.dossier === 1 && typeof m.method === 'string';
}

function unwrap<R>(reply: unknown, method: string): R {
  if (typeof reply !== 'object' || reply === null || !('ok' in reply)) {
    throw new Error(`dossier: no handler answered "${method}"`);
  }
  const r = reply as RpcReply<R>;
  if (!r.ok) throw new Error(r.error);
  return r.result;
}

/** A JSON round trip, so a handler that returns a Map or a class instance fails the same way everywhere. */
function toPlainJson(value: unknown): unknown {
  return value === undefined ? null : JSON.parse(JSON.stringify(value));
}

/** Error text for the wire: the message only, never an object (stack traces stay in the receiver). */
export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
