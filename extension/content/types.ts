/**
 * Contract between the content script's scanner (`content/index.ts`, which extracts, links and
 * paints marks) and its card UI (`content/card/`, hover and keyboard cards).
 */
import type { Mention } from '../../src/link/types.ts';
import type { UnknownMention } from '../../src/link/unknown/index.ts';
import type { TextPlace } from '../../src/text/ranges.ts';
import type { BackgroundCalls, ParamsOf, ResultOf } from '../shared/protocol.ts';

/**
 * A linked mention on this page, with the place it covers: DOM boundary points as plain fields,
 * not a live Range (mention-place.ts says why).
 */
export interface PageMention extends Mention, TextPlace {
  /**
   * Set on a name no KB entity explains (issue 16): what the page says about it. Such a mention
   * has a pseudo `entityId` (`unknown:<name>`) shared by its other mentions and no card data.
   */
  unknown?: Pick<UnknownMention, 'name' | 'type' | 'evidence'>;
}

export interface ContentContext {
  /** Current mentions, in document order. */
  mentions(): readonly PageMention[];
  /** Subscribe to changes of `mentions()` (rescans, late content). Returns an unsubscribe function. */
  onMentionsChanged(listener: () => void): () => void;
  /**
   * Takes mentions off the page at once (a link the reader called wrong): out of `mentions()`
   * and their marks off, and never linked again on this page, not even when their block changes.
   */
  unmark(mentions: readonly PageMention[]): void;
  /** Typed call to the background. */
  call<K extends keyof BackgroundCalls>(method: K, params: ParamsOf<BackgroundCalls, K>): Promise<ResultOf<BackgroundCalls, K>>;
}

/** Mounts hover/keyboard cards for the page; `destroy` removes every trace of them. */
export type MountCardUi = (ctx: ContentContext) => { destroy(): void };
