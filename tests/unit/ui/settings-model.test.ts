import { describe, expect, it } from 'vitest';
import { ENTITY_TYPES } from '../../../src/kb/model.ts';
import { DEFAULT_SETTINGS, isActiveOn, normaliseSettings, withSite } from '../../../extension/shared/settings-model.ts';

describe('settings model', () => {
  it('fills every default from nothing or garbage', () => {
    expect(normaliseSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(normaliseSettings('nonsense')).toEqual(DEFAULT_SETTINGS);
    expect(Object.keys(normaliseSettings({}).styles).sort()).toEqual([...ENTITY_TYPES].sort());
  });

  it('keeps valid stored values and repairs invalid ones field by field', () => {
    const s = normaliseSettings({
      paused: true,
      disabledSites: ['News.example', 'news.example', 42, 'a.example'],
      styles: { person: { kind: 'tint', colour: '#ABCDEF' }, agency: { kind: 'blink', colour: 'red' } },
    });
    expect(s.paused).toBe(true);
    expect(s.disabledSites).toEqual(['a.example', 'news.example']);
    expect(s.styles.person).toEqual({ kind: 'tint', colour: '#abcdef' });
    expect(s.styles.agency).toEqual(DEFAULT_SETTINGS.styles.agency);
  });

  it('marks unknown names unless switched off, settings stored before the switch included', () => {
    expect(DEFAULT_SETTINGS.unknownMarks).toBe(true);
    expect(normaliseSettings({ paused: false, disabledSites: [], inlineMarks: false }).unknownMarks).toBe(true);
    expect(normaliseSettings({ unknownMarks: false }).unknownMarks).toBe(false);
    expect(normaliseSettings({ unknownMarks: 'no' }).unknownMarks).toBe(true);
  });

  it('switches a site off and on again, and respects the global pause', () => {
    const off = withSite(DEFAULT_SETTINGS, 'WWW.Example.com', false);
    expect(off.disabledSites).toEqual(['www.example.com']);
    expect(isActiveOn(off, 'www.example.com')).toBe(false);
    expect(isActiveOn(off, 'other.example')).toBe(true);
    expect(withSite(off, 'www.example.com', true).disabledSites).toEqual([]);
    expect(isActiveOn({ ...DEFAULT_SETTINGS, paused: true }, 'other.example')).toBe(false);
  });
});
