/**
 * A body's name followed by "of … <another country>": "the Main Intelligence Directorate of the
 * Ministry of Defence of Ukraine" is Ukraine's directorate, not Russia's GRU, whose name it
 * shares; "Ministry of Defence of Ukraine" is no other country's ministry. Such a match is
 * dropped, leaving the whole name to the organisation-name stage.
 */
import { hashWord } from '../text/tokens.ts';
import { QUALIFIER_JOINERS } from './lexicon.ts';
import type { Candidate, LinkState } from './state.ts';
import { ORGANISATION_TYPES } from '../kb/model.ts';

const OF = hashWord('of');
const JOINERS = new Set(QUALIFIER_JOINERS.map(hashWord));
const QUALIFIED_TYPES: ReadonlySet<string> = ORGANISATION_TYPES;
/** Words of the name after the match that are looked at. */
const REACH = 8;

/** The country code a name continuing at `from` ("of the Ministry of Defence of Ukraine") ends in, if any. */
function qualifyingCountry(state: LinkState, from: number): string | undefined {
  const { tokens, ctx } = state;
  if (from >= tokens.length || tokens.hash[from] !== OF || !tokens.spaceBefore(from)) return undefined;
  for (let k = from + 1; k < Math.min(tokens.length, from + REACH); k++) {
    if (!tokens.spaceBefore(k)) return undefined;
    const country = ctx.countryTokens.get(k);
    if (country) return country;
    if (!tokens.cap(k) && !JOINERS.has(tokens.hash[k] as number)) return undefined;
  }
  return undefined;
}

/** Whether the rest of the name after candidate `c` gives it to another country than its entity's. */
export function foreignQualified(state: LinkState, c: Candidate): boolean {
  const e = state.entities.get(c.entity);
  if (!e?.country || !QUALIFIED_TYPES.has(e.type)) return false;
  const country = qualifyingCountry(state, c.to);
  return !!country && country !== e.country;
}

/** Drops organisation and agency matches that the rest of their name gives to another country. */
export function dropForeignQualified(state: LinkState): void {
  state.accepted.forEach((c, id) => {
    if (c && foreignQualified(state, c)) state.remove(id);
  });
}
