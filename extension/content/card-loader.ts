/**
 * Loads the card UI (Preact + floating-ui, `card.js`, a web-accessible ES module) only when a
 * reader first uses it: the pointer resting on a mention, Alt+Shift+D, Enter on an inline mark,
 * or a popup request. Until then the content script carries none of that code. After loading,
 * the card's own listeners take over, starting from where the pointer rests when it has loaded.
 */
import type { CardUi } from './card/mount.ts';
import { caretFromPoint, findMentionAt } from './card/hit-test.ts';
import { PLACE_SHAPE } from './mention-place.ts';
import type { ContentContext, PageMention } from './types.ts';

/** The extension API global of both browsers, named as such so the add-ons linter can tell the import is our own file. */
declare const chrome: { runtime: { getURL(path: string): string } };

type CardModule = { mountCardUi: (ctx: ContentContext) => CardUi };

export interface CardLoader {
  /** The card UI, loading it first if needed; null if it cannot load (extension gone). */
  get(): Promise<CardUi | null>;
  destroy(): void;
}

export interface CardLoaderOptions {
  ctx: ContentContext;
  /** The mention an inline mark stands for (Enter on a focused mark). */
  markAt(target: EventTarget | null): PageMention | null;
  doc?: Document;
}

/** Pause before a failed load of the card module may be tried again. */
const RETRY_MS = 2000;

const isCardKey = (e: KeyboardEvent): boolean => e.altKey && e.shiftKey && !e.ctrlKey && !e.metaKey && e.code === 'KeyD';

/**
 * The mention under (x, y), by the card's own hit-test: the caret snaps to the nearest text
 * even in a margin, so the range's rects must hold the point too.
 */
function mentionUnder(doc: Document, mentions: readonly PageMention[], x: number, y: number): PageMention | null {
  const caret = mentions.length ? caretFromPoint(doc, x, y) : null;
  return findMentionAt(mentions, caret, x, y, PLACE_SHAPE);
}

/** Arms the triggers; the card module is imported on first use. */
export function createCardLoader({ ctx, markAt, doc = document }: CardLoaderOptions): CardLoader {
  let loading: Promise<CardUi | null> | null = null;
  let ui: CardUi | null = null;
  let destroyed = false;
  let frame = 0;
  let last: { x: number; y: number } | null = null;
  /** The mention whose hover started the load, and since when the pointer rests on it. */
  let trigger: { mention: PageMention; since: number } | null = null;
  const win = doc.defaultView ?? window;

  const get = (): Promise<CardUi | null> => {
    loading ??= import(/* @vite-ignore */ chrome.runtime.getURL('card.js'))
      .then((mod: CardModule) => {
        if (destroyed) return null;
        ui = mod.mountCardUi(ctx);
        doc.removeEventListener('mousemove', onMove);
        // The pointer kept moving while the module loaded: the card starts from where it is now.
        // Time spent on the same mention while loading counts towards the hover's dwell.
        if (last) {
          const same = trigger !== null && mentionUnder(doc, ctx.mentions(), last.x, last.y) === trigger.mention;
          ui.hoverAt(last.x, last.y, same && trigger ? performance.now() - trigger.since : 0);
        }
        return ui;
      })
      .catch((error: unknown) => {
        console.warn('dossier: card UI failed to load', error);
        // Not for good: a later hover or key tries again (after a pause, not on every move).
        setTimeout(() => {
          if (!ui) loading = null;
        }, RETRY_MS);
        return null;
      });
    return loading;
  };

  const hitTest = (): void => {
    frame = 0;
    const mention = last && mentionUnder(doc, ctx.mentions(), last.x, last.y);
    if (!mention) return;
    trigger = { mention, since: performance.now() };
    void get();
  };
  const onMove = (event: MouseEvent): void => {
    last = { x: event.clientX, y: event.clientY };
    if (!frame && !loading) frame = win.requestAnimationFrame(hitTest);
  };
  const onKey = (event: KeyboardEvent): void => {
    if (isCardKey(event) && !ui) {
      event.preventDefault();
      void get().then((card) => card?.next());
      return;
    }
    if (event.key !== 'Enter' && event.key !== ' ') return;
    const mention = markAt(event.target);
    if (!mention) return;
    event.preventDefault();
    void get().then((card) => card?.open(mention));
  };

  doc.addEventListener('mousemove', onMove, { passive: true });
  doc.addEventListener('keydown', onKey, true);
  return {
    get,
    destroy() {
      destroyed = true;
      doc.removeEventListener('mousemove', onMove);
      doc.removeEventListener('keydown', onKey, true);
      if (frame) win.cancelAnimationFrame(frame);
      ui?.destroy();
      ui = null;
    },
  };
}
