/**
 * Team sheets and player ratings: "Arsenal: Raya 6; White 6, Saliba 6, Gabriel 7, Calafiori 6"
 * names players by surname alone, one after another. On a page about one sport, a bare surname in
 * such a list names the one KB player of that sport with that surname ("White" is Ben White
 * there); with two such players, or none, it stays unlinked. Outside a list, or on a page about
 * no sport, a surname like "White" or "Pope" needs its full name on the page (coreference.ts).
 */
import { F_CAP, F_DIGIT, F_UPPER, scanTokens } from '../text/tokens.ts';
import type { EntityTable } from './entity-table.ts';
import { nameKey } from './name-keys.ts';
import { ofPageSport, sportsOf } from './page-sport.ts';
import { SPORT_NAMES } from './lexicon.ts';
import type { LinkState } from './state.ts';
import { teamNamedBy } from './team-names.ts';
import { WEIGHTS as W } from './weights.ts';

/** What may stand between two names of a sheet: a rating or shirt number, a separator, brackets. */
const SHEET_GAP = /^[ \t\u00a0]*(?:\d{1,2}(?:\.\d)?[ \t\u00a0]*)?[,;(][ \t\u00a0\n]*\(?[ \t\u00a0]*$|^[ \t\u00a0]*\d{1,2}(?:\.\d)?[ \t\u00a0]*\)[ \t\u00a0]*[,;]?[ \t\u00a0\n]*$/;
/** A sheet lists this many names at least ("Pope; Trippier, Schär, Botman, Burn"). */
const MIN_SHEET = 4;

const PLAYERS = new WeakMap<EntityTable, Map<string, number[]>>();
/** A cheap first test of a person's cue words for a sport's name, before the exact one. */
const SPORT_CUE = new RegExp(`\\b(?:${Object.values(SPORT_NAMES).flat().join('|')})\\b`);

/**
 * The KB's people tied to a sport (their cue words name it), by the folded last word of their
 * name; computed once per entity list. The bulk layer's people are in no surname table (they link
 * by full name only), so a sheet finds them here.
 */
function playersBySurname(entities: EntityTable): Map<string, number[]> {
  let map = PLAYERS.get(entities);
  if (map) return map;
  map = new Map();
  for (let n = 0; n < entities.length; n++) {
    if (entities.type(n) !== 'person') continue;
    const cues = entities.cues(n) ?? '';
    if (!SPORT_CUE.test(cues) || sportsOf(cues).size === 0) continue;
    const tokens = scanTokens(entities.name(n) ?? '');
    if (tokens.length < 2) continue;
    const key = nameKey(tokens, tokens.length - 1);
    map.set(key, [...(map.get(key) ?? []), n]);
  }
  PLAYERS.set(entities, map);
  return map;
}

/** Whether token `i` is a single capitalised word (not all capitals, no digits). */
const nameWord = (state: LinkState, i: number): boolean => ((state.tokens.flags[i] as number) & (F_CAP | F_UPPER | F_DIGIT)) === F_CAP;

/** Runs of token indices that form a team sheet: single capitalised words with only sheet gaps between them. */
function sheets(state: LinkState): number[][] {
  const { tokens } = state;
  const runs: number[][] = [];
  let run: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!nameWord(state, i)) continue;
    const last = run[run.length - 1];
    const gap = last === undefined ? '' : tokens.text.slice(tokens.end[last], tokens.start[i]);
    if (last !== undefined && SHEET_GAP.test(gap)) run.push(i);
    else {
      if (run.length >= MIN_SHEET) runs.push(run);
      run = [i];
    }
  }
  if (run.length >= MIN_SHEET) runs.push(run);
  return runs;
}

/** Only white space between two cells of one table row (cells are blocks: a line break apart). */
const CELL_GAP = /^\s{1,4}$/;

/**
 * Whether tokens [from, to) fill a cell of a league-table row: a number right before ("2  Liverpool")
 * and a number right after ("Liverpool  14  +14"), only white space between.
 */
export function inTableRow(state: LinkState, from: number, to: number): boolean {
  const { tokens } = state;
  if (from === 0 || to >= tokens.length) return false;
  const digit = (k: number): boolean => ((tokens.flags[k] as number) & F_DIGIT) !== 0;
  if (!digit(from - 1) || !digit(to)) return false;
  return CELL_GAP.test(tokens.text.slice(tokens.end[from - 1], tokens.start[from])) && CELL_GAP.test(tokens.text.slice(tokens.end[to - 1], tokens.start[to]));
}

/**
 * Links the surnames of team sheets to the one player of the page's sport each names; only
 * surnames coreference left open (`open`: no full name of that surname on the page, known or not).
 */
export function linkTeamSheets(state: LinkState, open: readonly number[]): void {
  if (open.length === 0) return;
  const runs = sheets(state);
  if (runs.length === 0) return;
  const free = new Set(open);
  const bySurname = playersBySurname(state.entities);
  for (const run of runs) {
    for (const i of run) {
      if (state.covered[i] !== -1 || !free.has(i)) continue;
      const key = nameKey(state.tokens, i);
      const players = (bySurname.get(key) ?? []).filter((n) => ofPageSport(state, n));
      const entity = players[0];
      if (players.length !== 1 || entity === undefined) continue;
      state.accept({ from: i, to: i + 1, entity, how: 'coreference', confidence: W.teamSheetSurname, flags: 0 });
    }
  }
}

/** Longest club name a table cell holds ("Brighton and Hove Albion"). */
const CELL_WORDS = 5;

/**
 * League tables: a free capitalised name alone in a cell between numbers ("2  Liverpool  14  +14")
 * is the team of the page's sport whose name begins with it, of a country in play.
 */
export function linkTableRows(state: LinkState, words: ReadonlySet<number>): void {
  const { tokens } = state;
  const word = (k: number): boolean => tokens.cap(k) && ((tokens.flags[k] as number) & F_DIGIT) === 0 && state.covered[k] === -1;
  for (let from = 1; from < tokens.length; from++) {
    if (!word(from)) continue;
    let to = from + 1;
    while (to < tokens.length && to - from < CELL_WORDS && word(to)) to += 1;
    if (!inTableRow(state, from, to)) continue;
    const team = teamNamedBy(state, from, to, words);
    if (team === undefined || !ofPageSport(state, team)) continue;
    state.accept({ from, to, entity: team, how: 'alias', confidence: W.leagueTableCell, flags: 0 });
  }
}
