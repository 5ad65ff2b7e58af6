/**
 * The compact, serialisable form of the knowledge base that the linker needs: sent once per page
 * from the background to the content script, so it holds keys and context, never card prose.
 */
import type { Entity, EntityType } from '../kb/model.ts';
import { tokenize } from '../text/tokens.ts';
import { NAME_STOPWORDS } from './lexicon.ts';
import { firstTokenHashes } from './first-token.ts';
import { surnameKeysOf } from './name-keys.ts';
import { ORG_TYPES, orgWordSet } from './org-words.ts';

export const LINKER_INDEX_VERSION = 2;

/** Alias flags, a bit each. */
export const CASE_SENSITIVE = 1;
export const CONTEXT_DEPENDENT = 2;
/** A demonym ("British"): evidence of a country in context, never marked itself. */
export const CONTEXT_ONLY = 4;
/** The entity's own name (as opposed to another alias). */
export const PRIMARY = 8;
/** Alias starts with a lower-case letter in its real spelling ("corona virus", "iPhone"). */
export const LOWER_START = 16;

export interface IndexEntity {
  id: string;
  name: string;
  type: EntityType;
  country?: string;
  prominence: number;
  /** Folded context words: KB cues, role titles, description words. */
  cues: string[];
  /** Indices of related entities in `entities`. */
  related: number[];
}

export interface LinkerIndex {
  version: number;
  entities: IndexEntity[];
  /** Folded token keys of each alias, space-joined. */
  aliasKeys: string[];
  /** Raw (case-kept) tokens of each alias, space-joined; used for case checks. */
  aliasRaw: string[];
  aliasEntity: number[];
  aliasFlags: number[];
  /**
   * Keys derived from each alias, computed once when the index is built (in the background)
   * so a page does not pay for them: first-token hashes in every spelling, a person's surname
   * keys, an organisation's word set. Parallel to the alias arrays; empty where not applicable.
   */
  derived: { firstHashes: number[][]; surnameKeys: string[][]; orgSets: string[] };
}

const CUE_LIMIT = 24;

function cueWords(entity: Entity): string[] {
  const texts = [...(entity.cues ?? []), ...(entity.roles ?? []).map((r) => r.title), entity.description ?? ''];
  const words = new Set<string>();
  for (const text of texts) {
    for (const token of tokenize(text)) {
      if (token.key.length > 2 && !NAME_STOPWORDS.has(token.key) && !token.digit) words.add(token.key);
      if (words.size >= CUE_LIMIT) return [...words];
    }
  }
  return [...words];
}

function aliasFlags(entity: Entity, alias: Entity['aliases'][number] | null, raw: string): number {
  let flags = 0;
  if (!alias) flags |= PRIMARY;
  if (alias?.caseSensitive) flags |= CASE_SENSITIVE;
  if (alias?.contextDependent) flags |= CONTEXT_DEPENDENT;
  if (alias?.kind === 'demonym') flags |= CONTEXT_ONLY;
  if (/^\p{Ll}/u.test(raw)) flags |= LOWER_START;
  return flags;
}

/** Compiles entities into the compact index. Deterministic for the same input. */
export function buildLinkerIndex(entities: readonly Entity[]): LinkerIndex {
  const position = new Map(entities.map((e, i) => [e.id, i]));
  const index: LinkerIndex = {
    version: LINKER_INDEX_VERSION,
    entities: [],
    aliasKeys: [],
    aliasRaw: [],
    aliasEntity: [],
    aliasFlags: [],
    derived: { firstHashes: [], surnameKeys: [], orgSets: [] },
  };
  entities.forEach((entity, i) => {
    index.entities.push({
      id: entity.id,
      name: entity.name,
      type: entity.type,
      ...(entity.country ? { country: entity.country.toUpperCase() } : {}),
      prominence: entity.prominence ?? 0,
      cues: cueWords(entity),
      related: (entity.relations ?? []).map((r) => position.get(r.target)).filter((n): n is number => n !== undefined),
    });
    const seen = new Map<string, number>();
    const names: [string, Entity['aliases'][number] | null][] = [[entity.name, null], ...entity.aliases.map((a) => [a.text, a] as [string, typeof a])];
    for (const [text, alias] of names) {
      const tokens = tokenize(text);
      if (tokens.length === 0) continue;
      const key = tokens.map((t) => t.key).join(' ');
      const raw = tokens.map((t) => t.raw).join(' ');
      const flags = aliasFlags(entity, alias, text);
      const dedupe = `${key}|${flags & CONTEXT_ONLY}`;
      const earlier = seen.get(dedupe);
      if (earlier !== undefined) {
        // The name listed again as an alias, with flags (a name that is also a common word): the
        // flags hold for the name. Another spelling that folds to the same key adds nothing.
        if (text === entity.name) {
          index.aliasFlags[earlier] = (index.aliasFlags[earlier] as number) | (flags & (CASE_SENSITIVE | CONTEXT_DEPENDENT));
          if (flags & CASE_SENSITIVE) index.aliasRaw[earlier] = raw;
        }
        continue;
      }
      seen.set(dedupe, index.aliasKeys.length);
      index.aliasKeys.push(key);
      index.aliasRaw.push(raw);
      index.aliasEntity.push(i);
      index.aliasFlags.push(flags);
    }
  });
  index.derived = deriveKeys(index);
  return index;
}

function deriveKeys(index: LinkerIndex): LinkerIndex['derived'] {
  const derived: LinkerIndex['derived'] = { firstHashes: [], surnameKeys: [], orgSets: [] };
  index.aliasKeys.forEach((key, alias) => {
    const entity = index.entities[index.aliasEntity[alias] as number] as IndexEntity;
    const words = key.split(' ');
    derived.firstHashes.push(firstTokenHashes(words[0] as string));
    derived.surnameKeys.push(entity.type === 'person' ? surnameKeysOf(words) : []);
    derived.orgSets.push(ORG_TYPES.has(entity.type) ? orgWordSet(words).set : '');
  });
  return derived;
}
