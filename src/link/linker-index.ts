/**
 * The compact, serialisable form of the knowledge base that the linker needs, as columns: built
 * at build time, packed with its look-up tables (index-pack.ts) into the package as
 * kb/linker-index.bin (index-binary.ts) for the one linker Worker, so it holds keys and context,
 * never card prose.
 */
import { ENTITY_TYPES, type Entity, type EntityType } from '../kb/model.ts';
import { tokenize } from '../text/tokens.ts';
import { acronymCueWords } from './acronym-cues.ts';
import { CUE_FILLER, NAME_STOPWORDS } from './lexicon.ts';
import { leadingWords } from './first-token.ts';
import { surnameKeysOf } from './name-keys.ts';
import { ORG_TYPES, orgWordSet } from './org-words.ts';

export const LINKER_INDEX_VERSION = 11;

/** Alias flags, a bit each. */
export const CASE_SENSITIVE = 1;
export const CONTEXT_DEPENDENT = 2;
/** A demonym ("British"): evidence of a country in context, never marked itself. */
export const CONTEXT_ONLY = 4;
/** The entity's own name (as opposed to another alias). */
export const PRIMARY = 8;
/** Alias starts with a lower-case letter in its real spelling ("corona virus", "iPhone"), or may ("war in Donbas"). */
export const LOWER_START = 16;
/**
 * An alias of a bulk-layer entity (kb/bulk: open registries, low trust): it links by its exact
 * name only, never by a variant, a sound or a word set, and needs evidence of its own (resolve.ts).
 */
export const BULK = 32;

/** An entity as the linker sees it (made from the packed index's columns when a stage looks at it: entity-table.ts). */
export interface IndexEntity {
  id: string;
  name: string;
  type: EntityType;
  country?: string;
  prominence: number;
  /** Folded context words (KB cues, role titles, description words), space-joined. */
  cues: string;
  /** Indices of related entities in `entities`. */
  related: number[];
  /** Indices of the entities that name this one as related (the other way round). */
  relatedBy: number[];
}

/**
 * Entity fields as columns, parallel by entity number: a message of a few flat arrays parses
 * far faster in a page than ten thousand small objects.
 */
export interface EntityColumns {
  ids: string[];
  names: string[];
  /** Index into ENTITY_TYPES. */
  types: number[];
  /** ISO code or ''. */
  countries: string[];
  /** Hundredths. */
  prominence: number[];
  cues: string[];
  related: number[][];
}

export interface LinkerIndex {
  version: number;
  entities: EntityColumns;
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
  derived: {
    /**
     * Flat: a first-, second- and third-word hash (ONE_WORD where the alias has no such word) and
     * the alias they start, for every spelling of the three words (first-token.ts).
     */
    firstHashes: number[];
    firstHashSeconds: number[];
    firstHashThirds: number[];
    firstHashAlias: number[];
    /** A person alias's surname keys, space-joined, or ''. */
    surnameKeys: string[];
    orgSets: string[];
    /** Aliases written with punctuation between their words ("Washington, D.C."): only these match across a comma. */
    punctuated: number[];
  };
}

/**
 * Punctuation that ends a clause or encloses an aside: between two page words it separates names
 * ("In Moscow, Kremlin spokesman…" is not "Moscow Kremlin"), unless the alias itself is written
 * with it (`derived.punctuated`). The alias scan (exact.ts) tests page gaps with the same marks.
 */
export const CLAUSE_MARKS = /[,;:!?()[\]"“”«»|]/;

const CUE_LIMIT = 16;

function cueWords(entity: Entity): string[] {
  // A bulk card is a template ("Town in the United States; population …"): its words say nothing of this entity.
  const texts = [...(entity.cues ?? []), ...(entity.roles ?? []).map((r) => r.title), entity.layer === 'bulk' ? '' : entity.description ?? '', ...acronymCueWords(entity)];
  const words = new Set<string>();
  for (const text of texts) {
    for (const token of tokenize(text)) {
      if (token.key.length > 2 && !NAME_STOPWORDS.has(token.key) && !CUE_FILLER.has(token.key) && !token.digit) words.add(token.key);
      if (words.size >= CUE_LIMIT) return [...words];
    }
  }
  return [...words];
}

/** An event named by a noun phrase ("War in Donbas", "Siege of Mariupol"): running text writes it in lower case. */
const EVENT_PHRASE = /^\p{Lu}\p{Ll}+ (of|in|on) /u;

function aliasFlags(entity: Entity, alias: Entity['aliases'][number] | null, raw: string): number {
  let flags = 0;
  if (!alias) flags |= PRIMARY;
  if (alias?.caseSensitive) flags |= CASE_SENSITIVE;
  if (alias?.contextDependent) flags |= CONTEXT_DEPENDENT;
  if (alias?.kind === 'demonym') flags |= CONTEXT_ONLY;
  if (/^\p{Ll}/u.test(raw) || (entity.type === 'event' && EVENT_PHRASE.test(raw))) flags |= LOWER_START;
  if (entity.layer === 'bulk') flags |= BULK;
  return flags;
}

/** Compiles entities into the compact index. Deterministic for the same input. */
export function buildLinkerIndex(entities: readonly Entity[]): LinkerIndex {
  const position = new Map(entities.map((e, i) => [e.id, i]));
  const index: LinkerIndex = {
    version: LINKER_INDEX_VERSION,
    entities: { ids: [], names: [], types: [], countries: [], prominence: [], cues: [], related: [] },
    aliasKeys: [],
    aliasRaw: [],
    aliasEntity: [],
    aliasFlags: [],
    derived: { firstHashes: [], firstHashSeconds: [], firstHashThirds: [], firstHashAlias: [], surnameKeys: [], orgSets: [], punctuated: [] },
  };
  const punctuated: number[] = [];
  entities.forEach((entity, i) => {
    const columns = index.entities;
    columns.ids.push(entity.id);
    columns.names.push(entity.name);
    columns.types.push(Math.max(0, ENTITY_TYPES.indexOf(entity.type)));
    columns.countries.push(entity.country?.toUpperCase() ?? '');
    columns.prominence.push(Math.round((entity.prominence ?? 0) * 100));
    columns.cues.push(cueWords(entity).join(' '));
    columns.related.push((entity.relations ?? []).map((r) => position.get(r.target)).filter((n): n is number => n !== undefined));
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
      if (tokens.length > 1 && CLAUSE_MARKS.test(text)) punctuated.push(index.aliasKeys.length);
      seen.set(dedupe, index.aliasKeys.length);
      index.aliasKeys.push(key);
      index.aliasRaw.push(raw);
      index.aliasEntity.push(i);
      index.aliasFlags.push(flags);
    }
  });
  index.derived = { ...deriveKeys(index), punctuated };
  return index;
}

function deriveKeys(index: LinkerIndex): Omit<LinkerIndex['derived'], 'punctuated'> {
  const derived: Omit<LinkerIndex['derived'], 'punctuated'> = { firstHashes: [], firstHashSeconds: [], firstHashThirds: [], firstHashAlias: [], surnameKeys: [], orgSets: [] };
  index.aliasKeys.forEach((key, alias) => {
    const entity = { type: ENTITY_TYPES[index.entities.types[index.aliasEntity[alias] as number] as number] as EntityType };
    const exactOnly = ((index.aliasFlags[alias] as number) & BULK) !== 0;
    const words = key.split(' ');
    for (const [first, second, third] of leadingWords(words)) {
      derived.firstHashes.push(first);
      derived.firstHashSeconds.push(second);
      derived.firstHashThirds.push(third);
      derived.firstHashAlias.push(alias);
    }
    derived.surnameKeys.push(entity.type === 'person' && !exactOnly ? surnameKeysOf(words).join(' ') : '');
    derived.orgSets.push(ORG_TYPES.has(entity.type) && !exactOnly ? orgWordSet(words).set : '');
  });
  return derived;
}
