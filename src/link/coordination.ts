/**
 * Names in a list with a linked name are of its kind: "Shares in BP and Shell", "luxury groups
 * LVMH and Kering", "in Sevenoaks, Maidstone and Tonbridge". A candidate the gate left unlinked
 * for want of evidence links when it is coordinated ("," "and" "or") with a linked mention of the
 * same type (and, for places, the same country), as the most prominent such entity of its name.
 */
import { F_SENTENCE, hashWord } from '../text/tokens.ts';
import { isContextOnly } from './exact.ts';
import { CALENDAR_WORDS, FUNCTION_WORDS } from './lexicon.ts';
import type { IndexEntity } from './linker-index.ts';
import type { Candidate, LinkState } from './state.ts';
import { WEIGHTS as W } from './weights.ts';

const CONJUNCTIONS = new Set(['and', 'or'].map(hashWord));
const NOT_NAMES = new Set([...FUNCTION_WORDS, ...CALENDAR_WORDS].map(hashWord));
/** Passes over the page: each may lengthen a list by one name. */
const PASSES = 3;

const COMPANY_LIKE = new Set(['company', 'organization']);
const sameKind = (a: IndexEntity, b: IndexEntity): boolean =>
  a.type === b.type ? a.type !== 'place' || a.country === b.country : COMPANY_LIKE.has(a.type) && COMPANY_LIKE.has(b.type);

/** The accepted mention listed right before or after tokens [from, to), or null. */
function listPartner(state: LinkState, from: number, to: number): Candidate | null {
  const { tokens } = state;
  const gapOk = (a: number, b: number): boolean => /^[ \t\u00a0]*,?[ \t\u00a0]*$/.test(tokens.text.slice(tokens.end[a], tokens.start[b]));
  const partnerAt = (k: number): Candidate | null => {
    const id = k >= 0 && k < tokens.length ? state.covered[k] : -1;
    return id !== undefined && id >= 0 ? state.accepted[id] ?? null : null;
  };
  // Before: "X, NAME" or "X and NAME" / "X, and NAME".
  if (from >= 1 && tokens.text.slice(tokens.end[from - 1], tokens.start[from]).includes(',')) return partnerAt(from - 1);
  if (from >= 2 && CONJUNCTIONS.has(tokens.hash[from - 1] as number) && gapOk(from - 2, from - 1) && gapOk(from - 1, from)) {
    const p = partnerAt(from - 2);
    if (p) return p;
  }
  // After: "NAME, X" or "NAME and X".
  if (to < tokens.length && /^,[ \t\u00a0]+$/.test(tokens.text.slice(tokens.end[to - 1], tokens.start[to]))) return partnerAt(to);
  if (to + 1 < tokens.length && CONJUNCTIONS.has(tokens.hash[to] as number) && gapOk(to - 1, to) && gapOk(to, to + 1)) return partnerAt(to + 1);
  return null;
}

/** Whether tokens [from, to) may be a name at all here: capitalised, not a function word or a sentence's ordinary first word. */
function nameLike(state: LinkState, from: number, to: number): boolean {
  const { tokens } = state;
  for (let k = from; k < to; k++) if (!tokens.cap(k) && k === from) return false;
  const first = tokens.hash[from] as number;
  if (NOT_NAMES.has(first) || state.ctx.lowerCaseWords().has(first)) return false;
  if ((tokens.flags[from] as number) & F_SENTENCE && state.ctx.isTitleCase(from)) return false;
  return !glued(state, from, to);
}

/** Whether a capitalised word is joined to [from, to) by a plain space or hyphen: a piece of a longer name ("Kent Police"). */
function glued(state: LinkState, from: number, to: number): boolean {
  const { tokens } = state;
  const joined = (k: number): boolean => /^(?:[ \t\u00a0]|-)$/.test(tokens.text.slice(tokens.end[k - 1], tokens.start[k]));
  if (from > 0 && joined(from) && tokens.cap(from - 1) && !((tokens.flags[from - 1] as number) & F_SENTENCE)) return true;
  return to < tokens.length && joined(to) && tokens.cap(to);
}

/** Links unlinked candidates listed with a linked name of their kind. */
export function linkCoordinated(state: LinkState, candidates: readonly Candidate[]): void {
  const spans = new Map<number, Candidate[]>();
  for (const c of candidates) {
    if (isContextOnly(c)) continue;
    const key = c.from * 64 + (c.to - c.from);
    const list = spans.get(key);
    if (list) list.push(c);
    else spans.set(key, [c]);
  }
  for (let pass = 0; pass < PASSES; pass++) {
    let added = 0;
    for (const group of spans.values()) {
      const { from, to } = group[0] as Candidate;
      if (!state.isFree(from, to)) continue;
      const partner = listPartner(state, from, to);
      const pe = partner && state.entities.get(partner.entity);
      if (!pe || !nameLike(state, from, to)) continue;
      const fits = group.filter((c) => sameKind(state.entities.get(c.entity) as IndexEntity, pe));
      fits.sort((a, b) => (state.entities.get(b.entity)?.prominence ?? 0) - (state.entities.get(a.entity)?.prominence ?? 0));
      const best = fits[0];
      if (!best) continue;
      state.accept({ ...best, confidence: Math.max(W.listedConfidence, Math.min(best.confidence, W.listedConfidence)) });
      added += 1;
    }
    if (added === 0) break;
  }
}
