/**
 * Entity ids in the linker index file: most are a source prefix and a number ("wd:Q12345",
 * "geonames:2643743"), kept as a one-byte prefix tag and a 32-bit number instead of a string
 * and its offset (at 417,000 entities: 9.2 MB as strings, 5.5 MB this way). Ids of any other
 * shape ("ror:05x2bcf33", "fdb:acme-corp-us") are kept as strings, without their namespace
 * ("ror:") where it is one of the commonest.
 */
import { packStrings, StringColumn, type StringColumnParts } from './string-column.ts';

/** The column's storage. */
export interface IdColumnParts {
  /** 1 + index into `prefixes`, or 0: the id is `others[numbers[i]]`. */
  tags: Uint8Array;
  numbers: Uint32Array;
  /** Number prefixes ("wd:Q") and namespaces ("ror:"), one a tag. */
  prefixes: StringColumnParts;
  /** 1 for each prefix that is a namespace: its ids are it and `others[numbers[i]]`. */
  namespaces: Uint8Array;
  others: StringColumnParts;
}

/** A prefix and a number written without leading zeros (only such ids read back the same). */
const NUMBERED = /^(.*?)(0|[1-9]\d{0,9})$/;

/** Namespaces given a tag at most; the rest of the 255 tags go to number prefixes. */
const MAX_NAMESPACES = 64;

const namespaceOf = (id: string): string | undefined => /^[^:]+:/.exec(id)?.[0];

/** The keys by count, commonest first (ties by key, so the packing is deterministic). */
function commonest(keys: Iterable<string | undefined>, limit: number): string[] {
  const counts = new Map<string, number>();
  for (const key of keys) if (key !== undefined) counts.set(key, (counts.get(key) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, limit).map(([key]) => key);
}

function split(id: string): [prefix: string, number: number] | null {
  const m = NUMBERED.exec(id);
  if (!m) return null;
  const number = Number(m[2]);
  return number <= 0xffffffff ? [m[1] as string, number] : null;
}

/** Packs ids (build time). */
export function packIds(ids: readonly string[]): IdColumnParts {
  const splits = ids.map(split);
  const namespaces = commonest(ids.map(namespaceOf), MAX_NAMESPACES);
  const numbered = commonest(splits.map((s) => s?.[0]), 255 - namespaces.length);
  const tagOf = new Map(numbered.map((prefix, i) => [prefix, i + 1]));
  const namespaceTag = new Map(namespaces.map((namespace, i) => [namespace, numbered.length + i + 1]));
  const tags = new Uint8Array(ids.length);
  const numbers = new Uint32Array(ids.length);
  const others: string[] = [];
  ids.forEach((id, i) => {
    const s = splits[i];
    const tag = s ? tagOf.get(s[0]) : undefined;
    if (s && tag) {
      tags[i] = tag;
      numbers[i] = s[1];
      return;
    }
    const namespace = namespaceOf(id);
    tags[i] = (namespace && namespaceTag.get(namespace)) || 0;
    numbers[i] = others.length;
    others.push(tags[i] ? id.slice((namespace as string).length) : id);
  });
  const kinds = Uint8Array.from([...numbered.map(() => 0), ...namespaces.map(() => 1)]);
  return { tags, numbers, prefixes: packStrings([...numbered, ...namespaces]), namespaces: kinds, others: packStrings(others) };
}

/** The ids of a packed column, made one at a time. */
export class IdColumn {
  private readonly prefixes: StringColumn;
  private readonly others: StringColumn;
  /** A few hundred prefixes at most, decoded once each. */
  private readonly prefixCache: (string | undefined)[] = [];

  constructor(private readonly parts: IdColumnParts) {
    this.prefixes = new StringColumn(parts.prefixes);
    this.others = new StringColumn(parts.others);
  }

  /** Id `i` ('' out of range). */
  get(i: number): string {
    const tag = this.parts.tags[i];
    const number = this.parts.numbers[i];
    if (tag === undefined || number === undefined) return '';
    if (tag === 0) return this.others.get(number);
    const prefix = (this.prefixCache[tag - 1] ??= this.prefixes.get(tag - 1));
    return prefix + (this.parts.namespaces[tag - 1] ? this.others.get(number) : String(number));
  }
}
