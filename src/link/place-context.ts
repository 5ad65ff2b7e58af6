/**
 * What a page says of where it is, for the places the bulk gate left unlinked (place-evidence.ts):
 * its home country (the country most of its linked names belong to), a dateline at the head of
 * a line ("LAGOS (Reuters) —", "LEEDS — Friday"), and the words right around a name that make it
 * a place of a given country ("Kendal in Cumbria", "Bangor, Maine", "Rand Paul of Kentucky",
 * "the MP for Bath", "a Reading-based engineer").
 */
import { F_UPPER, hashWord } from '../text/tokens.ts';
import type { Candidate, LinkState } from './state.ts';
import { WEIGHTS as W } from './weights.ts';

const h = (words: string): Set<number> => new Set(words.split(' ').map(hashWord));
/** An office held for a place: "the senator for Maine", "the MP for Bath", "the Governor of Texas". */
const OFFICE_OF = h('mp mps senator senators governor governors mayor congressman congresswoman representative assemblyman councillor councillors member lawmaker legislator');
const OF_FOR = h('of for');

/**
 * The page's home country: the country of most entities linked so far (distinct entities with a
 * country, each country named counting too), when it holds a clear share. Undefined when the page
 * is about many places or has too few links to say.
 */
export function homeCountry(state: LinkState): string | undefined {
  const counts = new Map<string, number>();
  let total = 0;
  const add = (code: string, n: number): void => {
    counts.set(code, (counts.get(code) ?? 0) + n);
    total += n;
  };
  for (const entity of state.ctx.linked.keys()) {
    const code = state.entities.get(entity)?.country;
    if (code) add(code, 1);
  }
  for (const [code, n] of state.ctx.countries) add(code, n);
  let best: string | undefined;
  let top = 0;
  for (const [code, n] of counts) if (n > top) [best, top] = [code, n];
  return top >= W.homeCountryMinLinks && top >= W.homeCountryShare * total ? best : undefined;
}

/** After a dateline's place: ", STATE" perhaps, then "(Agency) —", or a dash and a day or date. */
const DATELINE_AFTER = /^(?:,[ \t\u00a0]*[A-Z][\p{L} .]{0,30})?[ \t\u00a0]*(?:\([\p{L}][^()\n]{0,40}\)[ \t\u00a0]*[—–-]|[—–-][ \t\u00a0]*(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|\d))/u;

/** Whether tokens [from, to) are a dateline's place: in capitals at the head of a line, before "(Agency) —" or "— <date>". */
export function datelineAt(state: LinkState, from: number, to: number): boolean {
  const { tokens } = state;
  for (let k = from; k < to; k++) if (((tokens.flags[k] as number) & F_UPPER) === 0) return false;
  const start = tokens.start[from] as number;
  if (!/(^|\n)[ \t\u00a0]*$/.test(tokens.text.slice(Math.max(0, start - 8), start))) return false;
  const end = tokens.end[to - 1] as number;
  return DATELINE_AFTER.test(tokens.text.slice(end, end + 60));
}

/** The text between tokens k - 1 and k. */
const gapBefore = (state: LinkState, k: number): string => state.tokens.text.slice(state.tokens.end[k - 1], state.tokens.start[k]);

/**
 * Spans right beside [from, to) that qualify it or that it qualifies as a place: "X, Y" and
 * "X in Y" either way round. Returns the token ranges of the partner names' first or last token.
 */
export function qualifierSlots(state: LinkState, c: Candidate): { after: number; before: number } {
  const { tokens } = state;
  let after = -1;
  let before = -1;
  if (c.to < tokens.length && /^,[ \t\u00a0]+$/.test(gapBefore(state, c.to)) && tokens.cap(c.to)) after = c.to;
  else if (c.to + 1 < tokens.length && tokens.get(c.to).key === 'in' && tokens.spaceBefore(c.to) && tokens.spaceBefore(c.to + 1) && tokens.cap(c.to + 1)) after = c.to + 1;
  if (c.from > 0 && /^,[ \t\u00a0]+$/.test(gapBefore(state, c.from))) before = c.from - 1;
  else if (c.from > 1 && tokens.get(c.from - 1).key === 'in' && tokens.spaceBefore(c.from) && tokens.spaceBefore(c.from - 1)) before = c.from - 2;
  return { after, before };
}

/**
 * The country an office or a linked person before "of"/"for" gives the name: "the senator for
 * Maine" (any country: undefined but true), "Rand Paul of Kentucky" (the person's country).
 * False when nothing of the kind stands before the name.
 */
export function heldFor(state: LinkState, c: Candidate): string | true | false {
  const { tokens } = state;
  if (c.from < 2 || !OF_FOR.has(tokens.hash[c.from - 1] as number)) return false;
  if (OFFICE_OF.has(tokens.hash[c.from - 2] as number)) return true;
  const id = state.covered[c.from - 2] as number;
  const person = id >= 0 ? state.accepted[id] : null;
  const e = person && state.entities.get(person.entity);
  return e?.type === 'person' && e.country ? e.country : false;
}

/** "Stockport's MP", "Texas's governor": the office of the name before it. */
export function officeOfName(state: LinkState, c: Candidate): boolean {
  const { tokens } = state;
  return c.to < tokens.length && /^['’]s[ \t\u00a0]+$/.test(gapBefore(state, c.to)) && OFFICE_OF.has(tokens.hash[c.to] as number);
}

/** "Mundell, of Tonbridge,": "of" after a name and a comma gives where someone is from. */
export function ofAfterName(state: LinkState, c: Candidate): boolean {
  const { tokens } = state;
  return c.from > 2 && tokens.get(c.from - 1).key === 'of' && /^,[ \t\u00a0]+$/.test(gapBefore(state, c.from - 1)) && tokens.cap(c.from - 2);
}

/** Common nouns of geography after "the <name>": "the Lekki peninsula", "the Rhondda valley". */
const GEO_NOUNS = h('peninsula valley region area district coast island islands border borders suburb suburbs countryside hills delta basin');

/** Whether "the" before the name belongs to a common noun of geography after it ("on the Lekki peninsula"). */
export function theGeography(state: LinkState, c: Candidate): boolean {
  const { tokens } = state;
  return c.to < tokens.length && !tokens.cap(c.to) && GEO_NOUNS.has(tokens.hash[c.to] as number);
}

/** "Reading-based", "Pune-headquartered": the name is where something is. */
export function basedIn(state: LinkState, c: Candidate): boolean {
  const { tokens } = state;
  if (c.to >= tokens.length || gapBefore(state, c.to) !== '-') return false;
  const next = tokens.get(c.to).key;
  return next === 'based' || next === 'headquartered';
}
