/**
 * The linker index as the linker reads it: typed arrays and string columns that are views into
 * the index file (index-binary.ts), never decoded as a whole. Strings are decoded when a stage
 * asks for one; an entity becomes an object only when a stage looks at it (entity-table.ts).
 */
import { ENTITY_TYPES, type EntityType } from '../kb/model.ts';
import type { CodeParts } from './code-names.ts';
import { IdColumn, type IdColumnParts } from './id-column.ts';
import type { NearParts } from './near-table.ts';
import type { OrgParts } from './org-table.ts';
import type { PersonParts } from './person-table.ts';
import { PRIMARY } from './linker-index.ts';
import { PostingTable, type PostingParts } from './posting-table.ts';
import { StringColumn, type StringColumnParts } from './string-column.ts';
import { WordColumn, type WordColumnParts } from './word-column.ts';

/** Everything the file holds, section by section. */
export interface PackedParts {
  entities: {
    /** Prefix tag and number, or a string (id-column.ts). */
    ids: IdColumnParts;
    /** '' where the name is the raw text of the entity's primary alias (its first). */
    names: StringColumnParts;
    /** Folded context words (cues, role titles, description words), space-joined, as word numbers (word-column.ts). */
    cues: WordColumnParts;
    /** Index into ENTITY_TYPES. */
    types: Uint8Array;
    /** Hundredths. */
    prominence: Uint8Array;
    /** 1 + index into `countryCodes`, or 0. */
    countries: Uint16Array;
    countryCodes: StringColumnParts;
    /** Related entities by entity number, each way (few entities have any). */
    related: PostingParts;
    relatedBy: PostingParts;
  };
  aliases: {
    /** Raw (case-kept) tokens of each alias, space-joined. */
    raw: StringColumnParts;
    /** Folded keys of the few aliases whose key is not their raw text in lower case, by alias (`keyException`). */
    keyExceptions: StringColumnParts;
    keyException: PostingParts;
    entity: Int32Array;
    flags: Uint8Array;
    /** Aliases written with punctuation between their words: only these match across a comma. */
    punctuated: Int32Array;
    /** First-word hash, in every spelling a page may use → aliases, ordered by second- and third-word hash (first-token.ts). */
    byFirstToken: PostingParts;
    /** The second-word hash of each of `byFirstToken`'s values (ONE_WORD for a one-word alias). */
    firstTokenSeconds: Int32Array;
    /** The third-word hash of each of `byFirstToken`'s values (ONE_WORD for an alias of two words or fewer). */
    firstTokenThirds: Int32Array;
  };
  people: PersonParts;
  orgs: OrgParts;
  codes: CodeParts;
  /** Prominent names by the sound of their first word, for garbled spellings (near-table.ts). */
  near: NearParts;
}

const NONE = new Int32Array(0);

/** Split alias keys kept per index (bounded): most aliases never occur on a page, a few on every one. */
const MAX_CACHED_ALIASES = 20_000;

/** A packed index, read in place. */
export class PackedIndex {
  readonly entityCount: number;
  readonly aliasCount: number;
  readonly aliasEntity: Int32Array;
  readonly aliasFlags: Uint8Array;
  /** Parallel to `byFirstToken`'s values: each listed alias's second-word hash. */
  readonly firstTokenSeconds: Int32Array;
  /** Parallel to `byFirstToken`'s values: each listed alias's third-word hash. */
  readonly firstTokenThirds: Int32Array;
  readonly byFirstToken: PostingTable;
  readonly people: { [K in keyof PersonParts]: PostingTable };
  readonly orgs: { [K in keyof OrgParts]: PostingTable };
  readonly codes: { [K in keyof CodeParts]: PostingTable };
  readonly near: { [K in keyof NearParts]: PostingTable };
  /** Ascending alias numbers, searched in place: as a Set they took 1.3 MB of heap at the full KB. */
  private readonly punctuated: Int32Array;
  private readonly strings: Record<'names' | 'countryCodes' | 'raw' | 'keyExceptions', StringColumn>;
  private readonly ids: IdColumn;
  private readonly cueColumn: WordColumn;
  private readonly keyException: PostingTable;
  private readonly relatedTable: PostingTable;
  private readonly relatedByTable: PostingTable;
  private readonly keyCache = new Map<number, string[]>();
  private readonly countryCodes: (string | undefined)[] = [];
  private readonly rawCache = new Map<number, string[]>();

  constructor(readonly parts: PackedParts) {
    const { entities: e, aliases: a } = parts;
    this.entityCount = e.types.length;
    this.aliasCount = a.entity.length;
    this.aliasEntity = a.entity;
    this.aliasFlags = a.flags;
    this.firstTokenSeconds = a.firstTokenSeconds;
    this.firstTokenThirds = a.firstTokenThirds;
    this.byFirstToken = new PostingTable(a.byFirstToken);
    this.keyException = new PostingTable(a.keyException);
    this.punctuated = a.punctuated;
    this.relatedTable = new PostingTable(e.related);
    this.relatedByTable = new PostingTable(e.relatedBy);
    const tables = <T extends object>(group: T): { [K in keyof T]: PostingTable } =>
      Object.fromEntries(Object.entries(group).map(([name, table]) => [name, new PostingTable(table as PostingParts)])) as { [K in keyof T]: PostingTable };
    this.people = tables(parts.people);
    this.orgs = tables(parts.orgs);
    this.codes = tables(parts.codes);
    this.near = tables(parts.near);
    this.ids = new IdColumn(e.ids);
    this.cueColumn = new WordColumn(e.cues);
    this.strings = {
      names: new StringColumn(e.names), countryCodes: new StringColumn(e.countryCodes),
      raw: new StringColumn(a.raw), keyExceptions: new StringColumn(a.keyExceptions),
    };
  }

  /** The folded key of an alias, space-joined. */
  aliasKey(alias: number): string {
    const exception = this.keyException.get(alias);
    return exception ? this.strings.keyExceptions.get(exception[0] as number) : this.strings.raw.get(alias).toLowerCase();
  }

  /** The folded words of an alias. */
  aliasKeys(alias: number): string[] {
    return cached(this.keyCache, alias, () => this.aliasKey(alias).split(' '));
  }

  /** The raw (case-kept) words of an alias. */
  aliasRaw(alias: number): string[] {
    return cached(this.rawCache, alias, () => this.strings.raw.get(alias).split(' '));
  }

  /** Whether two aliases have the same raw text, compared as bytes without decoding. */
  sameRaw(a: number, b: number): boolean {
    return this.strings.raw.same(a, b);
  }

  isPunctuated(alias: number): boolean {
    return this.punctuated[lowerBound(this.punctuated, alias)] === alias;
  }

  id(n: number): string {
    return this.ids.get(n);
  }

  /** The entity's name: stored only where it is not its primary alias's raw text (index-pack.ts). */
  name(n: number): string {
    const stored = this.strings.names.get(n);
    if (stored !== '') return stored;
    const alias = this.firstAliasOf(n);
    return alias >= 0 && (this.aliasFlags[alias] as number) & PRIMARY ? this.strings.raw.get(alias) : '';
  }

  /** The first alias of entity `n`, or -1: aliases are numbered entity by entity, its name first (linker-index.ts). */
  private firstAliasOf(n: number): number {
    const at = lowerBound(this.aliasEntity, n);
    return this.aliasEntity[at] === n ? at : -1;
  }

  cues(n: number): string {
    return this.cueColumn.get(n);
  }

  type(n: number): EntityType {
    return ENTITY_TYPES[this.parts.entities.types[n] as number] as EntityType;
  }

  /** ISO code, or ''. */
  country(n: number): string {
    const code = this.parts.entities.countries[n] as number;
    if (code === 0) return '';
    // A few hundred codes, asked for on every candidate: decoded once each.
    return (this.countryCodes[code - 1] ??= this.strings.countryCodes.get(code - 1));
  }

  prominence(n: number): number {
    return (this.parts.entities.prominence[n] as number) / 100;
  }

  related(n: number): Int32Array {
    return this.relatedTable.get(n) ?? NONE;
  }

  relatedBy(n: number): Int32Array {
    return this.relatedByTable.get(n) ?? NONE;
  }
}

/** The first position in ascending `values` whose value is not below `value`. */
function lowerBound(values: Int32Array, value: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((values[mid] as number) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function cached(cache: Map<number, string[]>, alias: number, make: () => string[]): string[] {
  let words = cache.get(alias);
  if (!words) {
    if (cache.size >= MAX_CACHED_ALIASES) cache.clear();
    words = make();
    cache.set(alias, words);
  }
  return words;
}
