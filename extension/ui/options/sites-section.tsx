/** Sites where the user switched Dossier off, each with a way to switch it back on. */
import { t } from '../../shared/i18n.ts';
import { withSite, type Settings } from '../../shared/settings.ts';

export interface SettingsSectionProps {
  settings: Settings;
  update(patch: Partial<Settings>): Promise<void>;
}

/** The disabled-sites list. */
export function SitesSection({ settings, update }: SettingsSectionProps) {
  return (
    <section aria-labelledby="sites-title">
      <h2 id="sites-title">{t('optionsSites')}</h2>
      {settings.disabledSites.length === 0 && <p class="muted">{t('optionsSitesNone')}</p>}
      <ul class="plain">
        {settings.disabledSites.map((site) => (
          <li key={site} class="row">
            <span>{site}</span>
            <button type="button" aria-label={`${t('optionsSiteRemove')}: ${site}`} onClick={() => void update(withSite(settings, site, true))}>
              {t('optionsSiteRemove')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
