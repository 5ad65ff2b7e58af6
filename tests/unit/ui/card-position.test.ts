import { describe, expect, it } from 'vitest';
import { chooseSide } from '../../../extension/content/card/position.ts';

describe('card placement', () => {
  const name = { top: 320, bottom: 340 };
  it('opens above the name when the whole card fits there', () => {
    expect(chooseSide(name, 700, 300)).toBe('top');
  });
  it('opens below when only below has room for it', () => {
    expect(chooseSide(name, 700, 340)).toBe('bottom');
    expect(chooseSide({ top: 40, bottom: 60 }, 700, 200)).toBe('bottom');
  });
  it('takes the roomier side when the card fits on neither', () => {
    expect(chooseSide(name, 700, 500)).toBe('bottom');
    expect(chooseSide({ top: 500, bottom: 520 }, 700, 600)).toBe('top');
  });
});
