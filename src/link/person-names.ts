/**
 * Stage 3a: personal names spelt another way — romanisation (Dimitri/Dmitry, Sergey/Sergei),
 * sound-alike surnames (Rapp/Raab, Corbin/Corbyn) — always given name + surname together, and
 * gated by context when only the sound matches.
 */
import { distance } from 'fastest-levenshtein';
import { F_CAP, F_DIGIT, F_UPPER, hashWord, type TokenList } from '../text/tokens.ts';
import { FUNCTION_WORDS, NAME_PARTICLES } from './lexicon.ts';
import { nameKey, phoneticKey, ROMANISATION, sameGivenName, soundAlikeGivenName, surnameSimilarity, translitKey } from './name-keys.ts';
import { THRESHOLD } from './resolve.ts';
import type { Candidate, LinkState } from './state.ts';
import { contextSupport, identitySupport } from './support.ts';
import type { MatchHow } from './types.ts';
import type { PersonName, PersonTable } from './person-table.ts';
import { WEIGHTS as W } from './weights.ts';

export type { PersonName, PersonTable } from './person-table.ts';

/** KB persons whose surname may be this folded word. */
export function surnameCandidates(table: PersonTable, word: string): readonly PersonName[] {
  const a = table.bySurnameKey.get(`t:${translitKey(word)}`) ?? [];
  const b = table.bySurnameKey.get(`p:${phoneticKey(word)}`) ?? [];
  return a.length === 0 ? b : b.length === 0 ? a : [...new Set([...a, ...b])];
}

/** A capitalised word that can be part of a personal name (cheap flag test first): its name key, or null. */
function nameToken(tokens: TokenList, i: number): string | null {
  if (i >= tokens.length || ((tokens.flags[i] as number) & (F_CAP | F_UPPER | F_DIGIT)) !== F_CAP) return null;
  const token = tokens.get(i);
  return FUNCTION_WORDS.has(token.key) || token.gap.includes('\n') ? null : nameKey(tokens, i);
}

const PARTICLES = new Set(NAME_PARTICLES.map(hashWord));
/** At most this many particles between a given name and a surname ("von der"). */
const MAX_PARTICLES = 2;

/**
 * Where the surname after the given name at `i` may be: the next word or the one after (a middle
 * name), or the word after lower-case particles ("Ursula von der Lajen"), on one line.
 */
function surnameSlots(tokens: TokenList, i: number): number[] {
  let k = i + 1;
  while (k < tokens.length && k - i <= MAX_PARTICLES && !tokens.cap(k) && PARTICLES.has(tokens.hash[k] as number) && tokens.spaceBefore(k)) k += 1;
  if (k === i + 1) return [i + 1, i + 2];
  return k < tokens.length && tokens.spaceBefore(k) ? [k] : [];
}

/** How alike a given name on the page is to a known one (0 when not the same name). */
function givenSimilarity(page: string, known: string): number {
  if (page === known) return 1;
  if (sameGivenName(page, known)) return W.givenRomanisation;
  return soundAlikeGivenName(page, known) ? W.givenSoundAlike : 0;
}

/**
 * KB people this surname may belong to: those sharing a spelling or sound key, else those with
 * this given name whose surname is one letter off ("Olaf Scholtz": no key joins tz and z).
 */
function pairCandidates(table: PersonTable, given: string, surname: string): readonly PersonName[] {
  const byKey = surnameCandidates(table, surname);
  if (byKey.some((p) => p.given === given)) return byKey;
  const slips = (table.byGiven.get(given) ?? []).filter((p) => Math.abs(p.surname.length - surname.length) <= 1 && distance(p.surname, surname) === 1);
  return slips.length === 0 ? byKey : [...byKey, ...slips];
}

function scorePair(state: LinkState, given: string, surname: string, from: number, to: number, p: PersonName): Candidate | null {
  const s = surnameSimilarity(surname, p.surname);
  if (s === 0) return null;
  const g = givenSimilarity(given, p.given);
  if (g === 0) return null;
  const base = Math.min(s, g);
  const how: MatchHow = base >= W.variantMatch ? 'variant' : base >= W.phoneticMatch ? 'phonetic' : 'fuzzy';
  const support = contextSupport({ ctx: state.ctx, entities: state.entities, entity: p.entity, from, to });
  const edits = distance(`${given} ${surname}`, `${p.given} ${p.surname}`);
  if ((how !== 'variant' || edits > W.personVariantEdits) && support < W.personVariantSupport) return null;
  // A surname only like the known one, even after an exact given name, may be someone else's
  // ("Olaf Schulz, a baker", "Mark Ritt"): the page must say who is meant, not only where.
  if (s < ROMANISATION && identitySupport({ ctx: state.ctx, entities: state.entities, entity: p.entity, from, to }) < 1) return null;
  const confidence = how === 'variant' ? base + support * W.variantSupportWeight : base - W.soundAlikePenalty + support * W.soundAlikeSupportWeight;
  return { from, to, entity: p.entity, how, confidence: Math.min(W.personCap, confidence), flags: 0 };
}

/** Links "Given Surname" pairs (optionally with a middle name or particles) that no alias matched. */
export function linkPersonVariants(state: LinkState, table: PersonTable): void {
  const { tokens } = state;
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (state.covered[i] !== -1 || (!tokens.cap(i + 1) && !PARTICLES.has(tokens.hash[i + 1] as number))) continue;
    const given = nameToken(tokens, i);
    if (!given) continue;
    let best: Candidate | null = null;
    for (const j of surnameSlots(tokens, i)) {
      const surname = nameToken(tokens, j);
      if (!surname || !state.isFree(i, j + 1) || (j === i + 2 && !nameToken(tokens, i + 1) && !PARTICLES.has(tokens.hash[i + 1] as number))) break;
      for (const p of pairCandidates(table, given, surname)) {
        const c = scorePair(state, given, surname, i, j + 1, p);
        if (c && (!best || c.confidence > best.confidence)) best = c;
      }
    }
    if (best && best.confidence >= THRESHOLD) {
      state.accept(best);
      i = best.to - 1;
    }
  }
}
