import { describe, expect, it } from 'vitest';
import { ENTITY_TYPES } from '../../../src/kb/model.ts';
import { buildLinkerIndex, createLinker, linkerOver } from '../../../src/link/index.ts';
import { encodeLinkerIndex, openLinkerIndex, packedIndexOf } from '../../../src/link/index-binary.ts';
import { firstTokenHashes, leadingWords, ONE_WORD } from '../../../src/link/first-token.ts';
import { packLinkerIndex } from '../../../src/link/index-pack.ts';
import { packPostings, PostingTable } from '../../../src/link/posting-table.ts';
import { hashWord } from '../../../src/text/tokens.ts';
import { MINI_KB } from './mini-kb.ts';

const bufferOf = (bytes: Uint8Array): ArrayBuffer => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;

/** Two different words with the same 30-bit hash, found by trying words in order. */
function collidingWords(): [string, string] {
  const seen = new Map<number, string>();
  for (let i = 0; ; i++) {
    const word = `w${i.toString(36)}`;
    const other = seen.get(hashWord(word));
    if (other !== undefined) return [other, word];
    seen.set(hashWord(word), word);
  }
}

describe('binary linker index', () => {
  it('opens in place to the columns it was built from', () => {
    const index = buildLinkerIndex(MINI_KB);
    const packed = openLinkerIndex(bufferOf(encodeLinkerIndex(index)));
    expect(packed.aliasCount).toBe(index.aliasKeys.length);
    expect(packed.entityCount).toBe(index.entities.ids.length);
    index.aliasKeys.forEach((key, a) => {
      expect(packed.aliasKeys(a).join(' ')).toBe(key);
      expect(packed.aliasRaw(a).join(' ')).toBe(index.aliasRaw[a]);
      expect(packed.aliasEntity[a]).toBe(index.aliasEntity[a]);
      expect(packed.aliasFlags[a]).toBe(index.aliasFlags[a]);
      expect(packed.isPunctuated(a)).toBe(index.derived.punctuated.includes(a));
    });
    const e = index.entities;
    e.ids.forEach((id, n) => {
      expect([packed.id(n), packed.name(n), packed.type(n), packed.country(n), packed.cues(n)]).toEqual([id, e.names[n], ENTITY_TYPES[e.types[n] as number], e.countries[n], e.cues[n]]);
      expect(packed.prominence(n)).toBe((e.prominence[n] as number) / 100);
      expect([...packed.related(n)]).toEqual(e.related[n]);
    });
  });

  it('finds every alias under each spelling of its first word', () => {
    const index = buildLinkerIndex(MINI_KB);
    const packed = packedIndexOf(index);
    index.aliasKeys.forEach((key, a) => {
      for (const hash of firstTokenHashes(key.split(' ')[0] as string)) expect([...(packed.byFirstToken.get(hash) ?? [])]).toContain(a);
    });
    expect(createLinker(index).knows('dominic raab')).toBe(true);
    expect(createLinker(index).knows('dominic rapp')).toBe(false);
  });

  it('lists the aliases of each first word by second- and third-word hash, shorter aliases first, under every spelling of the words', () => {
    const index = buildLinkerIndex(MINI_KB);
    const packed = packedIndexOf(index);
    const table = packed.byFirstToken;
    const entriesOf = (entry: number): number[][] => {
      const out: number[][] = [];
      for (let v = table.starts[entry] as number; v < (table.starts[entry + 1] as number); v++) out.push([packed.firstTokenSeconds[v] as number, packed.firstTokenThirds[v] as number, table.values[v] as number]);
      return out;
    };
    index.aliasKeys.forEach((key, a) => {
      for (const [first, second, third] of leadingWords(key.split(' '))) expect(entriesOf(table.entryOf(first))).toContainEqual([second, third, a]);
    });
    for (let entry = 0; entry < table.size; entry++) {
      const entries = entriesOf(entry);
      expect(entries).toEqual([...entries].sort((x, y) => (x[0] as number) - (y[0] as number) || (x[1] as number) - (y[1] as number) || (x[2] as number) - (y[2] as number)));
      expect(entries.every(([second, third]) => (second === ONE_WORD || (second as number) >= 0) && (third === ONE_WORD || (third as number) >= 0))).toBe(true);
    }
  });

  it('stores a name once where it is its primary alias, and reads it back', () => {
    const index = buildLinkerIndex(MINI_KB);
    const parts = packLinkerIndex(index);
    const nameBytes = new TextEncoder().encode(index.entities.names.join('')).length;
    expect(parts.entities.names.bytes.length).toBeLessThan(nameBytes / 4);
    const packed = packedIndexOf(index);
    index.entities.names.forEach((name, n) => expect(packed.name(n)).toBe(name));
  });

  it('keeps apart string keys that share a hash, and lists values in order', () => {
    const [a, b] = collidingWords();
    expect(hashWord(a)).toBe(hashWord(b));
    const fillers = Array.from({ length: 200 }, (_, i) => [`k${i}`, [i, i + 1]] as [string, number[]]);
    const table = new PostingTable(packPostings(new Map([[a, [1, 2, 3]], ...fillers, [b, [7]]])));
    expect([...(table.get(a) ?? [])]).toEqual([1, 2, 3]);
    expect([...(table.get(b) ?? [])]).toEqual([7]);
    expect([...(table.get('k150') ?? [])]).toEqual([150, 151]);
    expect(table.get('absent')).toBeNull();
    const lone = new PostingTable(packPostings(new Map([[a, [1]]])));
    expect(lone.has(b)).toBe(false);
  });

  it('refuses a file of another format, another version, a truncated or damaged one, with a clear error', () => {
    expect(() => openLinkerIndex(new TextEncoder().encode('{"json": true}').buffer as ArrayBuffer)).toThrow(/not a Dossier linker index/);
    const bytes = encodeLinkerIndex(buildLinkerIndex(MINI_KB));
    expect(() => openLinkerIndex(bufferOf(bytes.subarray(0, bytes.length - 64)))).toThrow(/truncated: section .* ends at byte/);
    expect(() => openLinkerIndex(bufferOf(bytes.subarray(0, 40)))).toThrow(/truncated: its header/);
    const header = (change: (text: string) => string): ArrayBuffer => {
      const length = new DataView(bytes.buffer, bytes.byteOffset).getUint32(4, true);
      const text = change(new TextDecoder().decode(bytes.subarray(8, 8 + length)));
      const edited = new Uint8Array(bytes);
      // Same length, so the sections stay where they are.
      edited.set(new TextEncoder().encode(text.padEnd(length).slice(0, length)), 8);
      return bufferOf(edited);
    };
    expect(() => openLinkerIndex(header((t) => t.replace(/"version":\d+/, '"version":1')))).toThrow(/version 1, this linker reads/);
    expect(() => openLinkerIndex(header((t) => t.replace('"path":"aliases.flags"', '"path":"aliases.flagz"')))).toThrow(/unexpected section aliases.flagz/);
    expect(() => openLinkerIndex(header((t) => t.slice(3)))).toThrow(/damaged: its header is not JSON/);
  });

  it('refuses a file whose offsets point past their data', () => {
    const index = buildLinkerIndex(MINI_KB);
    const bytes = encodeLinkerIndex(index);
    const packed = packedIndexOf(index);
    // The last block offset of the alias strings, found by value in the file, made far too large.
    const bases = packed.parts.aliases.raw.bases;
    const last = bases[bases.length - 1] as number;
    const view = new DataView(bytes.buffer, bytes.byteOffset);
    const text = new TextDecoder().decode(bytes);
    const section = JSON.parse(text.slice(8, 8 + view.getUint32(4, true))).sections.find((s: { path: string }) => s.path === 'aliases.raw.bases');
    const at = ((8 + view.getUint32(4, true) + 3) & ~3) + section.offset + (bases.length - 1) * 4;
    expect(view.getUint32(at, true)).toBe(last);
    view.setUint32(at, last + 1_000_000, true);
    expect(() => openLinkerIndex(bufferOf(bytes))).toThrow(/damaged: index.aliases.raw has string offsets past its bytes/);
  });

  it('refuses a file whose entity ids name a prefix it lacks', () => {
    const bytes = encodeLinkerIndex(buildLinkerIndex(MINI_KB));
    const view = new DataView(bytes.buffer, bytes.byteOffset);
    const headerLength = view.getUint32(4, true);
    const sections = JSON.parse(new TextDecoder().decode(bytes.subarray(8, 8 + headerLength))).sections as { path: string; offset: number }[];
    const tags = sections.find((s) => s.path === 'entities.ids.tags') as { offset: number };
    expect(() => openLinkerIndex(bufferOf(bytes))).not.toThrow();
    bytes[((8 + headerLength + 3) & ~3) + tags.offset] = 255;
    expect(() => openLinkerIndex(bufferOf(bytes))).toThrow(/damaged: index has entity ids past its prefixes/);
  });

  it('links over two layers (the shipped KB, then the user’s) as over one index of all the entities', () => {
    const split = 5;
    const layered = linkerOver([packedIndexOf(buildLinkerIndex(MINI_KB.slice(0, split))), packedIndexOf(buildLinkerIndex(MINI_KB.slice(split)))]);
    const whole = createLinker(buildLinkerIndex(MINI_KB));
    expect(layered.size).toBe(whole.size);
    const text = 'Dominic Raab met Jeremy Corbyn and Dmitry Peskov; the UK and Russia disagreed. Raab left. APT29 and the NCSC.';
    // Relations across the split are lost in the layers (user entities cannot name shipped ones by
    // position), so compare entities found, which the mini KB's texts do not depend on here.
    const quotes = (linker: typeof whole) => linker.link(text).map((m) => [m.quote, m.entityId]);
    expect(quotes(layered)).toEqual(quotes(whole));
    expect(quotes(whole).length).toBeGreaterThan(4);
    expect(layered.knows(buildLinkerIndex(MINI_KB.slice(split)).aliasKeys[0] as string)).toBe(true);
  });
});
