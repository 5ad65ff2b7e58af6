/**
 * What every card does while mounted: it follows its mention on the page (beside the name, inside
 * the viewport) and, when opened from the keyboard, takes focus on its heading.
 */
import type { RefObject } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';
import { rangeOf } from '../mention-place.ts';
import type { PageMention } from '../types.ts';
import { followRange } from './position.ts';

/** Refs for the card's root and heading, placed against `mention` and focused when `focus` is set. */
export function useCardPlace(mention: PageMention, focus: boolean): { cardRef: RefObject<HTMLDivElement>; headingRef: RefObject<HTMLHeadingElement> } {
  const cardRef = useRef<HTMLDivElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  useLayoutEffect(() => (cardRef.current ? followRange(rangeOf(mention), cardRef.current) : undefined), [mention]);
  useLayoutEffect(() => {
    if (focus) headingRef.current?.focus({ preventScroll: true });
  }, [mention, focus]);
  return { cardRef, headingRef };
}
