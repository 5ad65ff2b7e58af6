import fs from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { t, typeLabel } from '../../../extension/shared/i18n.ts';
import { EN } from '../../../extension/shared/i18n-en.ts';

const messages = JSON.parse(fs.readFileSync(new URL('../../../public/_locales/en/messages.json', import.meta.url), 'utf8')) as Record<
  string,
  { message: string; placeholders?: Record<string, { content: string }> }
>;

/** Expands a messages.json entry the way browser.i18n does, for comparison with the fallback. */
function expand(key: string, subs: string[]): string {
  const entry = messages[key];
  return entry.message.replace(/\$([A-Za-z_]+)\$/g, (_, name: string) => {
    const content = entry.placeholders?.[name.toLowerCase()]?.content ?? '';
    return content.replace(/\$(\d)/g, (__, n: string) => subs[Number(n) - 1] ?? '');
  });
}

describe('i18n', () => {
  afterEach(() => {
    delete (globalThis as { browser?: unknown }).browser;
  });

  it('falls back to English with substitutions outside the extension', () => {
    expect(t('cardCount', '3')).toBe('Mentions on this page: 3');
    expect(t('cardMatched', 'matched "IPT29"', '83')).toBe('How this matched: matched "IPT29" (83% confidence)');
    expect(typeLabel('threat-actor')).toBe('Threat actor');
    expect(typeLabel('mystery')).toBe('Other');
  });

  it('prefers the browser message when there is one', () => {
    (globalThis as { browser?: unknown }).browser = { i18n: { getMessage: (k: string) => (k === 'cardClose' ? 'Fermer' : '') } };
    expect(t('cardClose')).toBe('Fermer');
    expect(t('cardSave')).toBe('Save highlight');
  });

  it('keeps messages.json in step with the English fallback', () => {
    for (const [key, text] of Object.entries(EN)) {
      expect(messages[key], key).toBeDefined();
      expect(expand(key, ['A', 'B', 'C']), key).toBe(text.replace(/\$(\d)/g, (_, n: string) => 'ABC'[Number(n) - 1]));
    }
  });
});
