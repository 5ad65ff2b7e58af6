/**
 * The look-up tables of organisation names by word set (stage 3c, `org-names.ts`), built once per
 * linker from the index's derived word sets.
 */
import { ENTITY_TYPES } from '../kb/model.ts';
import type { LinkerIndex } from './linker-index.ts';
import { buildNow, yieldsAt, type Build } from './stepwise.ts';

/** Shortest word a one-letter slip may be forgiven in ("Comission"): shorter words collide. */
export const MIN_FUZZY_WORD = 6;

export interface OrgTable {
  bySet: Map<string, number[]>;
  /** Word sets of names that spell their own country, without it: matched only when the page names that country. */
  byBareSet: Map<string, number[]>;
  /** A name's word set less one long word → [entity, the word left out]: finds names with one misspelt word. */
  byLeaveOneOut: Map<string, [number, string][]>;
  /** Folded single-word country names and demonyms → ISO code. */
  countryWords: Map<string, string>;
  /** Every word of every organisation word set: tells "head quarters" it is one word, "headquarters". */
  vocabulary: Set<string>;
}

function add<V>(map: Map<string, V[]>, key: string, value: V, unique = false): void {
  const list = map.get(key);
  if (!list) map.set(key, [value]);
  else if (!unique || !list.includes(value)) list.push(value);
}

function* countryWordsOf(index: LinkerIndex): Build<Map<string, string>> {
  const words = new Map<string, string>();
  for (let alias = 0; alias < index.aliasKeys.length; alias++) {
    if (yieldsAt(alias)) yield;
    const key = index.aliasKeys[alias] as string;
    const n = index.aliasEntity[alias] as number;
    const country = index.entities.countries[n];
    if (ENTITY_TYPES[index.entities.types[n] as number] === 'country' && country && !key.includes(' ')) words.set(key, country);
  }
  return words;
}

/** Indexes one word set under itself and its leave-one-out keys. */
function addSet(table: OrgTable, entity: number, setWords: readonly string[]): void {
  if (setWords.length < 2) return;
  add(table.bySet, setWords.join(' '), entity, true);
  for (const word of setWords) {
    table.vocabulary.add(word);
    if (word.length < MIN_FUZZY_WORD) continue;
    add(table.byLeaveOneOut, setWords.filter((w) => w !== word).join(' '), [entity, word] as [number, string]);
  }
}

/** Builds the word-set tables from the index (once per linker), a few hundred aliases per step. */
export function* orgTableBuild(index: LinkerIndex): Build<OrgTable> {
  const countryWords = yield* countryWordsOf(index);
  const table: OrgTable = { bySet: new Map(), byBareSet: new Map(), byLeaveOneOut: new Map(), countryWords, vocabulary: new Set() };
  for (let alias = 0; alias < index.aliasKeys.length; alias++) {
    if (yieldsAt(alias)) yield;
    const set = index.derived.orgSets[alias];
    if (!set) continue;
    const entity = index.aliasEntity[alias] as number;
    const setWords = set.split(' ');
    addSet(table, entity, setWords);
    // A name that spells its own country ("Security Service of Ukraine", "Russian Foreign
    // Ministry") is also indexed without it, so "the Ukrainian Security Service" meets it.
    const own = index.entities.countries[entity];
    const bare = own ? setWords.filter((w) => table.countryWords.get(w) !== own) : setWords;
    if (bare.length < setWords.length && bare.length >= 2) add(table.byBareSet, bare.join(' '), entity, true);
  }
  return table;
}

/** The word-set tables, built at once. */
export const buildOrgTable = (index: LinkerIndex): OrgTable => buildNow(orgTableBuild(index));
