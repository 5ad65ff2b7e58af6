import { describe, expect, it } from 'vitest';
import { buildLinkerIndex, createLinker } from '../../../src/link/index.ts';
import { decodeLinkerIndex, encodeLinkerIndex, mergeLinkerIndex } from '../../../src/link/index-binary.ts';
import { MINI_KB } from './mini-kb.ts';

const bufferOf = (bytes: Uint8Array): ArrayBuffer => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;

describe('binary linker index', () => {
  it('decodes to exactly the index it was encoded from', () => {
    const index = buildLinkerIndex(MINI_KB);
    expect(decodeLinkerIndex(bufferOf(encodeLinkerIndex(index)))).toEqual(index);
  });

  it('refuses a file of another format with a clear error', () => {
    expect(() => decodeLinkerIndex(new TextEncoder().encode('{"json": true}').buffer as ArrayBuffer)).toThrow(/not a Dossier linker index/);
  });

  it('a merged index links like one built from all the entities at once', () => {
    const split = 5;
    const merged = mergeLinkerIndex(buildLinkerIndex(MINI_KB.slice(0, split)), buildLinkerIndex(MINI_KB.slice(split)));
    const whole = buildLinkerIndex(MINI_KB);
    expect(merged.aliasKeys).toEqual(whole.aliasKeys);
    expect(merged.aliasEntity).toEqual(whole.aliasEntity);
    const text = 'Dominic Raab met Jeremy Corbyn and Dmitry Peskov; the UK and Russia disagreed. Raab left.';
    const quotes = (index: typeof whole) => createLinker(index).link(text).map((m) => [m.quote, m.entityId]);
    // Relations across the split are lost in `merged` (user entities cannot name shipped ones by
    // position), so compare entities found, which the mini KB's texts do not depend on here.
    expect(quotes(merged)).toEqual(quotes(whole));
  });
});
