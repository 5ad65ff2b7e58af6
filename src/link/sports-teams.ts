/**
 * Teams named by their place. In a match report "England were bowled out", "Bath scored" and
 * "Exeter's director of rugby" name a team, not the country or town: on a page about sport, a
 * country or place linked where no place preposition precedes it ("in Leeds", "from Pudsey")
 * resolves to the sports team whose name begins with it, chosen by the page's sport words, or is
 * left unlinked when the KB has no such team. A word of a team already linked on the page
 * ("City" after "Manchester City", "Exeter" after "Exeter Chiefs") names that team again.
 */
import { F_SENTENCE, hashWord } from '../text/tokens.ts';
import { insideLongerName } from './bulk-gate.ts';
import { linkTableRows } from './team-sheet.ts';
import { opensBodyName, pageWords, teamNamedBy, teamRole, teamsOf } from './team-names.ts';
import { wordHashes } from './context.ts';
import { TYPE_CUES } from './lexicon.ts';
import type { LinkState } from './state.ts';
import { WEIGHTS as W } from './weights.ts';

/** Words of match reports in any sport: a page using them in a fair share of its sentences is about sport. */
const SPORT_WORDS = wordHashes([
  ...TYPE_CUES['sports-team'],
  'innings', 'wicket', 'wickets', 'bowled', 'batting', 'bowler', 'bowlers', 'try', 'tries', 'penalty', 'penalties',
  'scored', 'scorer', 'kick', 'kicked', 'fixture', 'fixtures', 'referee', 'captain', 'victory', 'debut', 'winger',
  'midfielder', 'defender', 'goalkeeper', 'scrum', 'stumps', 'runs', 'pitch', 'tackle', 'striker', 'forward',
  'premiership', 'championship', 'tournament', 'halftime', 'equaliser', 'equalizer', 'playoff', 'semifinal',
]);
/** Words of team names that do not identify a team ("England national football team", "Exeter City F.C."). */
const TEAM_GENERIC = wordHashes(['national', 'team', 'club', 'football', 'cricket', 'rugby', 'fc', 'f', 'c', 'afc', 'rfc', 'the', 'of', 'and', 'union', 'league', 'women', 's']);

/** This text's sentences: all, and those that use sport words. */
export function sportSentences(state: LinkState): { all: number; sporty: number } {
  const { tokens, ctx } = state;
  const sporty = new Set<number>();
  for (let i = 0; i < tokens.length; i++) if (SPORT_WORDS.has(tokens.hash[i] as number)) sporty.add(ctx.sentenceOf[i] as number);
  return { all: ctx.sentenceStarts.length, sporty: sporty.size };
}

/** Whether at least a fair share of the page's sentences (earlier chunks' too) use sport words. */
export function isSportsPage(state: LinkState): boolean {
  const here = sportSentences(state);
  const sporty = here.sporty + state.earlierSentences.sporty;
  const all = here.all + state.earlierSentences.all;
  return sporty >= W.sportMinSentences && sporty >= W.sportSentenceShare * all;
}

/** Verbs of a side's result or play right after its name: "Bath scored", "India were bowled out". */
const RESULT_VERBS = new Set(['beat', 'won', 'lost', 'drew', 'scored', 'led', 'trailed', 'conceded', 'batted', 'bowled', 'snatched', 'edged', 'thrashed', 'were', 'had'].map(hashWord));
/** A score or side separator before or after a name: "England 362", "27-24 Bath", "England v India". */
const SCORE_AFTER = /^[ \t\u00a0]+(?:\d{1,3}(?!\d)|v\.?[ \t\u00a0]|vs\.?[ \t\u00a0])/iu;
const SCORE_BEFORE = /(?:\d{1,3}[-–]\d{1,3}|[ \t\u00a0]v\.?|[ \t\u00a0]vs\.?)[ \t\u00a0]+$/iu;

/**
 * Whether the name at [from, to) plays in a match on this page: a score or "v" beside it, a
 * result verb after it, or its possessive before a sport word ("India's captain").
 */
function playsHere(state: LinkState, from: number, to: number): boolean {
  const { tokens } = state;
  const start = tokens.start[from] as number;
  const end = tokens.end[to - 1] as number;
  if (SCORE_AFTER.test(tokens.text.slice(end, end + 8)) || SCORE_BEFORE.test(tokens.text.slice(Math.max(0, start - 12), start))) return true;
  const next = to < tokens.length ? (tokens.hash[to] as number) : 0;
  const possessive = /^['’]s\b/.test(tokens.text.slice(end, end + 3));
  if (!possessive && RESULT_VERBS.has(next) && tokens.spaceBefore(to)) return true;
  // "the England winger", "the India captain": the side's name before a word of its play.
  if (!possessive && SPORT_WORDS.has(next) && tokens.spaceBefore(to)) return true;
  if (!possessive) return false;
  for (let k = to; k < Math.min(tokens.length, to + 3); k++) if (SPORT_WORDS.has(tokens.hash[k] as number)) return true;
  return false;
}

/** Folded key of tokens [from, to). */
const keyOf = (state: LinkState, from: number, to: number): string => Array.from(state.tokens.hash.subarray(from, to)).join(' ');

/**
 * Replaces places and countries that play on this page by their team, or drops them when the KB
 * has no such team; then links later words of linked teams.
 */
export function linkSportsTeams(state: LinkState): void {
  if (!isSportsPage(state)) return;
  const places = state.mentions().filter((c) => {
    const type = state.entities.get(c.entity)?.type;
    return type === 'place' || type === 'country';
  });
  const playing = new Set(places.filter((c) => playsHere(state, c.from, c.to)).map((c) => keyOf(state, c.from, c.to)));
  const words = pageWords(state);
  for (const c of places) {
    if (!playing.has(keyOf(state, c.from, c.to))) continue;
    // The first word of a body's name ("England and Wales Cricket Board") is neither the place nor a side.
    if (opensBodyName(state, c.to)) state.remove(state.overlapping(c.from, c.to)[0] as number);
    if (!teamRole(state, c.from, c.to)) continue;
    const team = teamNamedBy(state, c.from, c.to, words, state.entities.get(c.entity)?.country);
    state.remove(state.overlapping(c.from, c.to)[0] as number);
    if (team !== undefined) state.accept({ ...c, entity: team, how: 'alias', confidence: Math.min(0.9, c.confidence) });
  }
  linkTeamWords(state);
  linkTableRows(state, words);
}

/**
 * A capitalised word of a linked team's name, standing alone, names that team: "City" after
 * "Manchester City", "Exeter" after "Exeter Chiefs". Only when one linked team has the word.
 */
function linkTeamWords(state: LinkState): void {
  const { tokens, entities } = state;
  const linked = teamsOf(entities).filter((t) => state.ctx.linked.has(t.entity));
  if (linked.length === 0) return;
  const owners = new Map<number, number>();
  for (const t of linked) {
    for (const w of t.words) {
      if (TEAM_GENERIC.has(w)) continue;
      owners.set(w, owners.has(w) && owners.get(w) !== t.entity ? -1 : t.entity);
    }
  }
  for (let i = 0; i < tokens.length; i++) {
    const team = owners.get(tokens.hash[i] as number);
    if (team === undefined || team < 0 || !tokens.cap(i) || !teamRole(state, i, i + 1)) continue;
    if ((tokens.flags[i] as number) & F_SENTENCE && state.ctx.lowerCaseWords().has(tokens.hash[i] as number)) continue;
    const held = state.overlapping(i, i + 1);
    if (held.length === 0 && insideLongerName(state, i, i + 1)) continue; // "Manchester Airport"
    if (held.length > 0) {
      const c = state.accepted[held[0] as number];
      if (!c || c.to - c.from > 1 || entities.get(c.entity)?.type === 'sports-team') continue;
      state.remove(held[0] as number);
    }
    state.accept({ from: i, to: i + 1, entity: team, how: 'coreference', confidence: 0.8, flags: 0 });
  }
}
