/**
 * The linker index as one binary file, written at build time (`kb/linker-index.bin`) and read
 * by the linker Worker with a single fetch: every string column is one run of UTF-8 in a string
 * pool (NUL-separated), every number column a typed array, the relations a posting list
 * (offsets + targets). No per-alias JSON objects to parse; decoding is one TextDecoder pass and
 * a few array copies.
 *
 * Layout: "DLX1", a u32 header length, a JSON header (the index version and each section's
 * kind, offset and length), then the sections, each 4-byte aligned.
 */
import { LINKER_INDEX_VERSION, type LinkerIndex } from './linker-index.ts';

const MAGIC = 'DLX1';

type Kind = 'strings' | 'i32' | 'u8';
interface Section {
  name: string;
  kind: Kind;
  offset: number;
  length: number;
}

const STRING_COLUMNS = ['ids', 'names', 'countries', 'cues', 'aliasKeys', 'aliasRaw', 'surnameKeys', 'orgSets'] as const;
type StringColumn = (typeof STRING_COLUMNS)[number];

function stringColumn(index: LinkerIndex, name: StringColumn): string[] {
  if (name === 'aliasKeys' || name === 'aliasRaw') return index[name];
  if (name === 'surnameKeys' || name === 'orgSets') return index.derived[name];
  return index.entities[name];
}

/** The index's number columns, by name; `related` is flattened into a posting list. */
function numberColumns(index: LinkerIndex): [string, Kind, ArrayLike<number>][] {
  const offsets = [0];
  const targets: number[] = [];
  for (const list of index.entities.related) {
    targets.push(...list);
    offsets.push(targets.length);
  }
  const d = index.derived;
  return [
    ['types', 'u8', index.entities.types], ['prominence', 'u8', index.entities.prominence],
    ['relatedOffsets', 'i32', offsets], ['relatedTargets', 'i32', targets],
    ['aliasEntity', 'i32', index.aliasEntity], ['aliasFlags', 'u8', index.aliasFlags],
    ['firstHashes', 'i32', d.firstHashes], ['firstHashAlias', 'i32', d.firstHashAlias],
    ['secondHashes', 'i32', d.secondHashes], ['punctuated', 'i32', d.punctuated],
  ];
}

const pad4 = (n: number): number => (n + 3) & ~3;

/** Encodes an index into the binary file format. */
export function encodeLinkerIndex(index: LinkerIndex): Uint8Array {
  const encoder = new TextEncoder();
  const parts: { name: string; kind: Kind; bytes: Uint8Array; length: number }[] = [];
  for (const name of STRING_COLUMNS) {
    const column = stringColumn(index, name);
    if (column.some((s) => s.includes('\0'))) throw new Error(`linker index: a NUL in column ${name}`);
    parts.push({ name, kind: 'strings', bytes: encoder.encode(column.join('\0')), length: column.length });
  }
  for (const [name, kind, values] of numberColumns(index)) {
    const typed = kind === 'u8' ? Uint8Array.from(values) : Int32Array.from(values);
    if (kind === 'u8' && Array.prototype.some.call(values, (v: number) => v < 0 || v > 255)) throw new Error(`linker index: ${name} does not fit a byte`);
    parts.push({ name, kind, bytes: new Uint8Array(typed.buffer), length: values.length });
  }
  const sections: Section[] = [];
  let offset = 0;
  for (const part of parts) {
    sections.push({ name: part.name, kind: part.kind, offset, length: part.length });
    offset = pad4(offset + part.bytes.length);
  }
  const header = encoder.encode(JSON.stringify({ version: index.version, sections, bytes: parts.map((p) => p.bytes.length) }));
  const start = pad4(8 + header.length);
  const out = new Uint8Array(start + offset);
  out.set(encoder.encode(MAGIC), 0);
  new DataView(out.buffer).setUint32(4, header.length, true);
  out.set(header, 8);
  parts.forEach((part, i) => out.set(part.bytes, start + (sections[i] as Section).offset));
  return out;
}

/** Decodes the binary file; throws a clear error for another format or index version. */
export function decodeLinkerIndex(buffer: ArrayBuffer): LinkerIndex {
  const bytes = new Uint8Array(buffer);
  const decoder = new TextDecoder();
  if (decoder.decode(bytes.subarray(0, 4)) !== MAGIC) throw new Error('not a Dossier linker index file');
  const headerLength = new DataView(buffer).getUint32(4, true);
  const header = JSON.parse(decoder.decode(bytes.subarray(8, 8 + headerLength))) as { version: number; sections: Section[]; bytes: number[] };
  if (header.version !== LINKER_INDEX_VERSION) throw new Error(`linker index file of version ${header.version}, this linker reads ${LINKER_INDEX_VERSION}`);
  const start = pad4(8 + headerLength);
  const strings = new Map<string, string[]>();
  const numbers = new Map<string, number[]>();
  header.sections.forEach((s, i) => {
    const at = start + s.offset;
    const size = header.bytes[i] as number;
    if (s.kind === 'strings') strings.set(s.name, s.length === 0 ? [] : decoder.decode(bytes.subarray(at, at + size)).split('\0'));
    else if (s.kind === 'u8') numbers.set(s.name, Array.from(bytes.subarray(at, at + s.length)));
    else numbers.set(s.name, Array.from(new Int32Array(buffer, at, s.length)));
  });
  const str = (name: string): string[] => strings.get(name) ?? [];
  const num = (name: string): number[] => numbers.get(name) ?? [];
  const offsets = num('relatedOffsets');
  const targets = num('relatedTargets');
  return {
    version: header.version,
    entities: {
      ids: str('ids'), names: str('names'), types: num('types'), countries: str('countries'), prominence: num('prominence'), cues: str('cues'),
      related: str('ids').map((_, i) => targets.slice(offsets[i], offsets[i + 1])),
    },
    aliasKeys: str('aliasKeys'),
    aliasRaw: str('aliasRaw'),
    aliasEntity: num('aliasEntity'),
    aliasFlags: num('aliasFlags'),
    derived: {
      firstHashes: num('firstHashes'), firstHashAlias: num('firstHashAlias'), secondHashes: num('secondHashes'),
      surnameKeys: str('surnameKeys'), orgSets: str('orgSets'), punctuated: num('punctuated'),
    },
  };
}

/**
 * One index from two: `extra` (the user's own entities, built in the Worker) after `base` (the
 * shipped KB, built at build time), its entity and alias numbers moved past the base's.
 */
export function mergeLinkerIndex(base: LinkerIndex, extra: LinkerIndex): LinkerIndex {
  const entityShift = base.entities.ids.length;
  const aliasShift = base.aliasKeys.length;
  const shift = (by: number) => (n: number) => n + by;
  const e = base.entities;
  const x = extra.entities;
  return {
    version: base.version,
    entities: {
      ids: [...e.ids, ...x.ids], names: [...e.names, ...x.names], types: [...e.types, ...x.types], countries: [...e.countries, ...x.countries],
      prominence: [...e.prominence, ...x.prominence], cues: [...e.cues, ...x.cues], related: [...e.related, ...x.related.map((r) => r.map(shift(entityShift)))],
    },
    aliasKeys: [...base.aliasKeys, ...extra.aliasKeys],
    aliasRaw: [...base.aliasRaw, ...extra.aliasRaw],
    aliasEntity: [...base.aliasEntity, ...extra.aliasEntity.map(shift(entityShift))],
    aliasFlags: [...base.aliasFlags, ...extra.aliasFlags],
    derived: {
      firstHashes: [...base.derived.firstHashes, ...extra.derived.firstHashes],
      firstHashAlias: [...base.derived.firstHashAlias, ...extra.derived.firstHashAlias.map(shift(aliasShift))],
      secondHashes: [...base.derived.secondHashes, ...extra.derived.secondHashes],
      surnameKeys: [...base.derived.surnameKeys, ...extra.derived.surnameKeys],
      orgSets: [...base.derived.orgSets, ...extra.derived.orgSets],
      punctuated: [...base.derived.punctuated, ...extra.derived.punctuated.map(shift(aliasShift))],
    },
  };
}
