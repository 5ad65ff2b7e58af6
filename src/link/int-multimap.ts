/**
 * A compact, fast map from 30-bit integer keys to lists of integers: open addressing over
 * typed arrays, lists stored back to back. Looking up every word of a page in a JS Map cost
 * more than reading the page; this is a few nanoseconds and a few bytes per entry.
 */
export class IntMultiMap {
  private readonly keys: Int32Array;
  private readonly firsts: Int32Array;
  private readonly counts: Int32Array;
  private readonly values: Int32Array;
  private readonly mask: number;

  /** Builds the map from parallel arrays of keys and values (a key may repeat). */
  constructor(pairKeys: ArrayLike<number>, pairValues: ArrayLike<number>) {
    let size = 16;
    while (size < pairKeys.length * 2) size <<= 1;
    this.mask = size - 1;
    this.keys = new Int32Array(size).fill(-1);
    this.firsts = new Int32Array(size);
    this.counts = new Int32Array(size);
    const slots = new Int32Array(pairKeys.length);
    for (let i = 0; i < pairKeys.length; i++) {
      const slot = this.slotFor(pairKeys[i] as number, true);
      slots[i] = slot;
      this.counts[slot] = (this.counts[slot] as number) + 1;
    }
    let offset = 0;
    for (let s = 0; s < size; s++) {
      this.firsts[s] = offset;
      offset += this.counts[s] as number;
      this.counts[s] = 0;
    }
    this.values = new Int32Array(pairKeys.length);
    for (let i = 0; i < pairKeys.length; i++) {
      const slot = slots[i] as number;
      this.values[(this.firsts[slot] as number) + (this.counts[slot] as number)] = pairValues[i] as number;
      this.counts[slot] = (this.counts[slot] as number) + 1;
    }
  }

  private slotFor(key: number, insert: boolean): number {
    let slot = Math.imul(key, 0x9e3779b1) >>> 0 & this.mask;
    for (;;) {
      const k = this.keys[slot] as number;
      if (k === key) return slot;
      if (k === -1) {
        if (!insert) return -1;
        this.keys[slot] = key;
        return slot;
      }
      slot = (slot + 1) & this.mask;
    }
  }

  /** The values under `key`, as a view (empty when absent). */
  get(key: number): Int32Array | null {
    const slot = this.slotFor(key, false);
    if (slot < 0) return null;
    const first = this.firsts[slot] as number;
    return this.values.subarray(first, first + (this.counts[slot] as number));
  }

  /** Whether `key` has values, without making a view. */
  has(key: number): boolean {
    return this.slotFor(key, false) >= 0;
  }
}
