/**
 * Mounts the page's hover and keyboard cards: one shadow-rooted host, a hover-intent machine fed
 * by pointer hit-tests, Alt+Shift+D stepping, and the Preact card. `destroy()` removes it all.
 */
import { h, render } from 'preact';
import { rangeOf } from '../mention-place.ts';
import { linkKey } from '../../shared/corrections.ts';
import type { ContentContext, MountCardUi, PageMention } from '../types.ts';
import { CardView } from './card-view.tsx';
import { createEntityLoader } from './entity-cache.ts';
import { flashRange, scrollToRange } from './flash.ts';
import { createCardHost } from './host.ts';
import { createHoverIntent } from './hover-intent.ts';
import { firstVisibleIndex, nextIndex, nextOfEntity } from './navigation.ts';
import { saveHighlight } from '../highlights/save-call.ts';
import { reportWrongLink, saveParams } from './page-actions.ts';
import { trackPointer } from './pointer.ts';
import { UnknownCard, type UnknownCardProps } from './unknown-card.tsx';

/** The card UI's handle: `destroy` plus the steps the content script's RPC handlers call. */
export interface CardUi {
  destroy(): void;
  /** Opens the card of the next mention with focus in it (keyboard command). */
  next(): boolean;
  /** Scrolls to the next mention of an entity and flashes it (popup). */
  reveal(entityId: string): boolean;
  /** Opens the card of one mention with focus in it (Enter on an inline mark). */
  open(mention: PageMention): void;
  /** Treats (x, y) as where the pointer rests now, for `dwelt` ms already: the hover that made the page load the card. */
  hoverAt(x: number, y: number, dwelt?: number): void;
}

interface OpenCard {
  mention: PageMention;
  /** Opened from the keyboard: focus goes into the card and hovering elsewhere does not close it. */
  focus: boolean;
}

const correctionKey = (m: PageMention): string => linkKey(m.entityId, m.quote);

/** Creates the card UI for this page. */
export const mountCardUi: MountCardUi & ((ctx: ContentContext) => CardUi) = (ctx) => {
  const doc = document;
  const { host, root, mount } = createCardHost(doc);
  const load = createEntityLoader(ctx);
  const kbStatus = () => ctx.call('getKbStatus', {});
  const corrected = new Set<string>();
  let open: OpenCard | null = null;
  let returnFocus: HTMLElement | null = null;
  let lastRevealed: PageMention | null = null;

  const mentions = (): PageMention[] => ctx.mentions().filter((m) => !corrected.has(correctionKey(m)));

  const draw = (): void => {
    host.dataset.visible = String(open !== null);
    if (!open) {
      render(null, mount);
      return;
    }
    const { mention, focus } = open;
    if (mention.unknown) return drawUnknown(mention as UnknownCardProps['mention'], focus);
    const count = mentions().filter((m) => m.entityId === mention.entityId).length;
    render(h(CardView, { mention, count, load, kbStatus, focus, onClose: () => close(true), actions: actionsFor(mention) }), mount);
  };

  /** A name the KB does not know gets its own card (unknown-card.tsx). */
  const drawUnknown = (mention: UnknownCardProps['mention'], focus: boolean): void => {
    const onJump = (m: PageMention): void => {
      scrollToRange(rangeOf(m));
      flashRange(root, rangeOf(m));
      show(m, open?.focus ?? false);
    };
    const { name, type, evidence } = mention.unknown;
    const onAdd = () => ctx.call('addUserEntity', { name, type, role: evidence.role, url: doc.location.href, title: doc.title });
    render(h(UnknownCard, { mention, all: mentions(), focus, onClose: () => close(true), onJump, onAdd }), mount);
  };

  const show = (mention: PageMention, focus = false): void => {
    open = { mention, focus };
    draw();
  };

  function close(restore: boolean): void {
    intent.cancel();
    open = null;
    draw();
    if (restore && returnFocus?.isConnected) returnFocus.focus({ preventScroll: true });
    returnFocus = null;
  }

  const intent = createHoverIntent<PageMention>({
    show: (m) => show(m),
    hide: () => close(false),
    // A keyboard-opened card is not the hover machine's to close.
    shown: () => (open && !open.focus ? open.mention : null),
  });

  function actionsFor(mention: PageMention) {
    return {
      save: async () => {
        await saveHighlight(ctx, saveParams(mention, doc));
      },
      showAll: () => {
        const next = nextOfEntity(mentions(), mention.entityId, mention);
        if (!next) return;
        scrollToRange(rangeOf(next));
        mentions().filter((m) => m.entityId === mention.entityId).forEach((m) => flashRange(root, rangeOf(m)));
        show(next, open?.focus ?? false);
      },
      wrongLink: async () => {
        const covered = await reportWrongLink(ctx, mention, doc);
        covered.forEach((m) => corrected.add(correctionKey(m)));
        ctx.unmark(covered);
        // Off the page at once, but leave the card up a moment so its status line can say so.
        setTimeout(() => open?.mention === mention && close(true), 1500);
      },
    };
  }

  const next = (): boolean => {
    const list = mentions();
    const current = open ? list.indexOf(open.mention) : -1;
    const index = current >= 0
      ? nextIndex(list.length, current)
      : firstVisibleIndex(list.map((m) => rangeOf(m).getBoundingClientRect().top));
    if (index < 0) return false;
    const active = doc.activeElement;
    if (active !== host && active instanceof HTMLElement) returnFocus = active;
    scrollToRange(rangeOf(list[index]));
    show(list[index], true);
    return true;
  };

  const reveal = (entityId: string): boolean => {
    const target = nextOfEntity(mentions(), entityId, lastRevealed);
    if (!target) return false;
    lastRevealed = target;
    const range = rangeOf(target);
    scrollToRange(range);
    flashRange(root, range);
    return true;
  };

  const onKey = (event: KeyboardEvent): void => {
    // `code`, not `key`: Alt+Shift+D types a different character on macOS and some layouts.
    if (event.altKey && event.shiftKey && !event.ctrlKey && !event.metaKey && event.code === 'KeyD') {
      if (next()) event.preventDefault();
    } else if (event.key === 'Escape' && open) {
      event.stopPropagation();
      close(true);
    }
  };

  const pointer = trackPointer({ doc, host, mentions, report: (over, dwelt) => intent.update(over, dwelt) });
  doc.addEventListener('keydown', onKey, true);
  const unsubscribe = ctx.onMentionsChanged(() => {
    // A rescan replaces mention objects: a card for a vanished mention must go (not one that
    // was just marked wrong: it closes itself once it has said so).
    if (open && !mentions().includes(open.mention) && !corrected.has(correctionKey(open.mention))) close(false);
    else draw();
  });
  draw();

  return {
    next,
    reveal,
    open(mention) {
      const active = doc.activeElement;
      if (active !== host && active instanceof HTMLElement) returnFocus = active;
      show(mention, true);
    },
    hoverAt: (x, y, dwelt) => pointer.at(x, y, dwelt),
    destroy() {
      intent.cancel();
      pointer.stop();
      unsubscribe();
      doc.removeEventListener('keydown', onKey, true);
      render(null, mount);
      host.remove();
    },
  };
};
