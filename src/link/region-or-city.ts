/**
 * A name that is both a region and a city ("New York", "Washington"): the KB links the short name
 * to the city, but "Chuck Schumer of New York", "Washington state", "the Governor of New York" and
 * "the state of Washington" mean the region. There the region is linked when the KB has it, and
 * the city link is dropped when it does not. Only for a city named by a short alias (not its own
 * name) that depends on context: a city whose own name is written is the city.
 */
import { hashWord } from '../text/tokens.ts';
import type { EntityTable } from './entity-table.ts';
import { CONTEXT_DEPENDENT, PRIMARY } from './linker-index.ts';
import type { Candidate, LinkState } from './state.ts';

const h = (words: string): Set<number> => new Set(words.split(' ').map(hashWord));
/** Words after the name that make it a region: "New York state", "Washington State". */
const REGION_AFTER = h('state statewide upstate');
/** Offices and bodies of a region, right before "of"/"for"/"from" and the name: "Governor of New York", "the state of Washington". */
const REGION_OF = h('state governor governors senator senators congressman congresswoman representative representatives delegation legislature attorney lieutenant');
/** Words near the name that keep it the city: "the mayor of New York", "New York's subway". */
const CITY_WORDS = h('mayor city downtown borough boroughs subway council');
const OF = h('of for from');
/** Words of a KB description that make a place a region. */
const REGION_CUES = h('state province region prefecture canton oblast territory');

/** Whether the words around [from, to) speak of the region. */
function regionContext(state: LinkState, c: Candidate): boolean {
  const { tokens, ctx } = state;
  const [sFrom, sTo] = ctx.sentenceSpan(c.from);
  for (let k = Math.max(sFrom, c.from - 4); k < Math.min(sTo, c.to + 3); k++) if (CITY_WORDS.has(tokens.hash[k] as number)) return false;
  if (c.to < tokens.length && REGION_AFTER.has(tokens.hash[c.to] as number) && !tokens.cap(c.to + 1)) return true;
  if (c.from < 2 || !OF.has(tokens.hash[c.from - 1] as number)) return false;
  if (REGION_OF.has(tokens.hash[c.from - 2] as number)) return true;
  // "Chuck Schumer of New York": a linked person "of" the name is a politician's region.
  const before = state.overlapping(c.from - 2, c.from - 1)[0];
  const person = before === undefined ? undefined : state.accepted[before];
  return !!person && state.entities.get(person.entity)?.type === 'person';
}

const REGIONS = new WeakMap<EntityTable, Map<string, number>>();

/** The KB's regions by their bare name ("Washington (state)", "New York State" → "washington", "new york"). */
function regionsOf(entities: EntityTable): Map<string, number> {
  let map = REGIONS.get(entities);
  if (!map) {
    map = new Map();
    for (let n = 0; n < entities.length; n++) {
      if (entities.type(n) !== 'place') continue;
      const name = entities.name(n) ?? '';
      const bare = name.replace(/\s*\((state|province|region)\)$/i, '').replace(/\s+(State|Province)$/, '');
      const named = bare !== name;
      if (named || (entities.cues(n) ?? '').split(' ').some((w) => REGION_CUES.has(hashWord(w)))) map.set(bare.toLowerCase(), n);
    }
    REGIONS.set(entities, map);
  }
  return map;
}

/** Replaces a city named by its short name where the page means the region by that name. */
export function linkRegionsNamedLikeCities(state: LinkState): void {
  for (const c of state.mentions()) {
    const e = state.entities.get(c.entity);
    if (e?.type !== 'place' || c.flags & PRIMARY || !(c.flags & CONTEXT_DEPENDENT) || !regionContext(state, c)) continue;
    const quote = state.tokens.text.slice(state.tokens.start[c.from], state.tokens.end[c.to - 1]).replace(/\s+/g, ' ').toLowerCase();
    const region = regionsOf(state.entities).get(quote);
    state.remove(state.overlapping(c.from, c.to)[0] as number);
    if (region !== undefined && region !== c.entity) state.accept({ ...c, entity: region, how: 'alias', flags: 0 });
  }
}
