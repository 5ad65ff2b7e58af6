/**
 * Roles as a card lists them: one line per office however often it was held, offices before
 * seats in an assembly, the most recent first, and the country only where it is not the
 * entity's own. A KB record lists every term separately (Wikidata does); a reader wants the
 * few that say who this is.
 */
import type { Role } from '../../../src/kb/model.ts';
import { countryName, yearOf } from './facts.ts';

/** One title (in one country) with every span it was held. */
export interface RoleLine {
  title: string;
  /** Set only when it differs from the entity's own country. */
  country?: string;
  /** Year spans, oldest first; `to` undefined = still held; both undefined = undated. */
  spans: { from?: string; to?: string }[];
}

/**
 * A seat in an elected or appointed assembly ("Member of …", "MP for …", "Senator …"): it says
 * less about a person than an office does, so it ranks below the offices. The pattern names
 * kinds of membership, not any one body.
 */
const SEAT = /^(?:member|mp|mep|senator|congress(?:man|woman|member)|representative|councillor|delegate)\b/i;

/** Whether a role title is a seat in an assembly rather than an office. */
export function isSeat(title: string): boolean {
  return SEAT.test(title.trim());
}

/** Sort key of a line's most recent span: still held first, then by end year, undated last. */
function recency(line: RoleLine): string {
  let best = '';
  for (const s of line.spans) {
    const key = s.to ? yearOf(s.to).padStart(5, '0') : s.from ? '99999' : '';
    if (key > best) best = key;
  }
  return best;
}

/** Groups `roles` by title and country, then ranks the lines (see the module comment). */
export function roleLines(roles: readonly Role[], homeCountry?: string): RoleLine[] {
  const byKey = new Map<string, RoleLine>();
  for (const role of roles) {
    const country = role.country && role.country.toUpperCase() !== homeCountry?.toUpperCase() ? role.country : undefined;
    const key = `${role.title.trim().toLowerCase()}|${country ?? ''}`;
    const line = byKey.get(key) ?? { title: role.title.trim(), ...(country ? { country } : {}), spans: [] };
    line.spans.push({ ...(role.from ? { from: yearOf(role.from) } : {}), ...(role.to ? { to: yearOf(role.to) } : {}) });
    byKey.set(key, line);
  }
  const lines = [...byKey.values()];
  for (const line of lines) line.spans.sort((a, b) => (a.from ?? a.to ?? '').localeCompare(b.from ?? b.to ?? ''));
  // Array.prototype.sort is stable: equal lines keep the KB's order.
  return lines.sort((a, b) => Number(isSeat(a.title)) - Number(isSeat(b.title)) || recency(b).localeCompare(recency(a)));
}

/** Spans as years, touching or overlapping terms joined: "2021–2023", "2010–2015, 2017–present". */
export function formatSpans(spans: RoleLine['spans'], present: string): string {
  const merged: { from?: string; to?: string; open: boolean }[] = [];
  for (const s of spans) {
    if (!s.from && !s.to) continue;
    const prev = merged.at(-1);
    // A term starting the year the previous one ended (or earlier) continues it.
    if (prev && s.from && prev.to && !prev.open && s.from <= prev.to) {
      if (!s.to) prev.open = true;
      else if (s.to > prev.to) prev.to = s.to;
    } else {
      merged.push({ ...s, open: Boolean(s.from && !s.to) });
    }
  }
  return merged
    .map(({ from, to, open }) => (open ? `${from}–${present}` : from && to ? (from === to ? from : `${from}–${to}`) : from ?? `–${to}`))
    .join(', ');
}

/** A line's title (with a foreign country) and its years, apart so the years can be kept on one line. */
export function roleParts(line: RoleLine, present: string): { title: string; when: string } {
  const where = line.country ? ` (${countryName(line.country)})` : '';
  return { title: `${line.title}${where}`, when: formatSpans(line.spans, present) };
}

/** One line of text, e.g. "Deputy Prime Minister, 2021–2023" or "Ambassador (France), 2001–2005". */
export function formatRoleLine(line: RoleLine, present: string): string {
  const { title, when } = roleParts(line, present);
  return when ? `${title}, ${when}` : title;
}
