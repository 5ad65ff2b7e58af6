import { describe, expect, it } from 'vitest';
import { firstVisibleIndex, nextIndex, nextOfEntity } from '../../../extension/content/card/navigation.ts';

describe('card navigation', () => {
  it('steps forward and wraps', () => {
    expect(nextIndex(3, -1)).toBe(0);
    expect(nextIndex(3, 1)).toBe(2);
    expect(nextIndex(3, 2)).toBe(0);
    expect(nextIndex(0, 0)).toBe(-1);
  });

  it('starts keyboard stepping at the first mention not above the viewport', () => {
    expect(firstVisibleIndex([-300, -20, 15, 900])).toBe(2);
    expect(firstVisibleIndex([-300, -20])).toBe(0);
    expect(firstVisibleIndex([])).toBe(-1);
  });

  it('cycles through the mentions of one entity', () => {
    const list = [{ entityId: 'a' }, { entityId: 'b' }, { entityId: 'a' }, { entityId: 'a' }];
    expect(nextOfEntity(list, 'a', null)).toBe(list[0]);
    expect(nextOfEntity(list, 'a', list[0])).toBe(list[2]);
    expect(nextOfEntity(list, 'a', list[3])).toBe(list[0]);
    expect(nextOfEntity(list, 'b', list[1])).toBe(list[1]);
    expect(nextOfEntity(list, 'c', null)).toBeNull();
  });
});
