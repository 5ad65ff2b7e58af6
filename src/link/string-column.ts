/**
 * A column of strings kept as one run of UTF-8 and an offset per string, read in place from the
 * linker index file: a string is decoded only when a stage asks for it, so the hundreds of
 * thousands of names a page never mentions cost bytes, not JS strings.
 */

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** The column's storage: `bytes[offsets[i], offsets[i + 1])` is string i. */
export interface StringColumnParts {
  bytes: Uint8Array;
  offsets: Uint32Array;
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
  return { bytes, offsets };
}

/** Scratch space for `equals`, grown when a longer string comes. */
let scratch = new Uint8Array(256);

/** The strings of a packed column, decoded one at a time. */
export class StringColumn {
  constructor(private readonly parts: StringColumnParts) {}

  get length(): number {
    return this.parts.offsets.length - 1;
  }

  /** String `i` ('' out of range). */
  get(i: number): string {
    const { bytes, offsets } = this.parts;
    const start = offsets[i] as number;
    const end = offsets[i + 1] as number;
    if (!(end > start)) return '';
    return decoder.decode(bytes.subarray(start, end));
  }

  /** Whether strings `i` and `j` are the same, compared as bytes. */
  same(i: number, j: number): boolean {
    const { bytes, offsets } = this.parts;
    const a = offsets[i] as number;
    const b = offsets[j] as number;
    const length = (offsets[i + 1] as number) - a;
    if ((offsets[j + 1] as number) - b !== length) return false;
    for (let k = 0; k < length; k++) if (bytes[a + k] !== bytes[b + k]) return false;
    return true;
  }

  /** Whether string `i` is `text`, compared as bytes without decoding it. */
  equals(i: number, text: string): boolean {
    const { bytes, offsets } = this.parts;
    const start = offsets[i] as number;
    const length = (offsets[i + 1] as number) - start;
    if (text.length > length || text.length * 3 < length) return false;
    if (scratch.length < text.length * 3) scratch = new Uint8Array(text.length * 3);
    const { written } = encoder.encodeInto(text, scratch);
    if (written !== length) return false;
    for (let k = 0; k < length; k++) if (scratch[k] !== bytes[start + k]) return false;
    return true;
  }
}
