import { describe, expect, it } from 'vitest';
import { groupByType, hostOf } from '../../../extension/ui/popup/group.ts';

describe('popup grouping', () => {
  it('groups by type in KB order, most mentioned first', () => {
    const groups = groupByType([
      { id: 'c:ru', name: 'Russia', type: 'country', count: 5 },
      { id: 'p:raab', name: 'Dominic Raab', type: 'person', count: 2 },
      { id: 'a:apt29', name: 'APT29', type: 'threat-actor', count: 3 },
      { id: 'c:gb', name: 'United Kingdom', type: 'country', count: 7 },
      { id: 'p:peskov', name: 'Dmitry Peskov', type: 'person', count: 2 },
    ]);
    expect(groups.map((g) => g.type)).toEqual(['person', 'threat-actor', 'country']);
    expect(groups[0].entities.map((e) => e.name)).toEqual(['Dmitry Peskov', 'Dominic Raab']);
    expect(groups[2].entities.map((e) => e.name)).toEqual(['United Kingdom', 'Russia']);
  });

  it('takes the hostname of web pages only', () => {
    expect(hostOf('https://news.example/a?b')).toBe('news.example');
    expect(hostOf('chrome://extensions')).toBeNull();
    expect(hostOf(undefined)).toBeNull();
    expect(hostOf('::')).toBeNull();
  });
});
