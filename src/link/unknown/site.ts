/**
 * Names a news page's layout gives away: the publisher in the copyright line and the site name
 * it yields (masthead, footer), and a venue's possessive ("at Ronnie Scott's in Soho").
 */
import type { Name } from './detect.ts';
import type { PageView } from './page.ts';
import { PUBLISHER_WORDS } from './words.ts';

/**
 * A publisher named in the copyright line gives the site's own name, its words before the company
 * words ("Ledger Line Media Ltd" → "Ledger Line"): the masthead and footer name it so.
 */
export function siteNames(page: PageView, names: Map<string, Name>): void {
  for (const entry of [...names.values()]) {
    if (!entry.clues.some((c) => c.short === 'site')) continue;
    let n = entry.keys.length;
    while (n > 0 && PUBLISHER_WORDS.has(entry.keys[n - 1] as string)) n -= 1;
    const span = entry.spans[0] as { from: number; to: number };
    // One ordinary word ("Courier") is too common to find again alone.
    if (n === 0 || n === entry.keys.length || (n === 1 && page.ordinary(span.from))) continue;
    const keys = entry.keys.slice(0, n);
    const id = keys.join(' ');
    const { text, start, end } = page.tokens;
    const site = names.get(id) ?? { name: text.slice(start[span.from] as number, end[span.from + n - 1] as number).replace(/\s+/g, ' '), keys, type: 'media', clues: [], spans: [] };
    site.type = 'media';
    site.clues.push({ type: 'media', weight: 4, reason: `the page's publisher is ${entry.name}` });
    names.set(id, site);
  }
}

/** "The Ledger Line" as a masthead: a line that opens with "The" before a paper's name keeps it. */
export function mastheadThe(page: PageView, names: Map<string, Name>): void {
  const { tokens } = page;
  const lineStart = (i: number): boolean => i === 0 || tokens.text.slice(tokens.end[i - 1] as number, tokens.start[i] as number).includes('\n');
  for (const entry of names.values()) {
    if (entry.type !== 'media') continue;
    for (const s of entry.spans) if (s.from > 0 && tokens.get(s.from - 1).raw === 'The' && !page.covered[s.from - 1] && lineStart(s.from - 1)) s.from -= 1;
  }
}

const VENUE_BEFORE = new Set(['at', 'of', 'to', 'from', 'in', 'inside', 'outside']);
const VENUE_AFTER = /^['’]s(?=[ \t\u00a0]+(?:in|on|at|after|before|and|or|for|with|until|since|when|where|which|that)\b)/;

/**
 * Where a span ends, taking a possessive that belongs to a venue's name ("played at Ronnie
 * Scott's in Soho"): after a preposition, with no noun owned after it.
 */
export function venueEnd(page: PageView, s: { from: number; to: number }): number {
  const { tokens } = page;
  const end = tokens.end[s.to - 1] as number;
  if (s.to - s.from < 2 || s.from === 0 || tokens.cap(s.from - 1) || !VENUE_BEFORE.has(tokens.get(s.from - 1).key)) return end;
  const venue = VENUE_AFTER.exec(tokens.text.slice(end, end + 12));
  return venue ? end + venue[0].length : end;
}
