import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createHoverIntent } from '../../../extension/content/card/hover-intent.ts';

describe('hover intent', () => {
  let shown: string | null;
  let log: string[];
  const make = () =>
    createHoverIntent<string>({
      show: (m) => { shown = m; log.push(`show ${m}`); },
      hide: () => { shown = null; log.push('hide'); },
      shown: () => shown,
      showDelay: 200,
      hideDelay: 300,
    });

  beforeEach(() => {
    vi.useFakeTimers();
    shown = null;
    log = [];
  });
  afterEach(() => vi.useRealTimers());

  it('opens only after the pointer dwells on a mention', () => {
    const intent = make();
    intent.update('a');
    vi.advanceTimersByTime(150);
    expect(shown).toBeNull();
    intent.update('a');
    vi.advanceTimersByTime(60);
    expect(shown).toBe('a');
  });

  it('counts time already spent on the mention (while the card module loaded) towards the dwell', () => {
    const intent = make();
    intent.update('a', 150);
    vi.advanceTimersByTime(49);
    expect(shown).toBeNull();
    vi.advanceTimersByTime(1);
    expect(shown).toBe('a');
    const later = make();
    shown = null;
    later.update('b', 500);
    vi.advanceTimersByTime(0);
    expect(shown).toBe('b');
  });

  it('does not open for a pointer that just passes over', () => {
    const intent = make();
    intent.update('a');
    vi.advanceTimersByTime(100);
    intent.update(null);
    vi.advanceTimersByTime(1000);
    expect(log).toEqual([]);
  });

  it('stays open while the pointer crosses to the card, and closes after leaving both', () => {
    const intent = make();
    intent.update('a');
    vi.advanceTimersByTime(200);
    intent.update(null); // the gap between mention and card
    vi.advanceTimersByTime(200);
    intent.update('card');
    vi.advanceTimersByTime(1000);
    expect(shown).toBe('a');
    intent.update(null);
    vi.advanceTimersByTime(299);
    expect(shown).toBe('a');
    vi.advanceTimersByTime(1);
    expect(shown).toBeNull();
  });

  it('switches to another mention after its dwell time', () => {
    const intent = make();
    intent.update('a');
    vi.advanceTimersByTime(200);
    intent.update('b');
    vi.advanceTimersByTime(200);
    expect(log).toEqual(['show a', 'show b']);
  });

  it('cancel drops pending timers', () => {
    const intent = make();
    intent.update('a');
    intent.cancel();
    vi.advanceTimersByTime(1000);
    expect(log).toEqual([]);
  });
});
