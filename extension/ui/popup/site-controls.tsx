/** The popup's switches: Dossier on this site, and a global pause. */
import { t } from '../../shared/i18n.ts';
import { isActiveOn, withSite, type Settings } from '../../shared/settings.ts';

export interface SiteControlsProps {
  settings: Settings;
  host: string | null;
  update(patch: Partial<Settings>): Promise<void>;
}

/** Native checkboxes: keyboard and screen-reader support for free. */
export function SiteControls({ settings, host, update }: SiteControlsProps) {
  return (
    <div class="controls">
      {host && (
        <label class="switch">
          <input
            type="checkbox"
            checked={!settings.disabledSites.includes(host)}
            onChange={(e) => void update(withSite(settings, host, e.currentTarget.checked))}
          />
          {t('popupSiteOn', host)}
        </label>
      )}
      <label class="switch">
        <input type="checkbox" checked={settings.paused} onChange={(e) => void update({ paused: e.currentTarget.checked })} />
        {t('popupPaused')}
      </label>
      {host && !isActiveOn(settings, host) && <p class="muted">{t('popupInactive')}</p>}
    </div>
  );
}
