/**
 * Teams by the words that name them (sports-teams.ts, team-sheet.ts): the KB's sports teams with
 * their name words, the team a place or a table cell names by the first words of its name, and
 * whether a name stands where a team can (not "in Leeds", not "LEEDS —", not "England and Wales
 * Cricket Board").
 */
import { hashWord, scanTokens } from '../text/tokens.ts';
import { wordHashes } from './context.ts';
import type { EntityTable } from './entity-table.ts';
import type { IndexEntity } from './linker-index.ts';
import { ofAnotherSport } from './page-sport.ts';
import type { LinkState } from './state.ts';
import { cueHashes } from './support.ts';
import { WEIGHTS as W } from './weights.ts';

/** Words before a name that make it the place itself: "a scan in Leeds", "the seamer from Pudsey". */
const PLACE_PREPOSITIONS = new Set(['in', 'at', 'from', 'near', 'to', 'into', 'across', 'around', 'outside', 'via', 'of', 'towards', 'toward'].map(hashWord));

export interface Team {
  entity: number;
  /** Hashes of the name's words, in order. */
  words: number[];
}

const TEAMS = new WeakMap<EntityTable, Team[]>();

/** The KB's sports teams with their name words, computed once per entity list. */
export function teamsOf(entities: EntityTable): Team[] {
  let teams = TEAMS.get(entities);
  if (!teams) {
    teams = [];
    for (let n = 0; n < entities.length; n++) {
      if (entities.type(n) !== 'sports-team') continue;
      const tokens = scanTokens(entities.name(n) ?? '');
      teams.push({ entity: n, words: Array.from(tokens.hash.subarray(0, tokens.length)) });
    }
    TEAMS.set(entities, teams);
  }
  return teams;
}

/** Hashes of every word on the page. */
export function pageWords(state: LinkState): Set<number> {
  return new Set(state.tokens.hash.subarray(0, state.tokens.length));
}

/** How many of a team's cue words the page uses: its sport ("cricket", "rugby") and league. */
function pageFit(e: IndexEntity, words: ReadonlySet<number>): number {
  let hits = 0;
  for (const h of cueHashes(e)) if (words.has(h)) hits += 1;
  return hits;
}

/**
 * The team whose name begins with tokens [from, to), best fitting the page, never one of another
 * sport than the page's: a team linked on the page first, then one of the named place's own
 * country (of a country in play when no place names it), then the clearly better known
 * ("Liverpool" is Liverpool FC, not Liverpool Montevideo); else none.
 */
export function teamNamedBy(state: LinkState, from: number, to: number, words: ReadonlySet<number>, country?: string): number | undefined {
  const { tokens, ctx, entities } = state;
  let best: IndexEntity | undefined;
  let bestN = -1;
  let bestFit = -1;
  let rival = -1; // the highest prominence among the other teams of the best fit
  for (const t of teamsOf(entities)) {
    if (t.words.length <= to - from) continue;
    let prefix = true;
    for (let k = from; k < to && prefix; k++) prefix = t.words[k - from] === tokens.hash[k];
    if (!prefix) continue;
    const e = entities.get(t.entity) as IndexEntity;
    if (ofAnotherSport(state, t.entity)) continue; // Exeter City FC on a rugby page
    const home = country ? e.country === country : e.country !== undefined && ctx.countryShare(e.country) > 0;
    const fit = (ctx.linked.has(t.entity) ? 100 : 0) + (home ? 50 : 0) + pageFit(e, words);
    if (fit > bestFit || (fit === bestFit && best && e.prominence > best.prominence)) {
      rival = fit > bestFit ? -1 : Math.max(rival, best?.prominence ?? -1);
      [best, bestN, bestFit] = [e, t.entity, fit];
    } else if (fit === bestFit) rival = Math.max(rival, e.prominence);
  }
  // Where the page says no more, the clearly better-known team ("Liverpool": Liverpool FC).
  if (!best || best.prominence - rival < W.teamProminenceMargin) return undefined;
  return bestN;
}

/** Words between a place preposition and its place: "in north London", "at south-west Leeds". */
const COMPASS = new Set(['north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'greater', 'rural', 'downtown'].map(hashWord));

/**
 * Whether tokens [from, to) may stand for a team here: not after a place preposition ("a scan in
 * Leeds", "in north London"), not a dateline ("LEEDS — Friday"), not the first part of an
 * adjective ("Yorkshire-born").
 */
export function teamRole(state: LinkState, from: number, to: number): boolean {
  const { tokens } = state;
  let k = from - 1;
  while (k >= 0 && k >= from - 2 && COMPASS.has(tokens.hash[k] as number)) k -= 1;
  if (k >= 0 && PLACE_PREPOSITIONS.has(tokens.hash[k] as number)) return false;
  const end = tokens.end[to - 1] as number;
  return !/^(?:[ \t\u00a0]*[—–]|-\p{Ll})/u.test(tokens.text.slice(end, end + 4)) && !opensBodyName(state, to);
}

/** Words that end the name of a sports body rather than a team: "England and Wales Cricket Board". */
const BODY_TAIL = wordHashes(['board', 'association', 'federation', 'council', 'union', 'authority', 'foundation', 'trust', 'academy', 'museum']);
const JOINERS = wordHashes(['and', 'of', '&']);

/** Whether the capitalised name going on from token `to` ends as a body ("… and Wales Cricket Board"). */
export function opensBodyName(state: LinkState, to: number): boolean {
  const { tokens } = state;
  let k = to;
  while (k < tokens.length && k < to + 6 && tokens.spaceBefore(k) && (tokens.cap(k) || JOINERS.has(tokens.hash[k] as number))) {
    if (tokens.cap(k) && BODY_TAIL.has(tokens.hash[k] as number)) return true;
    k += 1;
  }
  return false;
}

