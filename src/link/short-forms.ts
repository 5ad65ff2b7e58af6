/**
 * A company named in full, then by its leading word: "Micron Technology" … "the Micron plant",
 * "Renesas Electronics" … "Renesas said". Only names whose other words say what line the company
 * is in (lexicon COMPANY_NAME_TAILS), and only where the page has linked the full name.
 */
import { F_DIGIT, hashWord } from '../text/tokens.ts';
import { COMPANY_NAME_TAILS, FUNCTION_WORDS } from './lexicon.ts';
import type { Candidate, LinkState } from './state.ts';
import { THRESHOLD } from './resolve.ts';
import { WEIGHTS as W } from './weights.ts';

const TAILS = new Set([...COMPANY_NAME_TAILS].map(hashWord));
const BODY_TYPES: ReadonlySet<string> = new Set(['company', 'organization']);

/** The leading word's hash → the one company the page named with it in full (null: two did). */
function leadingWords(state: LinkState): Map<number, Candidate | null> {
  const { tokens } = state;
  const heads = new Map<number, Candidate | null>();
  for (const c of state.mentions()) {
    if (c.to - c.from < 2 || !BODY_TYPES.has(state.entities.get(c.entity)?.type ?? '') || state.ctx.countryTokens.has(c.from)) continue;
    let tail = true;
    for (let k = c.from + 1; k < c.to && tail; k++) tail = TAILS.has(tokens.hash[k] as number);
    const first = tokens.get(c.from);
    if (!tail || FUNCTION_WORDS.has(first.key) || (tokens.flags[c.from] as number) & F_DIGIT) continue;
    const hash = tokens.hash[c.from] as number;
    const known = heads.get(hash);
    if (known === undefined) heads.set(hash, c);
    else if (known && known.entity !== c.entity) heads.set(hash, null);
  }
  return heads;
}

/** Links a company's leading word alone to the company the page named in full with it. */
export function linkLeadingWords(state: LinkState): void {
  const heads = leadingWords(state);
  if (heads.size === 0) return;
  const { tokens, ctx } = state;
  for (let i = 0; i < tokens.length; i++) {
    const full = heads.get(tokens.hash[i] as number);
    if (!full || !tokens.cap(i) || state.covered[i] !== -1 || ctx.lowerCaseWords().has(tokens.hash[i] as number)) continue;
    // "Micron Foods": a longer capitalised name of something else (a headline's capitals say nothing).
    if (i + 1 < tokens.length && tokens.cap(i + 1) && tokens.spaceBefore(i + 1) && !ctx.isTitleCase(i)) continue;
    const confidence = Math.min(full.confidence, W.referenceCap) * W.laterReference;
    if (confidence >= THRESHOLD) state.accept({ from: i, to: i + 1, entity: full.entity, how: 'coreference', confidence, flags: 0 });
  }
}
