/**
 * The look-up tables of organisation names by word set (stage 3c, `org-names.ts`), built at build
 * time from the index's derived word sets into the index file and read in place.
 */
import { ENTITY_TYPES } from '../kb/model.ts';
import type { LinkerIndex } from './linker-index.ts';
import { stackedKeys, stackedLookup, type IndexLayer, type KeySet, type Lookup } from './layers.ts';
import { packPostings, type PostingParts } from './posting-table.ts';

/** Shortest word a one-letter slip may be forgiven in ("Comission"): shorter words collide. */
export const MIN_FUZZY_WORD = 6;

export interface OrgTable {
  bySet: Lookup<number>;
  /** Word sets of names that spell their own country, without it: matched only when the page names that country. */
  byBareSet: Lookup<number>;
  /** A name's word set less one long word → [entity, the word left out]: finds names with one misspelt word. */
  byLeaveOneOut: Lookup<[number, string]>;
  /** Folded single-word country names and demonyms → ISO code. */
  countryWords: { get(key: string): string | undefined; has(key: string): boolean };
  /** Every word of every organisation word set: tells "head quarters" it is one word, "headquarters". */
  vocabulary: KeySet;
}

/**
 * The packed tables: entity numbers by word set; by leave-one-out key, pairs of an entity and
 * the left-out word's entry in `vocabulary`; by country word, the country entity that names it.
 */
export interface OrgParts {
  bySet: PostingParts;
  byBareSet: PostingParts;
  byLeaveOneOut: PostingParts;
  countryWords: PostingParts;
  vocabulary: PostingParts;
}

function add(map: Map<string, number[]>, key: string, values: readonly number[], unique = false): void {
  const list = map.get(key);
  if (!list) map.set(key, [...values]);
  else if (!unique || !list.includes(values[0] as number)) list.push(...values);
}

/** Folded single-word names of countries → the country entity (the last alias wins). */
function countryWordsOf(index: LinkerIndex): Map<string, number> {
  const words = new Map<string, number>();
  index.aliasKeys.forEach((key, alias) => {
    const n = index.aliasEntity[alias] as number;
    if (ENTITY_TYPES[index.entities.types[n] as number] === 'country' && index.entities.countries[n] && !key.includes(' ')) words.set(key, n);
  });
  return words;
}

/** Packs the word-set tables of an index (build time). */
export function packOrgTable(index: LinkerIndex): OrgParts {
  const countryEntities = countryWordsOf(index);
  const country = (word: string): string | undefined => index.entities.countries[countryEntities.get(word) ?? -1];
  const bySet = new Map<string, number[]>();
  const byBareSet = new Map<string, number[]>();
  const byLeaveOneOut = new Map<string, number[]>();
  const vocabulary = new Map<string, number>();
  index.derived.orgSets.forEach((set, alias) => {
    if (!set) return;
    const entity = index.aliasEntity[alias] as number;
    const setWords = set.split(' ');
    if (setWords.length >= 2) {
      add(bySet, set, [entity], true);
      for (const word of setWords) {
        if (!vocabulary.has(word)) vocabulary.set(word, vocabulary.size);
        if (word.length >= MIN_FUZZY_WORD) add(byLeaveOneOut, setWords.filter((w) => w !== word).join(' '), [entity, vocabulary.get(word) as number]);
      }
    }
    // A name that spells its own country ("Security Service of Ukraine", "Russian Foreign
    // Ministry") is also indexed without it, so "the Ukrainian Security Service" meets it.
    const own = index.entities.countries[entity];
    const bare = own ? setWords.filter((w) => country(w) !== own) : setWords;
    if (bare.length < setWords.length && bare.length >= 2) add(byBareSet, bare.join(' '), [entity], true);
  });
  return {
    bySet: packPostings(bySet),
    byBareSet: packPostings(byBareSet),
    byLeaveOneOut: packPostings(byLeaveOneOut),
    countryWords: packPostings(new Map([...countryEntities].map(([word, n]) => [word, [n]]))),
    vocabulary: packPostings(new Map([...vocabulary.keys()].map((word) => [word, []]))),
  };
}

/** The word-set tables over every layer. */
export function orgTableOf(layers: readonly IndexLayer[]): OrgTable {
  const entity = (layer: IndexLayer, values: Int32Array, i: number): number => layer.entityShift + (values[i] as number);
  const countryOf = (key: string): string | undefined => {
    // The last layer naming the word wins, as the last alias did when the tables were one.
    for (let l = layers.length - 1; l >= 0; l--) {
      const { index } = layers[l] as IndexLayer;
      const n = index.orgs.countryWords.get(key)?.[0];
      if (n !== undefined) return index.country(n);
    }
    return undefined;
  };
  return {
    bySet: stackedLookup(layers, (index) => index.orgs.bySet, entity),
    byBareSet: stackedLookup(layers, (index) => index.orgs.byBareSet, entity),
    byLeaveOneOut: stackedLookup(layers, (index) => index.orgs.byLeaveOneOut, (layer, values, i) => [entity(layer, values, i), layer.index.orgs.vocabulary.keyOf(values[i + 1] as number)], 2),
    countryWords: { get: countryOf, has: (key) => countryOf(key) !== undefined },
    vocabulary: stackedKeys(layers, (index) => index.orgs.vocabulary),
  };
}
