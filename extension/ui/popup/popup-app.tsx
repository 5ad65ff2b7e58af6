/** The toolbar popup: what Dossier found on this page, and the on/off switches. */
import browser from 'webextension-polyfill';
import { t } from '../../shared/i18n.ts';
import { callTab } from '../../shared/rpc.ts';
import { useSettings } from '../common/use-settings.ts';
import { EntityList } from './entity-list.tsx';
import { hostOf } from './group.ts';
import { KbProgress } from './kb-progress.tsx';
import { SiteControls } from './site-controls.tsx';
import { useActiveTab } from './use-active-tab.ts';

/** Root component of popup.html. */
export function PopupApp() {
  const tab = useActiveTab();
  const [settings, update] = useSettings();
  const host = tab.status === 'loading' ? null : hostOf(tab.url);
  return (
    <main>
      <h1>{t('popupTitle')}</h1>
      <KbProgress />
      <h2>{t('popupOnThisPage')}</h2>
      {tab.status === 'loading' && <p class="muted">{t('cardLoading')}</p>}
      {tab.status === 'unavailable' && <p class="muted">{t('popupUnavailable')}</p>}
      {tab.status === 'ready' && (
        <EntityList summary={tab.summary} onReveal={(e) => void callTab(tab.tabId, 'revealEntity', { id: e.id }).catch(() => undefined)} />
      )}
      {settings && <SiteControls settings={settings} host={host} update={update} />}
      <p>
        <a href="#" onClick={(e) => { e.preventDefault(); void browser.runtime.openOptionsPage(); }}>{t('popupOptions')}</a>
      </p>
    </main>
  );
}
