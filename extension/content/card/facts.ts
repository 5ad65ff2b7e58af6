/**
 * Pure formatting of an entity's key facts for the card: roles with dates, country names,
 * identifier links. No DOM, so it is unit-tested directly.
 */
import type { Role } from '../../../src/kb/model.ts';

/** "2019–2021", "2019–present", "until 2021", or "" when no dates are known. */
export function formatDates(from: string | undefined, to: string | undefined, present: string): string {
  if (from && to) return from === to ? from : `${from}–${to}`;
  if (from) return `${from}–${present}`;
  if (to) return `–${to}`;
  return '';
}

/** English (or UI-locale) name of an ISO 3166-1 alpha-2 code; the code itself if unknown. */
export function countryName(code: string, locale = 'en'): string {
  try {
    const names = new Intl.DisplayNames([locale], { type: 'region', fallback: 'code' });
    return names.of(code.toUpperCase()) ?? code;
  } catch {
    // Not a well-formed region code (a user pack may hold anything): show it as given.
    return code;
  }
}

/** One line per role, e.g. "Foreign Secretary (United Kingdom), 2019–2021". */
export function formatRole(role: Role, present: string): string {
  const where = role.country ? ` (${countryName(role.country)})` : '';
  const when = formatDates(role.from, role.to, present);
  return `${role.title}${where}${when ? `, ${when}` : ''}`;
}

/** Most recent roles first; roles without dates last, keeping the KB's order among equals. */
export function sortRoles(roles: readonly Role[]): Role[] {
  const key = (r: Role): string => r.to ?? (r.from ? '9999' : '');
  return roles
    .map((role, i) => ({ role, i }))
    .sort((a, b) => key(b.role).localeCompare(key(a.role)) || a.i - b.i)
    .map(({ role }) => role);
}

export interface IdentifierLink {
  scheme: string;
  label: string;
  value: string;
  /** Only for schemes with a known, stable public page. */
  url?: string;
}

const ATTACK_PATHS: Record<string, string> = { G: 'groups', S: 'software', T: 'techniques', C: 'campaigns' };

/** Longer values (STIX and MISP UUIDs) help no reader on a card; exports keep them. */
const MAX_PLAIN_ID = 20;

/** Identifiers as label/value pairs with links for Wikidata and MITRE ATT&CK; long unlinked ids are left out. */
export function identifierLinks(ids: Record<string, string> | undefined): IdentifierLink[] {
  if (!ids) return [];
  return Object.entries(ids).flatMap(([scheme, value]) => linkFor(scheme, value) ?? (value.length <= MAX_PLAIN_ID ? [{ scheme, label: scheme, value }] : []));
}

/** A linked identifier for the schemes with a stable public page; undefined for the rest. */
function linkFor(scheme: string, value: string): IdentifierLink[] | undefined {
  if (scheme === 'wikidata' && /^Q\d+$/.test(value)) {
    return [{ scheme, label: 'Wikidata', value, url: `https://www.wikidata.org/wiki/${value}` }];
  }
  const attack = /^([GSTC])\d{4}(?:\.\d{3})?$/.exec(value);
  if (scheme === 'mitreAttack' && attack) {
    const path = `${ATTACK_PATHS[attack[1]]}/${value.replace('.', '/')}`;
    return [{ scheme, label: 'MITRE ATT&CK', value, url: `https://attack.mitre.org/${path}/` }];
  }
  return undefined;
}

/** Only http(s) links are shown as links: a user pack could carry `javascript:` URLs. */
export function safeUrl(url: string): string | undefined {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

/** Confidence 0..1 as a whole percentage, clamped. */
export function percent(confidence: number): string {
  const clamped = Math.min(1, Math.max(0, Number.isFinite(confidence) ? confidence : 0));
  return String(Math.round(clamped * 100));
}
