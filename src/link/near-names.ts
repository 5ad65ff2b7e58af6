/**
 * Stage 3d: names of prominent bodies and places garbled by a translation or a slip
 * ("Folkswagen", "Volfsburg", "Štutgart", "Mersedes-Benz"): the first word spelt another way
 * that sounds the same, any further words as known. A garble needs more evidence than the name
 * itself: the page word is no KB name, never written in lower case on the page, not part of a
 * longer capitalised name, and the page speaks for the entity (a bulk-layer entity as its gate
 * asks: a cue of its kind and its country in play). The page's one decision for a word holds
 * wherever the word recurs (a headline, a caption).
 */
import { distance } from 'fastest-levenshtein';
import { F_DIGIT, F_UPPER } from '../text/tokens.ts';
import { insideLongerName, kindCueNear, kindNounBefore } from './bulk-gate.ts';
import { placeByPreposition } from './bulk-evidence.ts';
import { FUNCTION_WORDS } from './lexicon.ts';
import { BULK } from './linker-index.ts';
import { nameKey, romanKey } from './name-keys.ts';
import { MIN_NEAR_LETTERS, nearKey, type NearName, type NearTable } from './near-table.ts';
import { THRESHOLD } from './resolve.ts';
import type { Candidate, LinkState } from './state.ts';
import { contextSupport, specificSupport } from './support.ts';
import { WEIGHTS as W } from './weights.ts';

/** How alike a page word is to a known first word that sounds the same (0: not a garble of it). */
function nearSimilarity(page: string, known: string): number {
  if (page === known) return 0; // the alias stage had it
  if (romanKey(page) === romanKey(known)) return W.surnameRomanisation;
  const edits = distance(page, known);
  if (edits === 1) return W.surnameSoundOneEdit;
  return edits === 2 && known.length >= 9 ? W.surnameSoundTwoEdits : 0;
}

/** Whether the words after token `i` spell the rest of the name as known, joined by a space or a hyphen. */
function restMatches(state: LinkState, i: number, words: readonly string[]): boolean {
  const { tokens } = state;
  for (let k = 1; k < words.length; k++) {
    const at = i + k;
    if (at >= tokens.length || tokens.get(at).key !== words[k]) return false;
    const gap = tokens.text.slice(tokens.end[at - 1], tokens.start[at]);
    if (gap !== '-' && !tokens.spaceBefore(at)) return false;
  }
  return true;
}

/** Whether token `i` may be a garbled name: a capitalised word of letters, free, long enough, no word this page writes in lower case. */
function garbleWord(state: LinkState, i: number): boolean {
  const { tokens } = state;
  if (!tokens.cap(i) || state.covered[i] !== -1 || (tokens.flags[i] as number) & (F_UPPER | F_DIGIT)) return false;
  const key = tokens.get(i).key;
  return key.length >= MIN_NEAR_LETTERS && !FUNCTION_WORDS.has(key) && !state.ctx.lowerCaseWords().has(tokens.hash[i] as number);
}

/** A word naming the entity's kind near it, or for a place a preposition of place before it ("in Volfsburg", "in the Štutgart"). */
function kindEvidence(state: LinkState, n: NearName, from: number, to: number): boolean {
  const type = state.entities.get(n.entity)?.type;
  if (!type) return false;
  if (kindCueNear(state, type, from, to)) return true;
  const c: Candidate = { from, to, entity: n.entity, how: 'fuzzy', confidence: 0, flags: n.flags };
  return placeByPreposition(state, c) || (from > 0 && state.tokens.get(from - 1).key === 'the' && placeByPreposition(state, { ...c, from: from - 1 }));
}

/** Evidence for a garbled name at [from, to): its confidence, or 0 when the page does not speak for it. */
function evidence(state: LinkState, n: NearName, from: number, to: number, similarity: number): number {
  const { ctx, entities } = state;
  if (n.flags & BULK && !(kindEvidence(state, n, from, to) && specificSupport(ctx, entities, n.entity, from, to))) return 0;
  const type = entities.get(n.entity)?.type;
  const apposition = type && kindNounBefore(state, { from, to, entity: n.entity, how: 'fuzzy', confidence: 0, flags: n.flags }, type) ? W.kindApposition : 0;
  const support = contextSupport({ ctx, entities, entity: n.entity, from, to }) + apposition;
  if (support < (to - from === 1 ? W.nearNameSupport : Number.EPSILON)) return 0;
  const confidence = similarity - W.soundAlikePenalty + support * W.soundAlikeSupportWeight + (to - from - 1) * W.nearNameWordBonus;
  return Math.min(W.nearNameCap, confidence);
}

/** The best garble reading of token `i` over the forms of the word, or null. */
function bestAt(state: LinkState, table: NearTable, known: (keys: string) => boolean, i: number): Candidate | null {
  const forms = new Set([state.tokens.get(i).key, nameKey(state.tokens, i)]);
  let best: Candidate | null = null;
  let rival = 0;
  for (const form of forms) {
    let checked = false;
    for (const n of table.byKey.get(nearKey(form)) ?? []) {
      const similarity = nearSimilarity(form, n.words[0] as string);
      const to = i + n.words.length;
      if (similarity === 0 || !restMatches(state, i, n.words) || !state.isFree(i, to)) continue;
      // The name of something else, linked or not (asked only for a word that may be a garble).
      if (!checked && known(form)) return null;
      checked = true;
      // "Folkswagen Daniela Kavallo": a piece of a longer capitalised name is not this one (a headline's capitals say nothing).
      if (to - i === 1 && !state.ctx.isTitleCase(i) && insideLongerName(state, i, to)) continue;
      const confidence = evidence(state, n, i, to, similarity);
      if (best && best.entity !== n.entity && confidence > 0) rival = Math.max(rival, Math.min(confidence, best.confidence));
      if (!best || confidence > best.confidence) best = { from: i, to, entity: n.entity, how: 'fuzzy', confidence, flags: 0 };
    }
  }
  // No evidence here (the page's decision for the word may still hold), or two bodies or places fit as well.
  if (!best || best.confidence === 0) return best;
  return best.confidence - rival >= W.orgRivalMargin ? best : null;
}

/** Folded words of tokens [from, to), as one key. */
function surface(state: LinkState, from: number, to: number): string {
  let key = '';
  for (let k = from; k < to; k++) key += `${state.tokens.get(k).key} `;
  return key;
}

/**
 * Links garbled names of prominent bodies and places. `known` says whether folded words are a
 * KB name (linker.knows): such a word is that name, not a garble of another.
 */
export function linkNearNames(state: LinkState, table: NearTable, known: (keys: string) => boolean): void {
  const { tokens } = state;
  const decided = new Map<string, Candidate>();
  const spots: [number, string][] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!garbleWord(state, i)) continue;
    const c = bestAt(state, table, known, i);
    if (!c) continue;
    const key = surface(state, c.from, c.to);
    spots.push([i, key]);
    const earlier = decided.get(key);
    if (!earlier || c.confidence > earlier.confidence) decided.set(key, c);
  }
  for (const [i, key] of spots) {
    const c = decided.get(key);
    const to = c ? i + (c.to - c.from) : i;
    if (c && c.confidence >= THRESHOLD && state.isFree(i, to)) state.accept({ ...c, from: i, to });
  }
}
