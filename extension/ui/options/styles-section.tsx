/**
 * Mark style per entity type: tint (the default), underline or off, and a colour; and whether
 * names the knowledge base does not know are marked at all (their quieter grey).
 */
import { ENTITY_TYPES, type EntityType } from '../../../src/kb/model.ts';
import { t, typeLabel } from '../../shared/i18n.ts';
import type { MarkKind, MarkStyle } from '../../shared/settings.ts';
import type { SettingsSectionProps } from './sites-section.tsx';

const KINDS: { kind: MarkKind; label: () => string }[] = [
  { kind: 'tint', label: () => t('optionsStyleTint') },
  { kind: 'underline', label: () => t('optionsStyleUnderline') },
  { kind: 'off', label: () => t('optionsStyleOff') },
];

/** One table row per type; labels name the type so each control is understandable alone. */
export function StylesSection({ settings, update }: SettingsSectionProps) {
  const change = (type: EntityType, patch: Partial<MarkStyle>): void =>
    void update({ styles: { ...settings.styles, [type]: { ...settings.styles[type], ...patch } } });
  return (
    <section aria-labelledby="styles-title">
      <h2 id="styles-title">{t('optionsStyles')}</h2>
      <p class="muted" id="styles-hint">{t('optionsStylesHint')}</p>
      <table aria-describedby="styles-hint">
        <tbody>
          {ENTITY_TYPES.map((type) => {
            const style = settings.styles[type];
            return (
              <tr key={type}>
                <th scope="row">{typeLabel(type)}</th>
                <td>
                  <select aria-label={t('optionsStyleKind', typeLabel(type))} value={style.kind}
                    onChange={(e) => change(type, { kind: e.currentTarget.value as MarkKind })}>
                    {KINDS.map((k) => <option key={k.kind} value={k.kind}>{k.label()}</option>)}
                  </select>
                </td>
                <td>
                  <input type="color" aria-label={t('optionsStyleColour', typeLabel(type))} value={style.colour}
                    disabled={style.kind === 'off'} onChange={(e) => change(type, { colour: e.currentTarget.value })} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <label>
        <input type="checkbox" checked={settings.unknownMarks}
          onChange={(e) => void update({ unknownMarks: e.currentTarget.checked })} />{' '}
        {t('optionsUnknownMarks')}
      </label>
    </section>
  );
}
