/**
 * Stage 1: every alias of the KB found in the text, in one pass over the tokens (a hash lookup
 * on each token's key, then a comparison of the following tokens), on word boundaries.
 */
import type { Token, TokenList } from '../text/tokens.ts';
import { CASE_SENSITIVE, CLAUSE_MARKS, CONTEXT_DEPENDENT, CONTEXT_ONLY, LOWER_START, PRIMARY, type LinkerIndex } from './linker-index.ts';
import type { Candidate } from './state.ts';
import { IntMultiMap } from './int-multimap.ts';
import { WEIGHTS as W } from './weights.ts';

export interface AliasTable {
  index: LinkerIndex;
  /** Hash of the first token, in every spelling a page may use → alias ids. */
  byFirstToken: IntMultiMap;
  /** Words of each alias, split when first needed (most aliases never occur on a page). */
  aliasTokens: (string[] | undefined)[];
  aliasRawTokens: (string[] | undefined)[];
  /** Aliases that may match across a comma or bracket, because they are written with one. */
  punctuated: Set<number>;
}

export function buildAliasTable(index: LinkerIndex): AliasTable {
  const byFirstToken = new IntMultiMap(index.derived.firstHashes, index.derived.firstHashAlias);
  return { index, byFirstToken, aliasTokens: [], aliasRawTokens: [], punctuated: new Set(index.derived.punctuated) };
}

function keysOf(table: AliasTable, alias: number): string[] {
  return (table.aliasTokens[alias] ??= (table.index.aliasKeys[alias] as string).split(' '));
}

function rawOf(table: AliasTable, alias: number): string[] {
  return (table.aliasRawTokens[alias] ??= (table.index.aliasRaw[alias] as string).split(' '));
}

/** Whether the text's letter case fits the alias: exact case for case-sensitive aliases, capitals where the name has them. */
function caseFits(table: AliasTable, alias: number, tokens: TokenList, at: number): boolean {
  const flags = table.index.aliasFlags[alias] as number;
  const raw = rawOf(table, alias);
  for (let k = 0; k < raw.length; k++) {
    const token = tokens.get(at + k);
    const want = raw[k] as string;
    if (flags & CASE_SENSITIVE) {
      if (token.raw !== want) return false;
    } else if (/^\p{Lu}/u.test(want) && !token.cap && !(k === 0 && flags & LOWER_START)) {
      return false;
    }
  }
  if (!(flags & LOWER_START) && !tokens.cap(at)) return false;
  return true;
}

/** Whether the text spells the alias as the alias does (case aside), not only after folding (labour/labor). */
function sameSpelling(raw: readonly string[], tokens: TokenList, at: number): boolean {
  return raw.every((word, k) => word.toLowerCase() === tokens.get(at + k).raw.toLowerCase());
}


/** Base confidence of an alias match before context. */
export function aliasBase(flags: number, length: number): number {
  if (flags & CONTEXT_DEPENDENT) return W.aliasContextDependent;
  if (flags & PRIMARY) return W.aliasPrimary;
  if (flags & CASE_SENSITIVE && length <= W.aliasShortLength) return W.aliasShortCaseSensitive;
  return W.aliasOther;
}

/** All alias occurrences, overlapping ones included; the resolver chooses among them. */
export function findAliasCandidates(table: AliasTable, tokens: TokenList): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const ids = table.byFirstToken.get(tokens.hash[i] as number);
    if (!ids) continue;
    let first: Token | null = null;
    for (const id of ids) {
      const keys = keysOf(table, id);
      if (i + keys.length > tokens.length) continue;
      const second = table.index.derived.secondHashes[id] as number;
      if (second >= 0 && tokens.hash[i + 1] !== second) continue;
      first ??= tokens.get(i);
      if (first.key !== keys[0]) continue;
      let ok = true;
      const punctuated = table.punctuated.has(id);
      for (let k = 1; k < keys.length && ok; k++) {
        const next: Token = tokens.get(i + k);
        ok = next.key === keys[k] && !next.gap.includes('\n') && (punctuated || !CLAUSE_MARKS.test(next.gap));
      }
      if (!ok || !caseFits(table, id, tokens, i)) continue;
      const flags = table.index.aliasFlags[id] as number;
      const respelt = keys.length > 0 && !sameSpelling(rawOf(table, id), tokens, i);
      // "the Kremlin": the article is part of the alias but not of the name a reader sees, even
      // capitalised at a sentence start ("The White House said"). "The Dukes" spells it as part of the name.
      const skipArticle = keys.length > 1 && rawOf(table, id)[0] === 'the' ? 1 : 0;
      out.push({
        from: i + skipArticle,
        to: i + keys.length,
        entity: table.index.aliasEntity[id] as number,
        how: respelt ? 'variant' : flags & PRIMARY ? 'exact' : 'alias',
        confidence: aliasBase(flags, first.raw.length),
        flags,
      });
    }
  }
  return out;
}

export const isContextOnly = (c: Candidate): boolean => (c.flags & CONTEXT_ONLY) !== 0;
export const isContextDependent = (c: Candidate): boolean => (c.flags & CONTEXT_DEPENDENT) !== 0;
