/** Accessible inline mode: mentions as focusable elements in the page (off by default). */
import { t } from '../../shared/i18n.ts';
import type { SettingsSectionProps } from './sites-section.tsx';

/** One checkbox; the content scripts pick the change up live. */
export function InlineSection({ settings, update }: SettingsSectionProps) {
  return (
    <section aria-labelledby="inline-title">
      <h2 id="inline-title">{t('optionsInline')}</h2>
      <label>
        <input type="checkbox" checked={settings.inlineMarks}
          onChange={(e) => void update({ inlineMarks: e.currentTarget.checked })} />{' '}
        {t('optionsInlineMarks')}
      </label>
    </section>
  );
}
