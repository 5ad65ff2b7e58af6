/** The options page: sites, mark styles, the user's own entities, corrections, licences. */
import browser from 'webextension-polyfill';
import { t } from '../../shared/i18n.ts';
import { useSettings } from '../common/use-settings.ts';
import { CorrectionsSection } from './corrections-section.tsx';
import { InlineSection } from './inline-section.tsx';
import { PacksSection } from './packs-section.tsx';
import { SitesSection } from './sites-section.tsx';
import { StylesSection } from './styles-section.tsx';

/** Root component of options.html. */
export function OptionsApp() {
  const [settings, update] = useSettings();
  return (
    <main>
      <h1>{t('optionsTitle')}</h1>
      {settings && <SitesSection settings={settings} update={update} />}
      {settings && <StylesSection settings={settings} update={update} />}
      {settings && <InlineSection settings={settings} update={update} />}
      <PacksSection />
      <CorrectionsSection />
      <p>
        <a href={browser.runtime.getURL('licences.html')} target="_blank" rel="noopener">{t('optionsLicences')}</a>
      </p>
    </main>
  );
}
