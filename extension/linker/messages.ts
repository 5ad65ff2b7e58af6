/**
 * What crosses between the content script, the background router, the linker host (Chromium's
 * offscreen document, Firefox's background page) and the linker Worker. Plain JSON only.
 *
 * A reply is a list of spans, each with a `kind`, so later kinds (unknown names, issue 16) join
 * the same reply without a new message: a receiver skips kinds it does not know.
 */
import type { Entity, EntityType } from '../../src/kb/model.ts';
import type { UnknownMention } from '../../src/link/unknown/index.ts';
import type { MatchHow } from '../../src/link/types.ts';

/** Identifies one page load in one frame of one tab: the linker keeps page context under it. */
export interface PageKey {
  tabId: number;
  frameId: number;
  /** Chosen by the content script at start (and on a History navigation that starts over). */
  page: string;
}

/** One chunk of page text to link, as the content script sends it to the background. */
export interface LinkChunkParams {
  page: string;
  /** The content script's number for this chunk; echoed back. */
  chunk: number;
  text: string;
}

/** A KB link found in a chunk: offsets into the chunk's text. */
export interface EntitySpan {
  kind: 'entity';
  start: number;
  end: number;
  entityId: string;
  entityName: string;
  entityType: string;
  how: MatchHow;
  confidence: number;
  explanation: string;
  /**
   * Set on a link found afterwards in an earlier chunk of the page (a surname whose full name
   * came later, issue 14): that chunk's number, and the offsets are into that chunk's text.
   */
  chunk?: number;
}

/**
 * A surname this chunk leaves unlinked (or marks as a one-word unknown name) that a full name in
 * a later chunk may still resolve: the content script keeps this chunk's text map while the page
 * has such spans, to place those links.
 */
export interface WaitingSpan {
  kind: 'waiting';
  start: number;
  end: number;
}

/** A name no KB entity explains (issue 16), with what the page says of it. */
export interface UnknownSpan {
  kind: 'unknown';
  start: number;
  end: number;
  name: string;
  type: EntityType;
  evidence: UnknownMention['evidence'];
  /**
   * Set on a name found afterwards in an earlier chunk (a one-word name whose full name came
   * later, issue 14): that chunk's number; it takes the place of the mark there.
   */
  chunk?: number;
}

/** Every kind of span a reply may carry. */
export type LinkedSpan = EntitySpan | UnknownSpan | WaitingSpan;

export interface LinkChunkResult {
  chunk: number;
  spans: LinkedSpan[];
}

/** What the background forwards to the host: the chunk, whose page it is, and the KB version in use. */
export interface HostLinkParams extends LinkChunkParams {
  key: PageKey;
  /** The entity-set stamp: a host holding another version reloads the index first. */
  version: string;
}

/** Messages to the linker Worker. */
export type ToWorker =
  /** Build the linker: the shipped index (read by the Worker from the package) plus the user's entities. */
  | { type: 'index'; version: string; user: Entity[] }
  | { type: 'link'; id: number; key: string; chunk: number; text: string }
  | { type: 'drop'; key: string };

/** Messages from the linker Worker. */
export type FromWorker =
  | { type: 'ready'; version: string; ms: number; entities: number }
  | { type: 'linked'; id: number; spans: LinkedSpan[] }
  | { type: 'failed'; id: number | null; error: string };

/** The session key of a page: one string, so the Worker can map it. */
export function sessionKey(key: PageKey): string {
  return `${key.tabId}:${key.frameId}:${key.page}`;
}
