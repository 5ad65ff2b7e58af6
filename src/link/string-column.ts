/**
 * A column of strings kept as one run of UTF-8 and an offset per string, read in place from the
 * linker index file: a string is decoded only when a stage asks for it, so the hundreds of
 * thousands of names a page never mentions cost bytes, not JS strings.
 */
import { packOffsets, type BlockOffsets } from './block-offsets.ts';

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/**
 * The column's storage: string i is `bytes[offset(i), offset(i + 1))`, the offsets kept in
 * blocks (block-offsets.ts: the alias texts' take 1.2 MB less at the full KB). One more offset
 * than strings: the last ends the last string.
 */
export interface StringColumnParts extends BlockOffsets {
  bytes: Uint8Array;
}

/** Number of strings in a packed column. */
export function stringCount(parts: StringColumnParts): number {
  return parts.deltas.length - 1;
}

/** Packs strings into one byte run and offsets (build time). */
export function packStrings(strings: readonly string[]): StringColumnParts {
  const encoded = strings.map((s) => encoder.encode(s));
  const offsets = new Uint32Array(strings.length + 1);
  let size = 0;
  encoded.forEach((bytes, i) => {
    size += bytes.length;
    offsets[i + 1] = size;
  });
  const bytes = new Uint8Array(size);
  encoded.forEach((part, i) => bytes.set(part, offsets[i] as number));
  return { bytes, ...packOffsets(offsets) };
}

/** Scratch space for `equals`, grown when a longer string comes. */
let scratch = new Uint8Array(256);

/** The strings of a packed column, decoded one at a time. */
export class StringColumn {
  private readonly bytes: Uint8Array;
  private readonly bases: Uint32Array;
  private readonly deltas: Uint16Array;
  private readonly shift: number;

  constructor(parts: StringColumnParts) {
    this.bytes = parts.bytes;
    this.bases = parts.bases;
    this.deltas = parts.deltas;
    this.shift = parts.shift[0] ?? 0;
  }

  get length(): number {
    return this.deltas.length - 1;
  }

  /** Where string `i` starts (NaN out of range). */
  private offset(i: number): number {
    return (this.bases[i >>> this.shift] as number) + (this.deltas[i] as number);
  }

  /** String `i` ('' out of range). */
  get(i: number): string {
    const start = this.offset(i);
    const end = this.offset(i + 1);
    if (!(end > start)) return '';
    return decoder.decode(this.bytes.subarray(start, end));
  }

  /** Whether strings `i` and `j` are the same, compared as bytes. */
  same(i: number, j: number): boolean {
    const bytes = this.bytes;
    const a = this.offset(i);
    const b = this.offset(j);
    const length = this.offset(i + 1) - a;
    if (this.offset(j + 1) - b !== length) return false;
    for (let k = 0; k < length; k++) if (bytes[a + k] !== bytes[b + k]) return false;
    return true;
  }

  /** Whether string `i` is `text`, compared as bytes without decoding it. */
  equals(i: number, text: string): boolean {
    const bytes = this.bytes;
    const start = this.offset(i);
    const length = this.offset(i + 1) - start;
    if (text.length > length || text.length * 3 < length) return false;
    if (scratch.length < text.length * 3) scratch = new Uint8Array(text.length * 3);
    const { written } = encoder.encodeInto(text, scratch);
    if (written !== length) return false;
    for (let k = 0; k < length; k++) if (scratch[k] !== bytes[start + k]) return false;
    return true;
  }
}
