/**
 * Pure state of the side panel's list: which tab, the filter controls, and how they become the
 * `HighlightFilter` the background applies (so only matching highlights cross the message
 * channel), plus what the controls offer and how a page's list splits by anchoring.
 */
import type { HighlightFilter } from '../../../src/export/filter.ts';
import type { Highlight, HighlightEntity } from '../../../src/export/model.ts';
import type { AnchorStatus } from '../../shared/protocol.ts';

/** The two tabs: the active tab's page, or every saved highlight. */
export type Scope = 'page' | 'all';

/** The filter controls as typed; empty strings mean "any". */
export interface FilterState {
  query: string;
  entityId: string;
  tag: string;
  site: string;
  /** `YYYY-MM-DD` from a date input, inclusive. */
  from: string;
  to: string;
}

export const EMPTY_FILTERS: FilterState = { query: '', entityId: '', tag: '', site: '', from: '', to: '' };

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A host name from what the user typed: a bare host, or a pasted URL; lower case, no `www.`. */
export function siteOf(input: string): string {
  const text = input.trim().toLowerCase();
  if (!text) return '';
  const host = /^[a-z][a-z0-9+.-]*:\/\//.test(text) ? hostOf(text) ?? '' : text.split(/[/?#:]/)[0];
  return host.replace(/^www\./, '');
}

/** The hostname of a web page URL, or null for anything that is not http(s). */
export function hostOf(url: string): string | null {
  try {
    const { protocol, hostname } = new URL(url);
    return (protocol === 'http:' || protocol === 'https:') && hostname ? hostname : null;
  } catch {
    return null;
  }
}

/**
 * The background filter for a tab and the controls; null when "This page" has no web page to
 * ask about (nothing should be listed then, rather than everything). Unreadable dates are
 * left out, because the background rejects them.
 */
export function toHighlightFilter(state: FilterState, scope: Scope, pageUrl: string | null): HighlightFilter | null {
  if (scope === 'page' && !pageUrl) return null;
  const filter: HighlightFilter = {};
  if (scope === 'page' && pageUrl) filter.source = pageUrl;
  const query = state.query.trim();
  if (query) filter.query = query;
  if (state.entityId) filter.entityId = state.entityId;
  const tag = state.tag.trim();
  if (tag) filter.tag = tag;
  const site = siteOf(state.site);
  if (site) filter.site = site;
  if (DAY.test(state.from)) filter.from = state.from;
  if (DAY.test(state.to)) filter.to = state.to;
  return filter;
}

/** True when any control narrows the list (the "Clear filters" button shows then). */
export function isFiltered(state: FilterState): boolean {
  return Object.values(state).some((value) => value.trim() !== '');
}

/** Choices for the entity, tag and site controls: what the listed highlights carry, sorted. */
export interface Facets {
  entities: HighlightEntity[];
  tags: string[];
  sites: string[];
}

/** Facets of `list`; `keep` (the chosen entity) stays offered even when no listed highlight carries it, so the select can still show it. */
export function facetsOf(list: readonly Highlight[], keep?: HighlightEntity): Facets {
  const entities = new Map<string, HighlightEntity>();
  const tags = new Set<string>();
  const sites = new Set<string>();
  if (keep) entities.set(keep.id, keep);
  for (const h of list) {
    for (const e of h.entities) if (!entities.has(e.id)) entities.set(e.id, e);
    for (const tag of h.tags) tags.add(tag);
    const host = hostOf(h.source);
    if (host) sites.add(host.replace(/^www\./, ''));
  }
  const byText = (a: string, b: string) => a.localeCompare(b);
  return {
    entities: [...entities.values()].sort((a, b) => byText(a.name, b.name) || byText(a.id, b.id)),
    tags: [...tags].sort(byText),
    sites: [...sites].sort(byText),
  };
}

/**
 * Splits a page's list into highlights shown on the page and those the page could not
 * re-anchor. Without an answer from the page (no content script) nothing counts as orphaned.
 */
export function splitByAnchor(list: readonly Highlight[], status: AnchorStatus | null): { found: Highlight[]; orphaned: Highlight[] } {
  const orphaned = new Set(status?.orphaned ?? []);
  return {
    found: list.filter((h) => !orphaned.has(h.id)),
    orphaned: list.filter((h) => orphaned.has(h.id)),
  };
}
