/**
 * Filtering and ordering saved highlights for the side panel and exports. Pure, so the same
 * rules run in the background (over IndexedDB) and in tests.
 */
import type { Highlight } from './model.ts';

export interface HighlightFilter {
  /** Exact normalised page URL. */
  source?: string;
  /** Case-insensitive text searched in quote, note, title, tags and entity names. */
  query?: string;
  /** Exact tag. */
  tag?: string;
  entityId?: string;
  /** Host name; matches the host itself and its subdomains (`bbc.co.uk` matches `www.bbc.co.uk`). */
  site?: string;
  /** Inclusive bounds on `created`: an ISO date (`2026-03-01`) or timestamp. A bare `to` date includes that whole day. */
  from?: string;
  to?: string;
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}

function bound(value: string | undefined, endOfDay: boolean): number | undefined {
  if (!value) return undefined;
  const bare = /^\d{4}-\d{2}-\d{2}$/.test(value);
  const ms = Date.parse(bare ? `${value}T00:00:00.000Z` : value);
  if (Number.isNaN(ms)) throw new RangeError(`not a date: ${JSON.stringify(value)}`);
  return bare && endOfDay ? ms + 86_400_000 - 1 : ms;
}

/** Builds a predicate for `filter`; throws RangeError on an unreadable date. */
export function highlightMatcher(filter: HighlightFilter): (h: Highlight) => boolean {
  const query = filter.query?.trim().toLocaleLowerCase();
  const site = filter.site?.trim().toLowerCase().replace(/^www\./, '');
  const from = bound(filter.from, false);
  const to = bound(filter.to, true);
  return (h) => {
    if (filter.source && h.source !== filter.source) return false;
    if (filter.tag && !h.tags.includes(filter.tag)) return false;
    if (filter.entityId && !h.entities.some((e) => e.id === filter.entityId)) return false;
    if (site) {
      const host = hostOf(h.source);
      if (host !== site && !host.endsWith(`.${site}`)) return false;
    }
    const created = Date.parse(h.created);
    if (from !== undefined && created < from) return false;
    if (to !== undefined && created > to) return false;
    if (query) {
      const hay = [h.selectors.quote.exact, h.note, h.title, ...h.tags, ...h.entities.map((e) => e.name)];
      if (!hay.some((s) => s.toLocaleLowerCase().includes(query))) return false;
    }
    return true;
  };
}

/** Newest first, ties by id so the order is stable. */
export function byNewest(a: Highlight, b: Highlight): number {
  return a.created < b.created ? 1 : a.created > b.created ? -1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
