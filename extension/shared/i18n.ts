/**
 * UI strings. `t(key)` asks the browser's i18n (messages.json of the user's locale) and falls
 * back to the English text here, so unit tests, a missing key or a non-extension context still
 * show something readable.
 */
import type { EntityType } from '../../src/kb/model.ts';
import { EN } from './i18n-en.ts';

export type MessageKey = keyof typeof EN;

interface I18nApi {
  getMessage(name: string, substitutions?: string | string[]): string;
}

function i18nApi(): I18nApi | null {
  const g = globalThis as { browser?: { i18n?: I18nApi }; chrome?: { i18n?: I18nApi } };
  return g.browser?.i18n ?? g.chrome?.i18n ?? null;
}

/** Substitutes `$1`, `$2`… in the English fallback the way `getMessage` does for placeholders. */
function substitute(text: string, subs: readonly string[]): string {
  return text.replace(/\$(\d)/g, (whole, n: string) => subs[Number(n) - 1] ?? whole);
}

/** The localised string for `key`, with optional substitutions. */
export function t(key: MessageKey, ...subs: string[]): string {
  try {
    const text = i18nApi()?.getMessage(key, subs);
    if (text) return text;
  } catch {
    // getMessage throws in a context whose extension was reloaded: fall back quietly.
  }
  return substitute(EN[key], subs);
}

const TYPE_KEYS: Record<EntityType, MessageKey> = {
  person: 'typePerson',
  organization: 'typeOrganization',
  company: 'typeCompany',
  agency: 'typeAgency',
  party: 'typeParty',
  'sports-team': 'typeSportsTeam',
  media: 'typeMedia',
  university: 'typeUniversity',
  court: 'typeCourt',
  'threat-actor': 'typeThreatActor',
  country: 'typeCountry',
  place: 'typePlace',
  event: 'typeEvent',
  work: 'typeWork',
  other: 'typeOther',
};

/** The display name of an entity type ("Threat actor"); unknown types read as "Other". */
export function typeLabel(type: string): string {
  return t(TYPE_KEYS[type as EntityType] ?? 'typeOther');
}
