/**
 * Evidence of a bulk-layer name's kind from the name itself and the words around it, beyond the
 * type cues of its sentence (bulk-gate.ts): a preposition of place right before the leading town
 * of that name ("a plant in Sheffield", "from Kendal in Cumbria"), and a longer name that says
 * what it is ("University of Basel", "Environment Agency", "Nuffield Foundation").
 */
import { F_SENTENCE, hashWord } from '../text/tokens.ts';
import { CALENDAR_WORDS } from './lexicon.ts';
import { CONTEXT_DEPENDENT } from './linker-index.ts';
import type { Candidate, LinkState } from './state.ts';
import { WEIGHTS as W } from './weights.ts';

const hashes = (words: string): Set<number> => new Set(words.split(' ').map(hashWord));
/** Words right before a name that make it a place. "to" and "of" are left out: "to Bath" the club, "of Reading" the firm. */
const PLACE_BEFORE = hashes('in at from near outside around across via nearby through');
/** Months and feasts follow the same prepositions ("in March", "at Easter"). */
const CALENDAR = new Set([...CALENDAR_WORDS].map(hashWord));
/** Head nouns by which a body's name says what it is. */
const BODY_HEADS = hashes(
  'university college institute institution school academy foundation society association agency office service council ' +
    'authority commission committee police bank union league federation center centre museum hospital trust board ministry ' +
    'department court tribunal observatory laboratory library orchestra theatre gallery',
);
/** Entity types a body's head noun can describe. */
const BODY_TYPES: ReadonlySet<string> = new Set(['organization', 'company', 'agency', 'university', 'party', 'media', 'court', 'sports-team']);
/** Joiners inside a body's name: not capitalised on the page. */
const JOINERS = hashes('of for the and de du la von');

/** Per linking run: for each span (from·64 + length), the two highest prominences of places it may name. */
const NAMESAKES = new WeakMap<LinkState, Map<number, [number, number]>>();

/** Notes the prominence of the places each span may name, before the gate reads them. */
export function notePlaceNamesakes(state: LinkState, candidates: readonly Candidate[]): void {
  const map = new Map<number, [number, number]>();
  for (const c of candidates) {
    // Read from the columns: a live blog's spans name thousands of places, most never linked.
    if (state.entities.type(c.entity) !== 'place') continue;
    const prominence = state.entities.prominence(c.entity);
    const key = c.from * 64 + (c.to - c.from);
    const [a, b] = map.get(key) ?? [0, 0];
    map.set(key, prominence > a ? [prominence, a] : [a, Math.max(b, prominence)]);
  }
  NAMESAKES.set(state, map);
}

/** Whether a place candidate follows a preposition of place ("in Sheffield"), joined by a plain space. */
export function placeByPreposition(state: LinkState, c: Candidate): boolean {
  const { tokens } = state;
  if (state.entities.type(c.entity) !== 'place' || c.from === 0 || CALENDAR.has(tokens.hash[c.from] as number)) return false;
  return PLACE_BEFORE.has(tokens.hash[c.from - 1] as number) && tokens.spaceBefore(c.from);
}

/** Whether a place is fairly prominent and leads the other places of its name by a margin (Kendal in Cumbria, not in Java). */
export function leadingPlace(state: LinkState, c: Candidate): boolean {
  const e = state.entities.get(c.entity);
  if (!e) return false;
  const [top, next] = NAMESAKES.get(state)?.get(c.from * 64 + (c.to - c.from)) ?? [e.prominence, 0];
  return e.prominence >= W.leadingPlace && e.prominence >= top && top - next >= W.leadingPlaceMargin;
}

/**
 * Whether a longer bulk name says what it is: two words or more, one of them a body's head noun
 * ("Foundation", "University"), every other word capitalised as written, the name its own and
 * not shared (not context-dependent), not opening a sentence with a word the page writes in
 * lower case. Only for an entity that is a body: the head noun says nothing of a film or a
 * person of that name ("State of the Union").
 */
export function selfDescribingName(state: LinkState, c: Candidate): boolean {
  const { tokens } = state;
  if (c.to - c.from < 2 || c.flags & CONTEXT_DEPENDENT) return false;
  const type = state.entities.type(c.entity);
  if (!type || !BODY_TYPES.has(type)) return false;
  let head = false;
  for (let k = c.from; k < c.to; k++) {
    const hash = tokens.hash[k] as number;
    if (JOINERS.has(hash) && k > c.from) continue;
    if (!tokens.cap(k)) return false;
    if (BODY_HEADS.has(hash)) head = true;
  }
  if ((tokens.flags[c.from] as number) & F_SENTENCE && state.ctx.lowerCaseWords().has(tokens.hash[c.from] as number)) return false;
  return head;
}
