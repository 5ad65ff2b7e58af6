/**
 * Hover intent: decides when a hover card opens and closes, given what is under the pointer.
 * Free of DOM listeners so the timing rules can be tested with fake timers.
 *
 * Rules (WCAG 1.4.13): open after a short dwell on a mention; stay open while the pointer is on
 * the mention or on the card; close after a grace delay once the pointer has left both.
 */

export const SHOW_DELAY_MS = 200;
export const HIDE_DELAY_MS = 300;

export interface HoverIntentOptions<M> {
  show(mention: M): void;
  hide(): void;
  /** The mention whose card is open, if any. */
  shown(): M | null;
  showDelay?: number;
  hideDelay?: number;
}

export interface HoverIntent<M> {
  /**
   * Report what the pointer is over: a mention, the card itself, or nothing. `dwelt`: how long
   * the pointer has already rested on that mention (while the card module loaded), counted
   * towards the dwell so the first card is not kept waiting twice.
   */
  update(over: M | 'card' | null, dwelt?: number): void;
  /** Drop pending timers (on close by Escape, on destroy). */
  cancel(): void;
}

/** Creates the hover state machine. */
export function createHoverIntent<M>(opts: HoverIntentOptions<M>): HoverIntent<M> {
  const showDelay = opts.showDelay ?? SHOW_DELAY_MS;
  const hideDelay = opts.hideDelay ?? HIDE_DELAY_MS;
  let showTimer: ReturnType<typeof setTimeout> | undefined;
  let hideTimer: ReturnType<typeof setTimeout> | undefined;
  let pending: M | null = null;

  const clearShow = (): void => {
    clearTimeout(showTimer);
    showTimer = undefined;
    pending = null;
  };
  const clearHide = (): void => {
    clearTimeout(hideTimer);
    hideTimer = undefined;
  };
  const scheduleHide = (): void => {
    if (hideTimer !== undefined || opts.shown() === null) return;
    hideTimer = setTimeout(() => {
      hideTimer = undefined;
      opts.hide();
    }, hideDelay);
  };

  return {
    update(over, dwelt = 0) {
      if (over === 'card') {
        clearShow();
        clearHide();
        return;
      }
      if (over === null) {
        clearShow();
        scheduleHide();
        return;
      }
      if (over === opts.shown()) {
        clearShow();
        clearHide();
        return;
      }
      // A different mention: keep the old card through the grace delay, open the new one on dwell.
      scheduleHide();
      if (pending === over) return;
      clearShow();
      pending = over;
      showTimer = setTimeout(() => {
        showTimer = undefined;
        pending = null;
        clearHide();
        opts.show(over);
      }, Math.max(0, showDelay - dwelt));
    },
    cancel() {
      clearShow();
      clearHide();
    },
  };
}
