import { describe, expect, it } from 'vitest';
import { highlightMatcher } from '../../../src/export/filter.ts';
import type { Highlight } from '../../../src/export/model.ts';
import { EMPTY_FILTERS, facetsOf, isFiltered, siteOf, splitByAnchor, toHighlightFilter } from '../../../extension/ui/sidepanel/filters.ts';
import { H1, H2, H3 } from '../export/fixed-highlights.ts';

const ALL = [H1, H2, H3];
/** Ids the background would return for the panel's state, using the background's own matcher. */
function listed(...args: Parameters<typeof toHighlightFilter>): string[] | null {
  const filter = toHighlightFilter(...args);
  return filter && ALL.filter(highlightMatcher(filter)).map((h) => h.id);
}

describe('side panel filter state → HighlightFilter', () => {
  it('asks for nothing extra when no control is used', () => {
    expect(toHighlightFilter(EMPTY_FILTERS, 'all', 'https://news.example/a')).toEqual({});
    expect(isFiltered(EMPTY_FILTERS)).toBe(false);
  });

  it('scopes "This page" to the page URL, and lists nothing without a page', () => {
    expect(toHighlightFilter(EMPTY_FILTERS, 'page', 'https://news.example/a')).toEqual({ source: 'https://news.example/a' });
    expect(listed(EMPTY_FILTERS, 'page', 'https://news.example/a')).toEqual([H1.id, H2.id]);
    expect(toHighlightFilter({ ...EMPTY_FILTERS, query: 'x' }, 'page', null)).toBeNull();
  });

  it('passes trimmed search, tag, entity and site, and the background applies them', () => {
    const state = { ...EMPTY_FILTERS, query: '  putin ', tag: ' ', entityId: '', site: 'https://www.News.example/path' };
    expect(toHighlightFilter(state, 'all', null)).toEqual({ query: 'putin', site: 'news.example' });
    expect(listed(state, 'all', null)).toEqual([H2.id]);
    expect(listed({ ...EMPTY_FILTERS, tag: 'urgent' }, 'all', null)).toEqual([H1.id]);
    expect(listed({ ...EMPTY_FILTERS, entityId: 'country:GB' }, 'all', null)).toEqual([H1.id]);
    expect(isFiltered({ ...EMPTY_FILTERS, tag: 'x' })).toBe(true);
  });

  it('keeps well-formed dates (inclusive of the whole last day) and drops unreadable ones', () => {
    const range = { ...EMPTY_FILTERS, from: '2026-01-03', to: '2026-02-01' };
    expect(toHighlightFilter(range, 'all', null)).toEqual({ from: '2026-01-03', to: '2026-02-01' });
    expect(listed(range, 'all', null)).toEqual([H2.id, H3.id]);
    // A half-typed date must not reach the background, which would reject the whole call.
    expect(toHighlightFilter({ ...EMPTY_FILTERS, from: '2026-1' }, 'all', null)).toEqual({});
  });

  it('reads a site from a host or a pasted URL', () => {
    expect(siteOf('www.bbc.co.uk')).toBe('bbc.co.uk');
    expect(siteOf('https://WWW.BBC.co.uk/news?x=1')).toBe('bbc.co.uk');
    expect(siteOf('bbc.co.uk/news')).toBe('bbc.co.uk');
    expect(siteOf('  ')).toBe('');
  });
});

describe('side panel facets and anchoring', () => {
  it('offers each entity, tag and site once, sorted, and keeps the chosen entity', () => {
    const kept = { id: 'wd:Q1', name: 'Aardvark', type: 'other' as const };
    const facets = facetsOf([H1, H3], kept);
    expect(facets.entities.map((e) => e.name)).toEqual(['Aardvark', 'APT29', 'Kyiv', 'NATO', 'United Kingdom']);
    expect(facetsOf([H1, H1]).entities.map((e) => e.id)).toEqual(['attack:G0016', 'country:GB']);
    expect(facets.tags).toEqual(['apt', 'urgent', 'x']);
    expect(facets.sites).toEqual(['news.example', 'other.example']);
  });

  it('moves the highlights a page could not re-anchor to their own section', () => {
    const list: Highlight[] = [H1, H2];
    expect(splitByAnchor(list, { anchored: [H1.id], orphaned: [H2.id] })).toEqual({ found: [H1], orphaned: [H2] });
    // Still being anchored counts as found; no answer from the page means no orphans.
    expect(splitByAnchor(list, { anchored: [], orphaned: [] })).toEqual({ found: list, orphaned: [] });
    expect(splitByAnchor(list, null)).toEqual({ found: list, orphaned: [] });
  });
});
