/**
 * Pure formatting of an entity's key facts for the card: dates, country names, identifier links
 * (roles: roles.ts). No DOM, so it is unit-tested directly.
 */

/** The year of an ISO date ("2019-07-24" → "2019"); the text as given when it is not one. */
export function yearOf(date: string): string {
  return /^-?\d{1,4}(?=-|$)/.exec(date)?.[0] ?? date;
}

/** "2019–2021", "2019–present", "until 2021", or "" when no dates are known: years only, a card is no timeline. */
export function formatDates(from: string | undefined, to: string | undefined, present: string): string {
  const start = from && yearOf(from);
  const end = to && yearOf(to);
  if (start && end) return start === end ? start : `${start}–${end}`;
  if (start) return `${start}–${present}`;
  if (end) return `–${end}`;
  return '';
}

/** A day as people write it ("25 February 1974"); a year or year-month at that precision. */
export function readableDate(date: string, locale = 'en-GB'): string {
  const parts = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(date);
  if (!parts) return date;
  const [, y, m, d] = parts;
  const when = new Date(Date.UTC(Number(y), Number(m) - 1, d ? Number(d) : 1));
  // Date.UTC rolls month 13 or day 45 over into a later date: such a date is shown as given.
  if (when.getUTCMonth() !== Number(m) - 1 || (d && when.getUTCDate() !== Number(d))) return date;
  const options: Intl.DateTimeFormatOptions = { year: 'numeric', month: 'long', timeZone: 'UTC', ...(d ? { day: 'numeric' } : {}) };
  return new Intl.DateTimeFormat(locale, options).format(when);
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
