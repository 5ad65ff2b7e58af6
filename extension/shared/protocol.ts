/**
 * The one typed message protocol between the extension's parts. A call map per direction:
 * each entry names a method, its parameters and its (serialisable) result. Transport helpers
 * (`extension/shared/rpc.ts`) send `{ method, params }` and check the sender on receipt.
 *
 * Extend the maps here; never send an untyped message.
 */
import type { Entity } from '../../src/kb/model.ts';

/** Calls a content script or an extension page makes to the background. */
export interface BackgroundCalls {
  /** Compact linker index, fetched once per page. `version` changes when the KB or user entities change. */
  getLinkerIndex(params: Record<string, never>): { version: string; index: unknown };
  /** Full card data for one entity, asked lazily the first time a card for it opens on a page. */
  getEntity(params: { id: string }): EntityCard | null;
}

/** Calls the background or an extension page (popup, side panel) makes to a tab's content script. */
export interface ContentCalls {
  /** Entities linked on this page, with counts, for the popup's "On this page". */
  getPageSummary(params: Record<string, never>): PageSummary;
}

/** An entity as a card shows it: the record plus the names of the entities it points at. */
export interface EntityCard {
  entity: Entity;
  related: { id: string; name: string; type: string; relation: string }[];
}

export interface PageSummary {
  url: string;
  entities: { id: string; name: string; type: string; count: number }[];
}

export type MethodOf<M> = Extract<keyof M, string>;
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Fn = (params: any) => any;
export type ParamsOf<M, K extends keyof M> = M[K] extends Fn ? Parameters<M[K]>[0] : never;
export type ResultOf<M, K extends keyof M> = M[K] extends Fn ? ReturnType<M[K]> : never;

/** Wire format of a request. */
export interface RpcRequest<M> {
  dossier: 1;
  method: MethodOf<M>;
  params: unknown;
}
/** Wire format of a reply: a result or an error message (errors cross as text, never as objects). */
export type RpcReply<R> = { ok: true; result: R } | { ok: false; error: string };
