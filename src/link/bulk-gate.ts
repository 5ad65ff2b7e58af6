/**
 * The bulk layer's gate. A bulk entity is one of 250,000 registry names (kb/bulk), many of them
 * look-alikes ("Reading", "Mobile", "Cove", "Center"): it links only on evidence of its own.
 */
import { F_SENTENCE, F_UPPER } from '../text/tokens.ts';
import { wordHashes } from './context.ts';
import { FUNCTION_WORDS, GENERIC_TYPE_CUES, NAME_JOINERS, TYPE_CUES } from './lexicon.ts';
import { BULK, CASE_SENSITIVE } from './linker-index.ts';
import { identitySupport, specificSupport } from './support.ts';
import { leadingPlace, placeByPreposition, selfDescribingName } from './bulk-evidence.ts';
import type { Candidate, LinkState } from './state.ts';
import type { EntityType } from '../kb/model.ts';
import { WEIGHTS as W } from './weights.ts';


const KIND_CUES = Object.fromEntries(
  Object.entries(TYPE_CUES).map(([type, words]) => [type, wordHashes(words.filter((w) => !GENERIC_TYPE_CUES.has(w)))]),
) as Record<EntityType, Set<number>>;

/** Whether a word naming the kind `type` ("city", "shares", "club"; not "in" or "said") is in the sentence of [from, to) or the one before. */
export function kindCueNear(state: LinkState, type: EntityType, from: number, to: number): boolean {
  return state.ctx.cueHits(from, KIND_CUES[type], from, to) > 0;
}

/** A lower-case word naming the kind right before the name, as its apposition: "the consulting company EY", "the carmaker BMW". */
export function kindNounBefore(state: LinkState, c: Candidate, type: EntityType): boolean {
  const k = c.from - 1;
  return k >= 0 && !state.tokens.cap(k) && state.tokens.spaceBefore(c.from) && KIND_CUES[type].has(state.tokens.hash[k] as number);
}

/** Whether token `k` is a capitalised word that is part of a name (not a sentence's first function word). */
function nameWord(state: LinkState, k: number): boolean {
  const { tokens } = state;
  if (k < 0 || k >= tokens.length || !tokens.cap(k)) return false;
  return !((tokens.flags[k] as number) & F_SENTENCE) || !FUNCTION_WORDS.has(tokens.get(k).key);
}

/** Only a space or a hyphen between tokens `k - 1` and `k`. */
function joined(state: LinkState, k: number): boolean {
  const { tokens } = state;
  const gap = tokens.text.slice(tokens.end[k - 1], tokens.start[k]);
  return gap === '-' || tokens.spaceBefore(k);
}

/** Whether token `from` follows a capitalised name word joined to it ("Sundar" in "Washington Sundar"). */
export function followsNameWord(state: LinkState, from: number): boolean {
  return from > 0 && joined(state, from) && nameWord(state, from - 1);
}

/**
 * Whether the match is a piece of a longer capitalised name: "Center" in "National Center for
 * Cyber Security", "Cove" in "SARS-Cove 2", "Reading" in "Reading Football Club".
 */
export function insideLongerName(state: LinkState, from: number, to: number): boolean {
  if (followsNameWord(state, from)) return true;
  if (to < state.tokens.length && joined(state, to) && state.tokens.cap(to)) return true;
  const k = to;
  if (k + 1 < state.tokens.length && NAME_JOINERS.has(state.tokens.get(k).key) && joined(state, k) && joined(state, k + 1) && state.tokens.cap(k + 1)) return true;
  return false;
}

/** A place followed by ", <its country>" ("Nice, France"): the page says what it is. */
function placeQualified(state: LinkState, c: Candidate): boolean {
  const { tokens } = state;
  if (state.entities.type(c.entity) !== 'place' || c.to >= tokens.length) return false;
  const gap = tokens.text.slice(tokens.end[c.to - 1], tokens.start[c.to]);
  return /^,\s+$/.test(gap) && state.ctx.countryTokens.get(c.to) === state.entities.get(c.entity)?.country;
}

/**
 * Whether a bulk candidate lacks evidence of its own. One word: a cue naming its kind ("the city
 * of", "shares") and its country in play or its own cue words (a household name needs the cue
 * only); never inside a longer name, never an all-capitals page word for a mixed-case name, never
 * a lower-case word. A
 * longer name: any such evidence or fair prominence. An acronym: this very body's evidence, or,
 * when no other entity has it (`sole`), a word of its kind right before it.
 * Linked once with evidence, it is in play.
 */
export function bulkWithoutEvidence(state: LinkState, c: Candidate, sole = false): boolean {
  if (!(c.flags & BULK)) return false;
  const { ctx, entities, tokens } = state;
  // Read from the columns, not an entity object: a live blog has tens of thousands of bulk candidates.
  const type = entities.type(c.entity);
  if (!type) return false;
  // A registry's name written in lower case ("one", a listed shell company) is the ordinary word there.
  if (!tokens.cap(c.from)) return true;
  if (ctx.linked.has(c.entity)) return false;
  const input = { ctx, entities, entity: c.entity, from: c.from, to: c.to };
  if (c.flags & CASE_SENSITIVE) return identitySupport(input) <= 0 && !(sole && kindNounBefore(state, c, type));
  // The cheap tests that reject whatever the evidence, before the evidence is weighed.
  if (insideLongerName(state, c.from, c.to)) return true;
  const oneWord = c.to - c.from === 1;
  if (oneWord && (tokens.flags[c.from] as number) & F_UPPER && !/^\p{Lu}+$/u.test(entities.name(c.entity) as string)) return true;
  const prominence = entities.prominence(c.entity);
  const byPreposition = placeByPreposition(state, c);
  const kindCue = kindCueNear(state, type, c.from, c.to) || placeQualified(state, c) || byPreposition;
  const specific = specificSupport(ctx, entities, c.entity, c.from, c.to);
  if (!oneWord) return !(kindCue || specific || prominence >= W.bulkSelfEvident || selfDescribingName(state, c));
  if (byPreposition && leadingPlace(state, c)) return false;
  return !(kindCue && (specific || prominence >= W.bulkHousehold));
}


