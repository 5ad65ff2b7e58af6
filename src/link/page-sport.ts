/**
 * The one sport a page is about, by the names of sports it uses ("cricket" five times, "football"
 * once in the navigation), and whether a registry entity tied to a sport (a football ground, a
 * cricket side: its cue words name the sport) belongs to another sport than the page's. "Old
 * Trafford" on a cricket page is the cricket ground, not the football stadium of that name.
 */
import { hashWord } from '../text/tokens.ts';
import { SPORT_NAMES } from './lexicon.ts';
import type { LinkState } from './state.ts';
import { WEIGHTS as W } from './weights.ts';

/** Word hash → index of its sport in SPORT_NAMES. */
const SPORT_OF = new Map<number, number>(Object.values(SPORT_NAMES).flatMap((words, i) => words.map((w) => [hashWord(w), i] as [number, number])));

const PAGE_SPORT = new WeakMap<LinkState, number>();

/** How often the page so far (earlier chunks and this text) names each sport, by index in SPORT_NAMES. */
export function sportCounts(state: LinkState): number[] {
  const counts = Object.keys(SPORT_NAMES).map((_, s) => state.earlierSports[s] ?? 0);
  const { tokens } = state;
  for (let i = 0; i < tokens.length; i++) {
    const s = SPORT_OF.get(tokens.hash[i] as number);
    if (s !== undefined) counts[s] = (counts[s] ?? 0) + 1;
  }
  return counts;
}

/** Index of the sport this page is about, or -1 when it names none clearly. */
export function pageSport(state: LinkState): number {
  let sport = PAGE_SPORT.get(state);
  if (sport !== undefined) return sport;
  const ranked = sportCounts(state).map((n, s) => [s, n] as const).sort((a, b) => b[1] - a[1]);
  const [top, next] = [ranked[0], ranked[1]];
  sport = top && top[1] >= W.pageSportMinMentions && top[1] >= W.pageSportLead * (next?.[1] ?? 0) ? top[0] : -1;
  PAGE_SPORT.set(state, sport);
  return sport;
}

/** Sport index by the folded word that names it. */
const SPORT_BY_WORD = new Map<string, number>(Object.values(SPORT_NAMES).flatMap((words, i) => words.map((w) => [w, i] as [string, number])));

/** Indices of the sports a cue string names ("footballer football defender …": football); none for most entities. */
export function sportsOf(cues: string): Set<number> {
  const out = new Set<number>();
  for (const word of cues.split(' ')) {
    const s = SPORT_BY_WORD.get(word);
    if (s !== undefined) out.add(s);
  }
  return out;
}

/**
 * Whether entity `n`'s cue words tie it to sports and none of them is the page's sport. Read
 * from the cue column only on a page about one sport: most pages pay nothing.
 */
export function ofAnotherSport(state: LinkState, n: number): boolean {
  const sport = pageSport(state);
  if (sport < 0) return false;
  const sports = sportsOf(state.entities.cues(n) ?? '');
  return sports.size > 0 && !sports.has(sport);
}

/** Whether entity `n`'s cue words name the page's sport (a footballer on a page about football). */
export function ofPageSport(state: LinkState, n: number): boolean {
  const sport = pageSport(state);
  return sport >= 0 && sportsOf(state.entities.cues(n) ?? '').has(sport);
}
