/**
 * The look-up table of near names (stage 3d, `near-names.ts`): the names of prominent bodies and
 * places, curated or bulk, by the sound of their first word, so a garbled spelling of that word
 * ("Folkswagen", "Volfsburg", "Mersedes-Benz") finds them. Built at build time into the index
 * file; only entities above a prominence bar are in it, so it stays small (a few thousand names).
 */
import { ENTITY_TYPES } from '../kb/model.ts';
import { CASE_SENSITIVE, CONTEXT_ONLY, type LinkerIndex } from './linker-index.ts';
import { stackedLookup, type IndexLayer, type Lookup } from './layers.ts';
import { phoneticKey, romanKey } from './name-keys.ts';
import { packPostings, type PostingParts } from './posting-table.ts';
import { WEIGHTS as W } from './weights.ts';

/** Shortest first word a garble is looked for in: shorter words are one slip from many others. */
export const MIN_NEAR_LETTERS = 6;
/** Longest name (in words) the table holds: a garble is in one word, the rest must be as known. */
const MAX_WORDS = 3;

/** A known name that a garbled page word may stand for. */
export interface NearName {
  entity: number;
  /** The alias number in its layer, and the layer's alias flags for it. */
  flags: number;
  /** Folded words of the name. */
  words: readonly string[];
}

export interface NearTable {
  /** By the sound key of a name's first word (`nearKey`). */
  byKey: Lookup<NearName>;
}

/** The packed table: alias numbers by the sound key of their first word. */
export interface NearParts {
  byKey: PostingParts;
}

/**
 * Key under which spellings of one word meet: the sound (Double Metaphone) of its romanisation
 * key, so w and v, doubled letters, c and k, ei and ai fall together (Volfsburg, Wolfsburg).
 */
export function nearKey(word: string): string {
  return phoneticKey(romanKey(word));
}

/** Whether an alias goes into the table: a prominent body's or place's name (people have their own tables), no acronym or demonym. */
function eligible(index: LinkerIndex, alias: number): boolean {
  const flags = index.aliasFlags[alias] as number;
  if (flags & (CASE_SENSITIVE | CONTEXT_ONLY)) return false;
  const entity = index.aliasEntity[alias] as number;
  if ((index.entities.prominence[entity] as number) < W.nearNameProminence * 100) return false;
  if (ENTITY_TYPES[index.entities.types[entity] as number] === 'person') return false;
  const words = (index.aliasKeys[alias] as string).split(' ');
  return words.length <= MAX_WORDS && /^[a-z]+$/.test(words[0] as string) && (words[0] as string).length >= MIN_NEAR_LETTERS;
}

/** Packs the near-name table of an index (build time). */
export function packNearTable(index: LinkerIndex): NearParts {
  const byKey = new Map<string, number[]>();
  index.aliasKeys.forEach((key, alias) => {
    if (!eligible(index, alias)) return;
    const sound = nearKey(key.split(' ')[0] as string);
    const list = byKey.get(sound);
    if (list) list.push(alias);
    else byKey.set(sound, [alias]);
  });
  return { byKey: packPostings(byKey) };
}

/** The near-name table over every layer. */
export function nearTableOf(layers: readonly IndexLayer[]): NearTable {
  return {
    byKey: stackedLookup(layers, (index) => index.near.byKey, (layer, values, i) => {
      const alias = values[i] as number;
      return { entity: layer.entityShift + (layer.index.aliasEntity[alias] as number), flags: layer.index.aliasFlags[alias] as number, words: layer.index.aliasKeys(alias) };
    }),
  };
}
