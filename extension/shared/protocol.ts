/**
 * The one typed message protocol between the extension's parts. A call map per direction:
 * each entry names a method, its parameters and its (serialisable) result. Transport helpers
 * (`extension/shared/rpc.ts`) send `{ method, params }` and check the sender on receipt.
 *
 * Extend the maps here; never send an untyped message.
 */
import type { Entity } from '../../src/kb/model.ts';
import type { PageEntityDraft, UserEntityEdit } from '../../src/kb/page-entity.ts';
import type { ExportFormat } from '../../src/export/index.ts';
import type { HighlightFilter } from '../../src/export/filter.ts';
import type { Highlight, HighlightColour } from '../../src/export/model.ts';
import type { HostLinkParams, LinkChunkParams, LinkChunkResult } from '../linker/messages.ts';

/** Calls a content script or an extension page makes to the background. */
export interface BackgroundCalls {
  /**
   * Links one chunk of a page's text (content script → background → the warm linker host).
   * The page is the sender's tab and frame plus `page`, the content script's id for this load.
   */
  linkChunk(params: LinkChunkParams): LinkChunkResult;
  /** The page `page` of the sender's frame is gone (unloaded, or started over): drop its session. */
  pageGone(params: { page: string }): { dropped: boolean };
  /**
   * The user's own entities and the entity-set version, for Chromium's linker host (the
   * offscreen document), which adds them to the shipped index its Worker reads from the package.
   */
  getLinkerUserEntities(params: Record<string, never>): { version: string; entities: Entity[] };
  /** Full card data for one entity, asked lazily the first time a card for it opens on a page. */
  getEntity(params: { id: string }): EntityCard | null;
  /** Where the bundled KB's install stands; answers at once, even while the install runs. */
  getKbStatus(params: Record<string, never>): KbStatus;
  /** Saves a highlight made from a card ("Save highlight"); resolves with the new highlight's id. */
  saveHighlight(params: SaveHighlightParams): { id: string };
  /** "Wrong link": never link `quote` to `entityId` on `site` (a hostname) again. */
  addCorrection(params: { site: string; entityId: string; quote: string }): { key: string };
  /** Every correction, newest first, for the options page. */
  listCorrections(params: Record<string, never>): CorrectionRecord[];
  /** Undoes a correction by its key. */
  removeCorrection(params: { key: string }): { removed: boolean };
  /** Stores validated user entities (from `parseUserPack`), replacing any with the same id. */
  importUserPack(params: { entities: Entity[] }): { imported: number };
  /**
   * "Add to my entities" on an unknown name's card: makes a user entity from what the page says
   * (validated like a pack; `error` says why not). It links on every page from then on.
   */
  addUserEntity(params: PageEntityDraft): { id: string } | { error: string };
  /** The user's own entities (origin 'user'), for the options page (with what it lets the user edit). */
  listUserEntities(params: Record<string, never>): { id: string; name: string; type: string; aliases: string[]; description: string }[];
  /** Edits one user entity (validated like a pack; `error` says why not); it keeps its id. */
  updateUserEntity(params: { id: string } & UserEntityEdit): { id: string } | { error: string };
  /** Deletes one user entity (never a shipped one). */
  deleteUserEntity(params: { id: string }): { removed: boolean };

  // Saved highlights beyond `saveHighlight` (handlers: extension/background/highlight-handlers.ts).
  /** Saved highlights matching every given filter, newest first. */
  listHighlights(params: HighlightFilter): Highlight[];
  /** Edits note, tags or colour (bumps `modified`); null if the highlight no longer exists. */
  updateHighlight(params: { id: string; note?: string; tags?: string[]; colour?: HighlightColour }): Highlight | null;
  /** Deletes a highlight and returns it so the UI can offer undo; null if it was already gone. */
  deleteHighlight(params: { id: string }): Highlight | null;
  /** Undo of a delete: stores the record `deleteHighlight` returned, exactly as it was. */
  restoreHighlight(params: { highlight: Highlight }): Highlight;
  /** The chosen highlights (all when `ids` is absent), oldest first, as a file in `format`. */
  exportHighlights(params: { format: ExportFormat; ids?: string[] }): string;
  /** Imports a Dossier JSON or W3C file: all or nothing; an error names the bad field's path. */
  importHighlights(params: { text: string }): ImportCounts;
}

/** Calls the background makes to Chromium's linker host, the offscreen document (extension/linker/offscreen.ts). */
export interface HostCalls {
  /** Links a chunk for a page with an index of the entity set `version`. */
  hostLink(params: HostLinkParams): LinkChunkResult;
  /** Drops a page's session (`<tabId>:*`: every page of a tab). */
  hostDrop(params: { key: string }): { dropped: boolean };
}

/** Outcome of an import, idempotent by highlight id. */
export interface ImportCounts {
  added: number;
  /** Present already and replaced by the file's later-modified copy. */
  updated: number;
  /** Present already with the same or a newer copy. */
  unchanged: number;
}

/** Calls the background or an extension page (popup, side panel) makes to a tab's content script. */
export interface ContentCalls {
  /** Entities linked on this page, with counts, for the popup's "On this page". */
  getPageSummary(params: Record<string, never>): PageSummary;
  /** Scrolls to the next mention of an entity and flashes it (popup "On this page"). */
  revealEntity(params: { id: string }): { found: boolean };
  /** Steps to the next mention and opens its card with focus in it (the keyboard command). */
  focusNextMention(params: Record<string, never>): { found: boolean };
  /** Scrolls to a saved highlight of this page and flashes it (side panel "Jump to"). */
  revealHighlight(params: { id: string }): { found: boolean };
  /** Which of this page's saved highlights were re-anchored, and which could not be found (side panel). */
  getAnchorStatus(params: Record<string, never>): AnchorStatus;
  /**
   * Saves the page's current text selection as a highlight (context menu "Save highlight", the
   * save-highlight keyboard command); `id` is null when nothing is selected on this page.
   */
  saveSelection(params: Record<string, never>): { id: string | null };
}

/**
 * Outcome of re-anchoring this page's saved highlights, by highlight id. An id in neither list
 * is still being anchored (or was saved after the page last looked).
 */
export interface AnchorStatus {
  anchored: string[];
  orphaned: string[];
}

/**
 * What a card sends to save a highlight; `start`/`end` index the page text the scanner linked.
 * `id` is chosen by the sender (`newHighlightId`), so a save sent again after a lost reply is
 * recognised as done rather than stored twice.
 */
export interface SaveHighlightParams {
  id: string;
  url: string;
  title: string;
  quote: string;
  prefix: string;
  suffix: string;
  start: number;
  end: number;
  entityIds: string[];
}

/** A passage described for saving, before its id is chosen (extension/content/highlights/save-call.ts). */
export type HighlightDescription = Omit<SaveHighlightParams, 'id'>;

/** A stored "wrong link" correction as the options page lists it. */
export interface CorrectionRecord {
  key: string;
  site: string;
  entityId: string;
  quote: string;
  /** ISO 8601 timestamp. */
  created: string;
}

/**
 * The bundled KB's install: `ready` once every entity is in IndexedDB; `installing` with the
 * entities written so far (`total` 0 while the bundled file is still being read); `failed`
 * with the reason, until an install is tried again.
 */
export type KbStatus =
  | { state: 'ready' }
  | { state: 'installing'; done: number; total: number }
  | { state: 'failed'; error: string };

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
