import { describe, expect, it } from 'vitest';
import { baseStyleText, overrideText, styleText } from '../../../extension/content/styles.ts';
import { DEFAULT_STYLES } from '../../../extension/shared/settings-model.ts';

describe('highlight styles', () => {
  it('writes one rule per type from the settings: underline, tint, and nothing for off', () => {
    const css = styleText({
      ...DEFAULT_STYLES,
      person: { kind: 'tint', colour: '#336699' },
      'threat-actor': { kind: 'underline', colour: '#d62f4b' },
      country: { kind: 'off', colour: '#2e9960' },
    });
    expect(css).toMatch(/::highlight\(dossier-person\) \{ background-color: #33669938; \}/);
    expect(css).toMatch(/::highlight\(dossier-threat-actor\) \{ text-decoration: underline 2px #d62f4be6;/);
    expect(css).not.toContain('dossier-country');
  });

  it('draws the defaults with fills only: no text decoration, whose repaint cost grows with the page', () => {
    const base = baseStyleText();
    for (const name of ['person', 'organization', 'agency', 'threat-actor', 'country', 'place', 'event', 'other', 'saved', 'saved-flash']) {
      expect(base).toContain(`::highlight(dossier-${name})`);
    }
    expect(base).not.toMatch(/text-decoration: underline|text-shadow/);
  });

  it('overrides only the types the user changed, with !important, and nothing for the defaults', () => {
    expect(overrideText(DEFAULT_STYLES)).toBe('');
    const styles = { ...DEFAULT_STYLES, agency: { kind: 'underline', colour: '#123456' }, event: { kind: 'off', colour: '#000000' } } as const;
    const css = overrideText(styles);
    expect(css.split('\n')).toEqual([
      '::highlight(dossier-agency) { text-decoration: underline 2px #123456e6 !important; text-underline-offset: 3px !important; background-color: transparent !important; }',
      '::highlight(dossier-event) { background-color: transparent !important; text-decoration: none !important; }',
    ]);
  });

  it('treats "off" in any colour as the same style', () => {
    const off = { ...DEFAULT_STYLES, other: { kind: 'off', colour: '#111111' } } as const;
    expect(overrideText({ ...off, other: { kind: 'off', colour: '#222222' } })).toBe(overrideText(off));
  });
});
