/**
 * Pointer tracking for hover cards: a passive `mousemove` listener, throttled to one hit-test
 * per animation frame, reporting whether the pointer is over a mention, the card, or nothing.
 */
import { caretFromPoint, findMentionAt } from './hit-test.ts';
import { PLACE_SHAPE } from '../mention-place.ts';
import type { PageMention } from '../types.ts';

export interface PointerOptions {
  doc: Document;
  /** The card host: events whose path crosses it are "over the card". */
  host: Element;
  mentions(): readonly PageMention[];
  /** `dwelt`: ms the pointer already rested there (see HoverIntent.update). */
  report(over: PageMention | 'card' | null, dwelt?: number): void;
}

export interface PointerTracker {
  /** Hit-tests a point as if the pointer had just moved there (the pointer that loaded the card), resting `dwelt` ms. */
  at(x: number, y: number, dwelt?: number): void;
  /** Removes every listener and pending frame. */
  stop(): void;
}

/** Starts tracking the pointer. */
export function trackPointer({ doc, host, mentions, report }: PointerOptions): PointerTracker {
  const win = doc.defaultView ?? window;
  let frame = 0;
  let last: { x: number; y: number; overCard: boolean } | null = null;

  const hitTest = (dwelt = 0): void => {
    frame = 0;
    const point = last;
    if (!point) return;
    if (point.overCard) {
      report('card');
      return;
    }
    const list = mentions();
    const caret = list.length ? caretFromPoint(doc, point.x, point.y) : null;
    report(findMentionAt(list, caret, point.x, point.y, PLACE_SHAPE), dwelt);
  };
  const onMove = (event: MouseEvent): void => {
    // composedPath() is empty once dispatch ends, so read it now rather than in the frame.
    last = { x: event.clientX, y: event.clientY, overCard: event.composedPath().includes(host) };
    if (!frame) frame = win.requestAnimationFrame(() => hitTest());
  };
  // Leaving the window: nothing is under the pointer any more.
  const onLeave = (event: MouseEvent): void => {
    if (event.relatedTarget === null) report(null);
  };

  doc.addEventListener('mousemove', onMove, { passive: true });
  doc.addEventListener('mouseout', onLeave, { passive: true });
  return {
    at(x, y, dwelt) {
      last = { x, y, overCard: false };
      hitTest(dwelt);
    },
    stop() {
      doc.removeEventListener('mousemove', onMove);
      doc.removeEventListener('mouseout', onLeave);
      if (frame) win.cancelAnimationFrame(frame);
      last = null;
    },
  };
}
