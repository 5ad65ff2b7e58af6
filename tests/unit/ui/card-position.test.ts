import { describe, expect, it } from 'vitest';
import { chooseSide } from '../../../extension/content/card/position.ts';

describe('card placement', () => {
  const name = { top: 320, bottom: 340 };
  it('opens above the name when the whole card fits there', () => {
    expect(chooseSide(name, 700, 300)).toBe('top');
    expect(chooseSide({ top: 120, bottom: 140 }, 700, 100)).toBe('top');
  });
  it('stays above, its body scrolling, when there is comfortable room there', () => {
    expect(chooseSide(name, 700, 340)).toBe('top');
    expect(chooseSide(name, 700, 900)).toBe('top');
  });
  it('opens below when above is cramped and the card fits below', () => {
    expect(chooseSide({ top: 150, bottom: 170 }, 700, 200)).toBe('bottom');
    expect(chooseSide({ top: 40, bottom: 60 }, 700, 200)).toBe('bottom');
  });
  it('takes the roomier side when the card fits on neither', () => {
    expect(chooseSide({ top: 200, bottom: 220 }, 700, 600)).toBe('bottom');
    expect(chooseSide({ top: 250, bottom: 270 }, 300, 400)).toBe('top');
  });
});
