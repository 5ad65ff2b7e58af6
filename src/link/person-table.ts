/**
 * The look-up tables of KB people's names (stages 3a and 5: person-names.ts, coreference.ts),
 * built at build time into the index file as posting tables of alias numbers and read in place.
 */
import type { LinkerIndex } from './linker-index.ts';
import { stackedKeys, stackedLookup, type IndexLayer, type KeySet, type Lookup } from './layers.ts';
import { packPostings, type PostingParts } from './posting-table.ts';

export interface PersonName {
  entity: number;
  given: string;
  surname: string;
}

export interface PersonTable {
  /** By surname key (`t:` transliteration, `p:` sound: name-keys.ts). */
  bySurnameKey: Lookup<PersonName>;
  /** By folded given name: finds "Olaf Scholtz", whose surname is one letter off Scholz but shares no key. */
  byGiven: Lookup<PersonName>;
  /** Every folded given name a KB person has: tells a full name on the page from two capitalised words. */
  givenNames: KeySet;
  /** Every folded surname a KB person has: "Jordan Dunn", "Israel Katz" are people, not places. */
  surnames: KeySet;
}

/** The packed person tables: alias numbers under each key (the sets hold no values). */
export interface PersonParts {
  bySurnameKey: PostingParts;
  byGiven: PostingParts;
  givenNames: PostingParts;
  surnames: PostingParts;
}

function push<K>(map: Map<K, number[]>, key: K, value: number): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Packs the person tables of an index (build time), from each person alias's surname keys. */
export function packPersonTable(index: LinkerIndex): PersonParts {
  const bySurnameKey = new Map<string, number[]>();
  const byGiven = new Map<string, number[]>();
  const givenNames = new Map<string, number[]>();
  const surnames = new Map<string, number[]>();
  index.derived.surnameKeys.forEach((joined, alias) => {
    if (!joined) return;
    const parts = (index.aliasKeys[alias] as string).split(' ');
    const given = parts[0] as string;
    if (!givenNames.has(given)) givenNames.set(given, []);
    const surname = parts[parts.length - 1] as string;
    if (!surnames.has(surname)) surnames.set(surname, []);
    push(byGiven, given, alias);
    for (const key of joined.split(' ')) push(bySurnameKey, key, alias);
  });
  return { bySurnameKey: packPostings(bySurnameKey), byGiven: packPostings(byGiven), givenNames: packPostings(givenNames), surnames: packPostings(surnames) };
}

/** Names already made, by global alias number: the same name is the same object (stages dedupe by it). */
const MAX_NAMES = 10_000;

/** The person tables over every layer. */
export function personTableOf(layers: readonly IndexLayer[]): PersonTable {
  const names = new Map<number, PersonName>();
  const nameOf = (layer: IndexLayer, values: Int32Array, i: number): PersonName => {
    const alias = values[i] as number;
    const id = layer.aliasShift + alias;
    let name = names.get(id);
    if (!name) {
      if (names.size >= MAX_NAMES) names.clear();
      const parts = layer.index.aliasKeys(alias);
      name = { entity: layer.entityShift + (layer.index.aliasEntity[alias] as number), given: parts[0] as string, surname: parts[parts.length - 1] as string };
      names.set(id, name);
    }
    return name;
  };
  return {
    bySurnameKey: stackedLookup(layers, (index) => index.people.bySurnameKey, nameOf),
    byGiven: stackedLookup(layers, (index) => index.people.byGiven, nameOf),
    givenNames: stackedKeys(layers, (index) => index.people.givenNames),
    surnames: stackedKeys(layers, (index) => index.people.surnames),
  };
}
