/**
 * Names the knowledge base does not know, found from the text itself: runs of capitalised words
 * with the structure of a name (classify.ts), then the page's later references to them: the
 * same name in a heading or at a sentence start, a surname alone, an acronym it defined.
 */
import type { EntityType } from '../../kb/model.ts';
import { sentenceAround, type Clue } from './evidence.ts';
import { classifyRuns, type Found } from './classify.ts';
import { pageView, type PageView } from './page.ts';
import { findRuns } from './spans.ts';
import { joinEarlier } from './join-earlier.ts';
import { mastheadThe, siteNames, venueEnd } from './site.ts';
import type { LinkedSpan, UnknownMention, UnknownOptions } from './types.ts';

/** One name found on the page, with its clues and every span that mentions it. */
export interface Name {
  name: string;
  keys: string[];
  type: EntityType;
  clues: Clue[];
  role?: string;
  sentence?: string;
  spans: { from: number; to: number }[];
}

/** Place names whose first word the page may drop later ("River Exe" → "the Exe"). */
const SHORTENED_PLACES = new Set(['river', 'lake', 'loch', 'mount']);

const ACRONYM_AFTER = /^\s*\(([A-Z][A-Z&]{1,9})\)/;

function keysOf(page: PageView, from: number, to: number): string[] {
  const keys: string[] = [];
  for (let i = from; i < to; i++) keys.push(page.tokens.get(i).key);
  return keys;
}

/** The strongest clue's type, persons first on a tie (the commonest unknown name in news). */
function bestType(clues: readonly Clue[]): EntityType {
  const score = new Map<EntityType, number>();
  for (const c of clues) score.set(c.type, Math.max(score.get(c.type) ?? 0, c.weight));
  let best: EntityType = 'other';
  let top = 0;
  for (const [type, weight] of score) if (weight > top || (weight === top && type === 'person')) [best, top] = [type, weight];
  return best;
}

/** Groups first-pass finds by name; a name found again adds its clues and spans. */
function groupFound(page: PageView, found: readonly Found[]): Map<string, Name> {
  const names = new Map<string, Name>();
  const { text, start, end } = page.tokens;
  for (const f of found) {
    const keys = keysOf(page, f.from, f.to);
    const id = keys.join(' ');
    let entry = names.get(id);
    if (!entry) {
      entry = { name: text.slice(start[f.from] as number, end[f.to - 1] as number).replace(/\s+/g, ' '), keys, type: 'other', clues: [], spans: [] };
      names.set(id, entry);
    }
    entry.clues.push(...f.clues);
    entry.spans.push({ from: f.from, to: f.to });
    if (f.role && !entry.role) {
      entry.role = f.role;
      entry.sentence = sentenceAround(page.tokens, f.from, f.to);
    }
  }
  for (const entry of names.values()) entry.type = bestType(entry.clues);
  return names;
}

/** Short forms the page uses for its names: a person's surname, an acronym given in brackets. */
function shortForms(page: PageView, names: Map<string, Name>): Map<string, Name | null> {
  const short = new Map<string, Name | null>();
  const add = (k: string, entry: Name): void => {
    short.set(k, short.has(k) && short.get(k) !== entry ? null : entry); // two people, one surname: neither
  };
  for (const entry of names.values()) {
    const short = entry.keys.length >= 2 ? entry.clues.find((c) => c.short && c.type === entry.type)?.short : undefined;
    if (short === 'last' || (entry.type === 'person' && entry.keys.length >= 2)) add(entry.keys[entry.keys.length - 1] as string, entry);
    if (short === 'first') add(entry.keys[0] as string, entry);
    // "River Exe" … "the Exe".
    if (entry.type === 'place' && entry.keys.length === 2 && SHORTENED_PLACES.has(entry.keys[0] as string)) add(entry.keys[1] as string, entry);
    for (const span of entry.spans) {
      const acronym = ACRONYM_AFTER.exec(page.tokens.text.slice(page.tokens.end[span.to - 1] as number, (page.tokens.end[span.to - 1] as number) + 16));
      if (acronym?.[1]) add(acronym[1].toLowerCase(), entry);
    }
  }
  return short;
}

/** A one-word name the first pass kept on its own ("Cardew, who joined …") joins the full name it shortens. */
function mergeShortEntries(names: Map<string, Name>, short: Map<string, Name | null>): void {
  for (const [id, entry] of names) {
    const full = entry.keys.length === 1 ? short.get(entry.keys[0] as string) : null;
    if (!full || full === entry) continue;
    full.spans.push(...entry.spans);
    full.clues.push(...entry.clues.filter((c) => c.weight >= 2));
    if (!full.role && entry.role) [full.role, full.sentence] = [entry.role, entry.sentence];
    names.delete(id);
  }
}

/** Second pass: full names again anywhere (headings, sentence starts), then their short forms. */
function laterReferences(page: PageView, names: Map<string, Name>): void {
  const short = shortForms(page, names);
  mergeShortEntries(names, short);
  const taken = new Uint8Array(page.tokens.length);
  for (const entry of names.values()) for (const s of entry.spans) taken.fill(1, s.from, s.to);
  const byFirst = new Map<string, Name[]>();
  for (const entry of names.values()) byFirst.set(entry.keys[0] as string, [...(byFirst.get(entry.keys[0] as string) ?? []), entry]);
  const { tokens } = page;
  for (let i = 0; i < tokens.length; i++) {
    if (taken[i] || page.covered[i] || !tokens.cap(i)) continue;
    const k = tokens.get(i).key;
    const full = (byFirst.get(k) ?? []).find((e) => e.keys.every((key, j) => i + j < tokens.length && !taken[i + j] && !page.covered[i + j] && tokens.get(i + j).key === key));
    // A one-word name again, unless the word is an ordinary one ("in Reading", not "Reading the ruling").
    if (full && (full.keys.length > 1 || !page.ordinary(i))) {
      full.spans.push({ from: i, to: i + full.keys.length });
      taken.fill(1, i, i + full.keys.length);
      continue;
    }
    const entry = short.get(k);
    const nextCap = i + 1 < tokens.length && tokens.cap(i + 1) && tokens.blankBefore(i + 1) && !page.ordinary(i + 1);
    if (!entry || page.knownPart(i) || nextCap) continue;
    // "van Graan": a particle before the surname belongs to it when the full name has it there.
    const from = i > 0 && !tokens.cap(i - 1) && !taken[i - 1] && entry.keys.indexOf(k) > 0 && entry.keys[entry.keys.indexOf(k) - 1] === tokens.get(i - 1).key && tokens.blankBefore(i) ? i - 1 : i;
    entry.spans.push({ from, to: i + 1 });
    entry.clues.push({ type: entry.type, weight: 0, reason: `"${tokens.get(i).raw}" is how the page refers to ${entry.name} again` });
    taken[i] = 1;
  }
}

/** Names in `text` that none of the KB mentions `linked` explains, each mention with the page's evidence. */
export function findUnknownNames(text: string, linked: readonly LinkedSpan[], options: UnknownOptions = {}): UnknownMention[] {
  const page = pageView(text, linked, options);
  const names = groupFound(page, classifyRuns(page, findRuns(page.tokens, page.covered, page.ordinary)));
  // A name the KB has, left unlinked here for want of context, is not "not in the knowledge base".
  if (options.isKbName) for (const id of [...names.keys()]) if (options.isKbName(id)) names.delete(id);
  siteNames(page, names);
  // Names earlier chunks of the page found (issue 14): found again here, whole or shortened.
  options.page?.seed(names);
  laterReferences(page, names);
  mastheadThe(page, names);
  options.page?.remember(names);
  const out: UnknownMention[] = [];
  const described = new Map<Name, UnknownMention>();
  for (const entry of names.values()) {
    if (!entry.spans.length) continue;
    const reasons = [...new Set([...entry.clues].sort((a, b) => b.weight - a.weight).filter((c) => c.type === entry.type || c.weight >= 3).map((c) => c.reason))];
    const first = entry.spans[0] as { from: number; to: number };
    const evidence = { ...(entry.role ? { role: entry.role } : {}), sentence: entry.sentence ?? sentenceAround(page.tokens, first.from, first.to), reasons };
    for (const s of entry.spans) {
      const start = page.tokens.start[s.from] as number;
      const end = venueEnd(page, s);
      out.push({ start, end, quote: text.slice(start, end), name: entry.name, type: entry.type, evidence });
    }
    described.set(entry, out[out.length - 1] as UnknownMention);
  }
  if (options.page) joinEarlier(page, names, described, options.page, options.chunk ?? 0);
  return out.sort((a, b) => a.start - b.start);
}
