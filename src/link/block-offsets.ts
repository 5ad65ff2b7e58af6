/**
 * Ascending offsets (where each string of a column starts, each text's first word) kept in the
 * linker index file as a 32-bit base per block and a 16-bit offset within it: offset i is
 * `bases[i >>> shift] + deltas[i]`, 2 bytes an offset instead of 4 (string-column.ts, word-column.ts).
 */

/** The offsets' storage. */
export interface BlockOffsets {
  bases: Uint32Array;
  deltas: Uint16Array;
  /** One value: log2 of the offsets a block holds. */
  shift: Uint8Array;
}

/** Offsets a block holds at most, as a power of two: blocks of short strings fit 16-bit deltas. */
const MAX_SHIFT = 6;

/** Packs ascending offsets (build time) in the largest blocks that span under 64 K each (blocks of one offset always do). */
export function packOffsets(offsets: Uint32Array): BlockOffsets {
  let shift = MAX_SHIFT;
  while (shift > 0 && !blocksFit(offsets, shift)) shift--;
  const bases = new Uint32Array((Math.max(offsets.length - 1, 0) >>> shift) + 1);
  for (let k = 0; k < bases.length; k++) bases[k] = offsets[k << shift] ?? 0;
  const deltas = Uint16Array.from(offsets, (offset, i) => offset - (bases[i >>> shift] as number));
  return { bases, deltas, shift: Uint8Array.of(shift) };
}

function blocksFit(offsets: Uint32Array, shift: number): boolean {
  for (let i = 0; i < offsets.length; i++) if ((offsets[i] as number) - (offsets[(i >>> shift) << shift] as number) > 0xffff) return false;
  return true;
}

/** Offset `i` (NaN out of range): for a hot loop, the reader keeps the parts' arrays and inlines this. */
export function offsetAt({ bases, deltas, shift }: BlockOffsets, i: number): number {
  return (bases[i >>> (shift[0] as number)] as number) + (deltas[i] as number);
}

/** Whether the blocks match the offsets and the last offset is within `limit` (a file's check: index-binary.ts). */
export function offsetsFit({ bases, deltas, shift: [shift] }: BlockOffsets, limit: number): boolean {
  if (deltas.length === 0 || shift === undefined || shift > 16 || bases.length !== ((deltas.length - 1) >>> shift) + 1) return false;
  const last = deltas.length - 1;
  for (let k = 0; k < bases.length; k++) if ((bases[k] as number) > limit) return false;
  return (bases[last >>> shift] as number) + (deltas[last] as number) <= limit;
}
