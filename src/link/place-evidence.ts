/**
 * Places the page gives evidence for, linked after the first pass (issue 15: "cities are the worst
 * ambiguity risk"). Most town names are shared ("Tiverton" is in Devon and Rhode Island, "Kent"
 * a county and a dozen towns), so the gate and the scorer leave them unlinked unless their
 * country is named nearby. Here a place name links when the words around it say it is a place
 * AND say which one:
 * - a dateline ("LAGOS (Reuters) —");
 * - a qualifier of the same country, either way round ("Kendal in Cumbria", "Bangor, Maine");
 * - an office or a linked person it is held for ("the MP for Bath", "Rand Paul of Kentucky",
 *   "Stockport's MP");
 * - a preposition of place or "-based" ("from Maidstone", "a Reading-based firm") with the page's
 *   home country deciding among namesakes, or, on a page with no home, a prominent place that
 *   leads its namesakes ("in Seattle");
 * - on a page with a home country, a household place of that country named mid-sentence ("a small
 *   Coimbatore company"), never after "the" or a title, never before a reporting verb.
 * Only a dateline or an office speaks for a curated place the first pass left unlinked, and on a
 * sports page only they and a qualifier do (a city named there is as often its club).
 * Prominence breaks ties only where the page is silent; a low-prominence place needs its country.
 * Look-alikes stay out: a word the page writes in lower case at a sentence start ("Reading the
 * ruling", "Bath night"), a piece of a longer name ("Washington Sundar"), a Title Case headline.
 */
import { F_SENTENCE, F_UPPER, hashWord } from '../text/tokens.ts';
import { followsNameWord, insideLongerName } from './bulk-gate.ts';
import { placeByPreposition } from './bulk-evidence.ts';
import { BULK } from './linker-index.ts';
import { isSportsPage } from './sports-teams.ts';
import { TITLE_WORDS } from './lexicon.ts';
import { basedIn, datelineAt, heldFor, homeCountry, officeOfName, ofAfterName, theGeography } from './place-context.ts';
import { placeSpans, qualifierCountries, type Page } from './place-spans.ts';
import type { Candidate, LinkState } from './state.ts';
import { WEIGHTS as W } from './weights.ts';

const h = (words: string): Set<number> => new Set(words.split(' ').map(hashWord));
/** Words before a name that make it something else than the place: "the Derby", "Mr Bolton". */
const NOT_PLACE_BEFORE = h(`the mr mrs ms dr miss ${[...TITLE_WORDS].join(' ')}`);
/** Reporting verbs after a name: "Bolton said" is a person. */
const SPEAKS_AFTER = h('said says told added asked argued replied wrote tweeted insisted');

/** A piece of a longer capitalised name ("Washington Sundar", "Kent Police"); "Devon and Cornwall" is a list, not one name. */
function pieceOfLongerName(state: LinkState, c: Candidate): boolean {
  const { tokens } = state;
  if (c.to + 1 < tokens.length && tokens.get(c.to).key === 'and' && tokens.spaceBefore(c.to)) {
    return followsNameWord(state, c.from);
  }
  return insideLongerName(state, c.from, c.to);
}

/** Whether tokens [from, to) can be a place's name here at all: capitalised as a name, not a piece of a longer one, not a plain word opening a sentence. */
function nameHere(state: LinkState, c: Candidate, dateline: boolean): boolean {
  const { tokens, ctx } = state;
  if (!tokens.cap(c.from) || pieceOfLongerName(state, c)) return false;
  if ((tokens.flags[c.from] as number) & F_UPPER && !dateline) return false;
  if (dateline) return true;
  const first = tokens.hash[c.from] as number;
  return !((tokens.flags[c.from] as number) & F_SENTENCE && (ctx.lowerCaseWords().has(first) || ctx.isTitleCase(c.from)));
}

/** Words around the name that make it a person or a thing rather than a place: "the Derby", "Mr Bolton", "Kent said". */
function personLike(state: LinkState, c: Candidate): boolean {
  const { tokens } = state;
  if (c.from > 0 && tokens.spaceBefore(c.from) && NOT_PLACE_BEFORE.has(tokens.hash[c.from - 1] as number) && !theGeography(state, c)) return true;
  return c.to < tokens.length && tokens.spaceBefore(c.to) && SPEAKS_AFTER.has(tokens.hash[c.to] as number);
}

/** Whether a span has a curated candidate: the first pass weighed it with everything the page says. */
const curated = (group: readonly Candidate[]): boolean => group.some((c) => !(c.flags & BULK));

const prominence = (state: LinkState, c: Candidate): number => state.entities.get(c.entity)?.prominence ?? 0;

/** The most prominent of `group` whose country is `code`. */
function ofCountry(state: LinkState, group: readonly Candidate[], code: string | undefined): Candidate | undefined {
  let best: Candidate | undefined;
  for (const c of group) if (code && state.entities.get(c.entity)?.country === code && (!best || prominence(state, c) > prominence(state, best))) best = c;
  return best;
}

/** The most prominent of `group` when it is at least `floor` and leads every namesake by a margin. */
function leading(state: LinkState, group: readonly Candidate[], floor: number): Candidate | undefined {
  const sorted = [...group].sort((a, b) => prominence(state, b) - prominence(state, a));
  const top = sorted[0];
  if (!top || prominence(state, top) < floor) return undefined;
  const rival = sorted.find((c) => c.entity !== top.entity);
  return !rival || prominence(state, top) - prominence(state, rival) >= W.placeLead ? top : undefined;
}

/** The place a span names by the evidence around it, or undefined. */
function placeByEvidence(state: LinkState, group: readonly Candidate[], home: string | undefined, page: Page): Candidate | undefined {
  const c = group[0] as Candidate;
  const dateline = datelineAt(state, c.from, c.to);
  if (!nameHere(state, c, dateline)) return undefined;
  for (const code of qualifierCountries(state, c, page.starts, page.ends)) {
    const q = ofCountry(state, group, code);
    if (q) return q;
  }
  const held = heldFor(state, c) || officeOfName(state, c);
  if (typeof held === 'string') return ofCountry(state, group, held);
  // Weaker evidence is not enough for a name the first pass scored with all its context (a curated
  // place), on a sports page (a city is its club there: "clear of Liverpool"), or for a name in a person's place.
  if (!held && !dateline && (curated(group) || page.sporty || personLike(state, c))) return undefined;
  const placed = dateline || held || basedIn(state, c) || ofAfterName(state, c) || theGeography(state, c) || placeByPreposition(state, c);
  // A dateline or an office says outright that the name is a place; a preposition only that it may be.
  // So does a preposition before the only thing the KB knows by that name ("in Zwickau").
  const sole = !page.named.has(c.from * 64 + (c.to - c.from)) && group.every((g) => g.entity === c.entity);
  if (placed) return ofCountry(state, group, home) ?? leading(state, group, dateline || held || sole ? W.placeDateline : W.placeProminent);
  if (!home || (state.tokens.flags[c.from] as number) & F_SENTENCE) return undefined;
  const own = ofCountry(state, group, home);
  return own && prominence(state, own) >= W.bulkHousehold ? own : undefined;
}

/** Links free place names the page gives evidence for, then their repeats elsewhere on the page. */
export function linkPlacesByEvidence(state: LinkState, candidates: readonly Candidate[]): void {
  const { spans, ...names } = placeSpans(state, candidates);
  const page: Page = { ...names, sporty: isSportsPage(state) };
  const groups = [...spans.values()].sort((a, b) => (b[0] as Candidate).to - (b[0] as Candidate).from - ((a[0] as Candidate).to - (a[0] as Candidate).from));
  // Twice: places linked on the first pass ("Sevenoaks in Kent") may give the page its home country.
  for (let pass = 0; pass < 2; pass++) {
    for (const group of groups) {
      const c = group[0] as Candidate;
      if (!state.isFree(c.from, c.to)) continue;
      const best = placeByEvidence(state, group, homeCountry(state), page);
      if (best) state.accept({ ...best, confidence: W.placeEvidence });
    }
  }
  // One place per name on a page: "north of Exeter" is the Exeter linked "at Exeter and Tiverton".
  for (const group of groups) {
    const c = group[0] as Candidate;
    if (!state.isFree(c.from, c.to) || curated(group) || page.sporty || !nameHere(state, c, false) || personLike(state, c)) continue;
    const again = group.find((g) => state.ctx.linked.has(g.entity));
    if (again) state.accept({ ...again, confidence: W.placeEvidence });
  }
}
