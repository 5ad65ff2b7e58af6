import { describe, expect, it } from 'vitest';
import { styleText } from '../../../extension/content/styles.ts';
import { DEFAULT_STYLES } from '../../../extension/shared/settings-model.ts';

describe('styleText', () => {
  it('writes one rule per type from the settings: underline, tint, and nothing for off', () => {
    const css = styleText({
      ...DEFAULT_STYLES,
      person: { kind: 'tint', colour: '#336699' },
      country: { kind: 'off', colour: '#2e9960' },
    });
    expect(css).toMatch(/::highlight\(dossier-person\) \{ background-color: #33669938; \}/);
    expect(css).toMatch(/::highlight\(dossier-threat-actor\) \{ text-decoration: underline 2px #d62f4be6;/);
    expect(css).not.toContain('dossier-country');
  });
});
