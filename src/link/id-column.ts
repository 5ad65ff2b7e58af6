/**
 * Entity ids in the linker index file: most are a source prefix and a number ("wd:Q12345",
 * "geonames:2643743"), kept as a one-byte prefix tag and a 32-bit number instead of a string
 * and its offset (at 417,000 entities: 9.2 MB as strings, 4 MB this way). Ids of any other shape,
 * and those of prefixes past the 255 commonest, are kept as strings.
 */
import { packStrings, StringColumn, type StringColumnParts } from './string-column.ts';

/** The column's storage. */
export interface IdColumnParts {
  /** 1 + index into `prefixes`, or 0: the id is `others[numbers[i]]`. */
  tags: Uint8Array;
  numbers: Uint32Array;
  prefixes: StringColumnParts;
  others: StringColumnParts;
}

/** A prefix and a number written without leading zeros (only such ids read back the same). */
const NUMBERED = /^(.*?)(0|[1-9]\d{0,9})$/;

function split(id: string): [prefix: string, number: number] | null {
  const m = NUMBERED.exec(id);
  if (!m) return null;
  const number = Number(m[2]);
  return number <= 0xffffffff ? [m[1] as string, number] : null;
}

/** Packs ids (build time). */
export function packIds(ids: readonly string[]): IdColumnParts {
  const splits = ids.map(split);
  const counts = new Map<string, number>();
  for (const s of splits) if (s) counts.set(s[0], (counts.get(s[0]) ?? 0) + 1);
  const prefixes = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, 255).map(([prefix]) => prefix);
  const tagOf = new Map(prefixes.map((prefix, i) => [prefix, i + 1]));
  const tags = new Uint8Array(ids.length);
  const numbers = new Uint32Array(ids.length);
  const others: string[] = [];
  splits.forEach((s, i) => {
    const tag = s ? tagOf.get(s[0]) : undefined;
    if (s && tag) {
      tags[i] = tag;
      numbers[i] = s[1];
    } else {
      numbers[i] = others.length;
      others.push(ids[i] as string);
    }
  });
  return { tags, numbers, prefixes: packStrings(prefixes), others: packStrings(others) };
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
    return (this.prefixCache[tag - 1] ??= this.prefixes.get(tag - 1)) + String(number);
  }
}
