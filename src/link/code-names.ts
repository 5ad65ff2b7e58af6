/**
 * Stage 3b: code-like names (letters and digits: APT29, SARS-CoV-2) written with one letter
 * wrong or split differently ("IPT29", "SARS-Cove 2"). The digits must agree exactly, and a
 * near miss needs the context to speak for the entity.
 */
import { distance } from 'fastest-levenshtein';
import { F_DIGIT, type TokenList } from '../text/tokens.ts';
import { BULK, type LinkerIndex } from './linker-index.ts';
import { stackedLookup, type IndexLayer, type Lookup } from './layers.ts';
import { packPostings, type PostingParts } from './posting-table.ts';
import { THRESHOLD } from './resolve.ts';
import type { Candidate, LinkState } from './state.ts';
import { contextSupport } from './support.ts';
import { WEIGHTS as W } from './weights.ts';

export interface CodeTable {
  /** Digits of a code name → [compact key, entity]. */
  byDigits: Lookup<[string, number]>;
}

/** The packed table: alias numbers by the digits of their code name. */
export interface CodeParts {
  byDigits: PostingParts;
}

const digitsOf = (s: string): string => s.replace(/\D+/g, '');
const MAX_SPAN = 3;

/** Packs the code-name table of an index (build time). */
export function packCodeTable(index: LinkerIndex): CodeParts {
  const byDigits = new Map<string, number[]>();
  index.aliasKeys.forEach((key, alias) => {
    if (!/\d/.test(key) || ((index.aliasFlags[alias] as number) & BULK) !== 0) return;
    const compact = key.replace(/ /g, '');
    const digits = digitsOf(compact);
    if (!digits || !/[a-z]/.test(compact) || compact.length < 4) return;
    const list = byDigits.get(digits) ?? [];
    list.push(alias);
    byDigits.set(digits, list);
  });
  return { byDigits: packPostings(byDigits) };
}

/** The code-name table over every layer. */
export function codeTableOf(layers: readonly IndexLayer[]): CodeTable {
  return {
    byDigits: stackedLookup(layers, (index) => index.codes.byDigits, (layer, values, i) => {
      const alias = values[i] as number;
      return [layer.index.aliasKeys(alias).join(''), layer.entityShift + (layer.index.aliasEntity[alias] as number)];
    }),
  };
}

function joinable(tokens: TokenList, i: number): boolean {
  const gap = tokens.get(i).gap;
  return /^[ \t\-\u2010-\u2013]{0,2}$/.test(gap);
}

function spanHasDigit(tokens: TokenList, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if ((tokens.flags[k] as number) & F_DIGIT) return true;
  return false;
}

function bestFor(state: LinkState, table: CodeTable, from: number, to: number): Candidate | null {
  let compact = '';
  for (let k = from; k < to; k++) compact += state.tokens.get(k).key;
  const entries = table.byDigits.get(digitsOf(compact));
  if (!entries || !/[a-z]/.test(compact)) return null;
  let best: Candidate | null = null;
  for (const [key, entity] of entries) {
    const edits = key === compact ? 0 : distance(key, compact);
    if (edits > 1 || (edits === 1 && key.length < 5)) continue;
    const support = contextSupport({ ctx: state.ctx, entities: state.entities, entity, from, to });
    if (edits === 1 && support < W.codeSlipSupport) continue;
    const confidence = edits === 0 ? W.codeExactBase + support * W.codeExactSupportWeight : W.codeSlipBase + support * W.codeSlipSupportWeight;
    if (!best || confidence > best.confidence) best = { from, to, entity, how: edits === 0 ? 'variant' : 'fuzzy', confidence: Math.min(W.codeCap, confidence), flags: 0 };
  }
  return best;
}

/** Links code-like spans that no alias matched. */
export function linkCodeNames(state: LinkState, table: CodeTable): void {
  const { tokens } = state;
  for (let i = 0; i < tokens.length; i++) {
    if (!tokens.cap(i) || state.covered[i] !== -1 || !spanHasDigit(tokens, i, Math.min(tokens.length, i + MAX_SPAN))) continue;
    let best: Candidate | null = null;
    for (let to = i + 1; to <= Math.min(tokens.length, i + MAX_SPAN); to++) {
      if (to > i + 1 && (!joinable(tokens, to - 1) || state.covered[to - 1] !== -1)) break;
      if (!spanHasDigit(tokens, i, to)) continue;
      const c = bestFor(state, table, i, to);
      if (c && (!best || c.to - c.from > best.to - best.from || c.confidence > best.confidence)) best = c;
    }
    if (best && best.confidence >= THRESHOLD) {
      state.accept(best);
      i = best.to - 1;
    }
  }
}
