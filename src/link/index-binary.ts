/**
 * The linker index as one binary file, written at build time (`kb/linker-index.bin`) and read by
 * the linker Worker with a single fetch. Every part of the packed index (packed-index.ts: string
 * columns, number columns, look-up tables) is a section of the file, and opening the file makes
 * typed-array views onto those sections: nothing is copied or decoded up front.
 *
 * Layout: "DLX2", a u32 header length, a JSON header (the index version and each section's
 * path, kind, offset and element count), then the sections, each 4-byte aligned.
 */
import { buildLinkerIndex, LINKER_INDEX_VERSION, type LinkerIndex } from './linker-index.ts';
import { packLinkerIndex } from './index-pack.ts';
import { PackedIndex, type PackedParts } from './packed-index.ts';
import { offsetAt, offsetsFit, type BlockOffsets } from './block-offsets.ts';
import { stringCount } from './string-column.ts';

const MAGIC = 'DLX2';

const KINDS = { u8: Uint8Array, u16: Uint16Array, i32: Int32Array, u32: Uint32Array } as const;
type Kind = keyof typeof KINDS;
type Column = InstanceType<(typeof KINDS)[Kind]>;

interface Section {
  /** Where the array sits in the packed index, as dotted names ("aliases.raw.bytes"). */
  path: string;
  kind: Kind;
  offset: number;
  length: number;
}

const pad4 = (n: number): number => (n + 3) & ~3;

function kindOf(column: Column): Kind {
  const kind = (Object.keys(KINDS) as Kind[]).find((k) => column instanceof KINDS[k]);
  if (!kind) throw new Error('linker index: a column of an unknown type');
  return kind;
}

/** Every array of the packed index with its path. */
function columnsOf(parts: object, prefix = ''): [string, Column][] {
  return Object.entries(parts).flatMap(([name, value]: [string, unknown]) =>
    ArrayBuffer.isView(value) ? [[prefix + name, value as Column] as [string, Column]] : columnsOf(value as object, `${prefix}${name}.`));
}

/** The sections a file of this version must have, and their kinds (from the packing of no entities). */
let expected: Map<string, Kind> | null = null;
const expectedSections = (): Map<string, Kind> => (expected ??= new Map(columnsOf(packLinkerIndex(buildLinkerIndex([]))).map(([path, column]) => [path, kindOf(column)])));

/** Encodes an index, with its look-up tables, into the binary file format. */
export function encodeLinkerIndex(index: LinkerIndex): Uint8Array {
  const columns = columnsOf(packLinkerIndex(index));
  const sections: Section[] = [];
  let offset = 0;
  for (const [path, column] of columns) {
    sections.push({ path, kind: kindOf(column), offset, length: column.length });
    offset = pad4(offset + column.byteLength);
  }
  const header = new TextEncoder().encode(JSON.stringify({ version: index.version, sections }));
  const start = pad4(8 + header.length);
  const out = new Uint8Array(start + offset);
  out.set(new TextEncoder().encode(MAGIC), 0);
  new DataView(out.buffer).setUint32(4, header.length, true);
  out.set(header, 8);
  columns.forEach(([, column], i) => out.set(new Uint8Array(column.buffer, column.byteOffset, column.byteLength), start + (sections[i] as Section).offset));
  return out;
}

function readHeader(buffer: ArrayBuffer): { version: number; sections: Section[]; start: number } {
  const bytes = new Uint8Array(buffer);
  const decoder = new TextDecoder();
  if (bytes.length < 8 || decoder.decode(bytes.subarray(0, 4)) !== MAGIC) throw new Error('not a Dossier linker index file (or one of an older format)');
  const headerLength = new DataView(buffer).getUint32(4, true);
  if (8 + headerLength > bytes.length) throw new Error(`linker index file truncated: its header needs ${8 + headerLength} bytes, the file has ${bytes.length}`);
  try {
    const header = JSON.parse(decoder.decode(bytes.subarray(8, 8 + headerLength))) as { version: number; sections: Section[] };
    return { ...header, start: pad4(8 + headerLength) };
  } catch (error) {
    throw new Error(`linker index file damaged: its header is not JSON (${error instanceof Error ? error.message : String(error)})`, { cause: error });
  }
}

/** Each section's path and size in bytes, largest first (for a size breakdown: the bench prints it). */
export function linkerIndexSections(buffer: ArrayBuffer): [path: string, bytes: number][] {
  return readHeader(buffer).sections.map((s): [string, number] => [s.path, s.length * KINDS[s.kind].BYTES_PER_ELEMENT]).sort((a, b) => b[1] - a[1]);
}

/** Sets `value` at a dotted path in `target`. */
function setAt(target: Record<string, unknown>, path: string, value: Column): void {
  const names = path.split('.');
  let node = target;
  for (const name of names.slice(0, -1)) node = (node[name] ??= {}) as Record<string, unknown>;
  node[names[names.length - 1] as string] = value;
}

/**
 * Opens the binary file in place: its sections become typed-array views onto `buffer`, which
 * the index keeps. Throws a clear error for another format, another index version, a missing
 * section or a truncated file.
 */
export function openLinkerIndex(buffer: ArrayBuffer): PackedIndex {
  const { version, sections, start } = readHeader(buffer);
  if (version !== LINKER_INDEX_VERSION) throw new Error(`linker index file of version ${version}, this linker reads ${LINKER_INDEX_VERSION}`);
  const parts: Record<string, unknown> = {};
  const wanted = expectedSections();
  for (const s of sections) {
    const kind = wanted.get(s.path);
    if (kind === undefined || kind !== s.kind) throw new Error(`linker index file damaged: unexpected section ${s.path} (${s.kind})`);
    const Type = KINDS[kind];
    const at = start + s.offset;
    const end = at + s.length * Type.BYTES_PER_ELEMENT;
    if (!Number.isInteger(s.offset) || !Number.isInteger(s.length) || s.offset < 0 || s.length < 0 || at % 4 !== 0) throw new Error(`linker index file damaged: section ${s.path} at ${s.offset}`);
    if (end > buffer.byteLength) throw new Error(`linker index file truncated: section ${s.path} ends at byte ${end}, the file has ${buffer.byteLength}`);
    setAt(parts, s.path, new Type(buffer, at, s.length));
  }
  const missing = [...wanted.keys()].filter((path) => !sections.some((s) => s.path === path));
  if (missing.length > 0) throw new Error(`linker index file damaged: missing section ${missing.join(', ')}`);
  checkParts(parts);
  return new PackedIndex(parts as unknown as PackedParts);
}

/** Whether every value is in [min, limit) (a plain loop: this runs in a cold Worker, over a million values). */
function allWithin(values: ArrayLike<number>, min: number, limit: number): boolean {
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as number;
    if (v < min || v >= limit) return false;
  }
  return true;
}

/** Whether the values ascend (`strictly`: no value twice): the columns read by binary search. */
function ascending(values: Int32Array, strictly: boolean): boolean {
  for (let i = 1; i < values.length; i++) {
    const step = (values[i] as number) - (values[i - 1] as number);
    if (step < 0 || (strictly && step === 0)) return false;
  }
  return true;
}

/** Whether every id's tag names a prefix and every untagged id's number a stored id (id-column.ts). */
function idsFit({ tags, numbers, prefixes, namespaces, others }: PackedParts['entities']['ids']): boolean {
  const prefixCount = stringCount(prefixes);
  const otherCount = stringCount(others);
  if (namespaces.length !== prefixCount) return false;
  for (let i = 0; i < tags.length; i++) {
    const tag = tags[i] as number;
    if (tag > prefixCount || ((tag === 0 || namespaces[tag - 1]) && (numbers[i] as number) >= otherCount)) return false;
  }
  return true;
}

/** Whether a word column has a text per entity, its starts ascend within its words and every word is in its vocabulary (word-column.ts). */
function wordsFit({ words, wordStarts, vocabulary }: PackedParts['entities']['cues'], count: number): boolean {
  if (wordStarts.deltas.length !== count + 1 || !offsetsFit(wordStarts, words.length)) return false;
  for (let i = 0; i < count; i++) if (offsetAt(wordStarts, i + 1) < offsetAt(wordStarts, i)) return false;
  return allWithin(words, 0, stringCount(vocabulary));
}

/** Whether the sections hold together (string offsets and posting lists within their arrays, columns of one length). */
function checkParts(node: Record<string, unknown>, path = 'index'): void {
  const fail = (what: string): never => {
    throw new Error(`linker index file damaged: ${path} ${what}`);
  };
  const { bytes, bases, deltas, shift, slots, hashes, starts, values } = node as Record<string, Column | undefined>;
  if (bytes && bases && deltas && shift && !offsetsFit({ bases, deltas, shift } as BlockOffsets, bytes.length)) fail('has string offsets past its bytes');
  if (slots && hashes && starts && values) {
    if (starts.length !== hashes.length + 1 || (starts[starts.length - 1] as number) > values.length) fail('has postings past its values');
    if (slots.length === 0 || (slots.length & (slots.length - 1)) !== 0 || !allWithin(slots, -1, hashes.length) || slots.indexOf(-1) < 0) fail('has a broken hash table');
  }
  for (const [name, child] of Object.entries(node)) if (!ArrayBuffer.isView(child)) checkParts(child as Record<string, unknown>, `${path}.${name}`);
  if (path !== 'index') return;
  const { entities, aliases } = node as unknown as PackedParts;
  const entityCount = entities.types.length;
  if (entities.prominence.length !== entityCount || entities.countries.length !== entityCount || entities.ids.tags.length !== entityCount || entities.ids.numbers.length !== entityCount) fail('has entity columns of different lengths');
  if (aliases.flags.length !== aliases.entity.length || stringCount(aliases.raw) !== aliases.entity.length || !allWithin(aliases.entity, 0, entityCount)) fail('has alias columns that do not fit its entities');
  if (!idsFit(entities.ids)) fail('has entity ids past its prefixes or other ids');
  if (!wordsFit(entities.cues, entityCount)) fail('has entity cues past their words or vocabulary');
  // Entity names are read through each entity's first alias, found by a binary search (packed-index.ts).
  if (!ascending(aliases.entity, false)) fail('has aliases out of entity order');
  if (!ascending(aliases.punctuated, true)) fail('has punctuated aliases out of order');
  if (aliases.firstTokenSeconds.length !== aliases.byFirstToken.values.length || aliases.firstTokenThirds.length !== aliases.byFirstToken.values.length) fail('has first-token columns of different lengths');
}

/** An index packed and opened in memory, as the CLI and tests use it (the same form the Worker reads). */
export function packedIndexOf(index: LinkerIndex): PackedIndex {
  const bytes = encodeLinkerIndex(index);
  return openLinkerIndex(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
}
