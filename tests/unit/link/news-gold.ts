/**
 * The golden news pages' gold (tests/fixtures/news/*.json, format in tests/fixtures/news/README.md) and how a
 * linker's mentions are scored against it. Gold quotes are placed in the page's extracted text
 * as spans: exact letter case, on word boundaries, white space folded (a source line break inside
 * a name reads as spaces), longest quote first, so "Arteta" inside "Mikel Arteta" is one span of
 * "Mikel Arteta", not also one of "Arteta". A quote's `count` is its number of such spans.
 */
import type { Mention } from '../../../src/link/index.ts';

/** One name on a page: its surface text and the real-world entity it names (null: none known). */
export interface GoldName {
  quote: string;
  name: string | null;
  type: string;
  count: number;
  qid?: string;
  note?: string;
}

/** A page's gold file. */
export interface NewsGold {
  page: string;
  topic: string;
  about: string;
  names: GoldName[];
  never: [string, string][];
}

/** One gold span in the extracted text. */
export interface GoldSpan {
  start: number;
  end: number;
  gold: GoldName;
}

/** The entity fields a KB link is judged by. */
export interface Judged {
  name: string;
  aliases: { text: string }[];
  ids?: Record<string, string>;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A case-sensitive, word-bounded pattern for `quote`, any run of white space matching any run. */
export function quotePattern(quote: string): RegExp {
  const body = quote.trim().split(/\s+/).map(escape).join('\\s+');
  return new RegExp(`(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`, 'gu');
}

/** Every occurrence of `quote` in `text` as [start, end). */
export function occurrences(text: string, quote: string): [number, number][] {
  return [...text.matchAll(quotePattern(quote))].map((m) => [m.index, m.index + m[0].length]);
}

/** Places the gold quotes in the text, longest first, never overlapping. */
export function goldSpans(text: string, names: readonly GoldName[]): GoldSpan[] {
  const taken: GoldSpan[] = [];
  const byLength = [...names].sort((a, b) => b.quote.length - a.quote.length);
  for (const gold of byLength) {
    for (const [start, end] of occurrences(text, gold.quote)) {
      if (taken.some((s) => start < s.end && s.start < end)) continue;
      taken.push({ start, end, gold });
    }
  }
  return taken.sort((a, b) => a.start - b.start);
}

/** Whether a KB entity is the one a gold name means (the gold format: name or alias equals, or qid). */
export function isEntity(entity: Judged, gold: GoldName): boolean {
  if (gold.name === null) return false;
  if (gold.qid !== undefined && entity.ids?.wikidata === gold.qid) return true;
  const want = sameName(gold.name);
  return sameName(entity.name) === want || entity.aliases.some((a) => sameName(a.text) === want);
}

/** A name as compared with the gold: accents and "&" for "and" aside ("Sānand" is Sanand, "Music & Drama" Music and Drama). */
function sameName(name: string): string {
  return name.normalize('NFD').replace(/\p{M}+/gu, '').replace(/\s*&\s*/g, ' and ').replace(/\s+/g, ' ').trim();
}

/** Per-page figures and the reasons behind each miss. */
export interface NewsScore {
  /** Gold spans with a real-world name. */
  known: number;
  /** …of which linked to the right entity on exactly that span. */
  found: number;
  links: number;
  correct: number;
  /** Gold spans whose `name` no KB entity carries. */
  notInKb: string[];
  /** Gold spans whose entity is in the KB but was not linked there. */
  linkerMiss: string[];
  /** Gold spans linked to another entity (a wrong sense, or the KB names the right one differently). */
  otherEntity: string[];
  /** Links on no gold span, on a span of an unknown name, or to the wrong entity. */
  wrong: string[];
}

/** Scores mentions against the gold spans; `entity(id)` looks up a linked entity, `inKb(gold)` says whether the KB holds it. */
export function scoreNews(
  spans: readonly GoldSpan[],
  mentions: readonly Mention[],
  entity: (id: string) => Judged | undefined,
  inKb: (gold: GoldName) => boolean,
): NewsScore {
  const score: NewsScore = { known: 0, found: 0, links: mentions.length, correct: 0, notInKb: [], linkerMiss: [], otherEntity: [], wrong: [] };
  const at = new Map(mentions.map((m) => [`${m.start}:${m.end}`, m]));
  for (const span of spans) {
    if (span.gold.name === null) continue;
    score.known += 1;
    const m = at.get(`${span.start}:${span.end}`);
    const e = m && entity(m.entityId);
    const miss = `${span.gold.quote} → ${span.gold.name}`;
    if (e && isEntity(e, span.gold)) score.found += 1;
    else if (m) score.otherEntity.push(`${miss} (linked to ${m.entityName})`);
    else if (!inKb(span.gold)) score.notInKb.push(miss);
    else score.linkerMiss.push(miss);
  }
  const bySpan = new Map(spans.map((s) => [`${s.start}:${s.end}`, s.gold]));
  for (const m of mentions) {
    const gold = bySpan.get(`${m.start}:${m.end}`);
    const e = entity(m.entityId);
    if (gold && e && isEntity(e, gold)) score.correct += 1;
    else score.wrong.push(`${m.quote.replace(/\s+/g, ' ')} → ${m.entityName}${gold ? ` (gold: ${gold.name ?? 'unknown'})` : ''}`);
  }
  return score;
}

/**
 * Look-alikes today's linker still marks, by page, as `quote → entity`. Each is a real defect
 * reported to the lead; the test fails when the list is wrong either way, so a fix must remove
 * its line here (and nothing new may join it silently).
 */
export const KNOWN_LOOKALIKE_LINKS: Record<string, string[]> = {};
