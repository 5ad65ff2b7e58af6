/**
 * A map from keys to lists of integers, built at build time into typed arrays that the linker
 * reads in place from its index file: open addressing over the keys' 30-bit hashes, each key's
 * list stored back to back with the others (a posting list). Integer keys (word hashes) are
 * their own hash; string keys are hashed as page words are (`hashWord`) and checked against
 * the stored key, so two keys sharing a hash never share a list.
 */
import { hashWord } from '../text/tokens.ts';
import { packStrings, StringColumn, type StringColumnParts } from './string-column.ts';

/** The table's storage. */
export interface PostingParts {
  /** Open-addressing slots: an entry number, or -1. */
  slots: Int32Array;
  /** Each entry's hash (its key, for integer keys). */
  hashes: Int32Array;
  /** Entry i's values are `values[starts[i], starts[i + 1])`. */
  starts: Int32Array;
  values: Int32Array;
  /** The entries' keys, for a string-keyed table (none for integer keys). */
  keys: StringColumnParts;
}

const slotOf = (hash: number, mask: number): number => (Math.imul(hash, 0x9e3779b1) >>> 0) & mask;

/** Packs a map (build time); each key's list keeps its order, entries the map's order. */
export function packPostings(map: ReadonlyMap<number, readonly number[]> | ReadonlyMap<string, readonly number[]>): PostingParts {
  const entries = [...map.entries()] as [number | string, readonly number[]][];
  let size = 16;
  while (size < entries.length * 2) size <<= 1;
  const slots = new Int32Array(size).fill(-1);
  const hashes = new Int32Array(entries.length);
  const starts = new Int32Array(entries.length + 1);
  entries.forEach(([key, list], i) => {
    const hash = typeof key === 'string' ? hashWord(key) : key;
    hashes[i] = hash;
    starts[i + 1] = (starts[i] as number) + list.length;
    let slot = slotOf(hash, size - 1);
    while (slots[slot] !== -1) slot = (slot + 1) & (size - 1);
    slots[slot] = i;
  });
  const values = Int32Array.from(entries.flatMap(([, list]) => list));
  const keys = packStrings(entries.flatMap(([key]) => (typeof key === 'string' ? [key] : [])));
  return { slots, hashes, starts, values, keys };
}

/** A packed table, read in place. */
export class PostingTable {
  private readonly mask: number;
  private readonly keys: StringColumn;
  /** Entry i's values are `values[starts[i], starts[i + 1])`: for a hot loop that reads a list without a view (`entryOf`). */
  readonly starts: Int32Array;
  readonly values: Int32Array;

  constructor(private readonly parts: PostingParts) {
    this.mask = parts.slots.length - 1;
    this.keys = new StringColumn(parts.keys);
    this.starts = parts.starts;
    this.values = parts.values;
  }

  /** Number of keys. */
  get size(): number {
    return this.parts.hashes.length;
  }

  /** The entry number of `key`, or -1. */
  entryOf(key: number | string): number {
    const { slots, hashes } = this.parts;
    const hash = typeof key === 'string' ? hashWord(key) : key;
    for (let slot = slotOf(hash, this.mask); ; slot = (slot + 1) & this.mask) {
      const entry = slots[slot] as number;
      if (entry === -1) return -1;
      if (hashes[entry] !== hash) continue;
      if (typeof key !== 'string' || this.keys.equals(entry, key)) return entry;
    }
  }

  /** The values under `key`, as a view (null when absent). */
  get(key: number | string): Int32Array | null {
    const entry = this.entryOf(key);
    if (entry < 0) return null;
    return this.parts.values.subarray(this.parts.starts[entry] as number, this.parts.starts[entry + 1] as number);
  }

  /** Whether `key` is in the table. */
  has(key: number | string): boolean {
    return this.entryOf(key) >= 0;
  }

  /** The key of entry `entry` (string-keyed tables). */
  keyOf(entry: number): string {
    return this.keys.get(entry);
  }
}
