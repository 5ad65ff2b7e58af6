/**
 * Build time: the index's columns (linker-index.ts) packed into the form the linker reads in
 * place (packed-index.ts), with every look-up table computed here rather than in the Worker.
 */
import { packCodeTable } from './code-names.ts';
import { packFirstTokens } from './first-token.ts';
import { packIds } from './id-column.ts';
import { PRIMARY, type LinkerIndex } from './linker-index.ts';
import { packNearTable } from './near-table.ts';
import { packOrgTable } from './org-table.ts';
import type { PackedParts } from './packed-index.ts';
import { packPersonTable } from './person-table.ts';
import { packPostings } from './posting-table.ts';
import { packStrings } from './string-column.ts';
import { packWords } from './word-column.ts';

/** The non-empty lists, by item number. */
function byItem(lists: readonly (readonly number[])[]): Map<number, readonly number[]> {
  const map = new Map<number, readonly number[]>();
  lists.forEach((list, i) => list.length > 0 && map.set(i, list));
  return map;
}

function bytes(name: string, values: readonly number[]): Uint8Array {
  if (values.some((v) => v < 0 || v > 255)) throw new Error(`linker index: ${name} does not fit a byte`);
  return Uint8Array.from(values);
}

/**
 * Entity names as stored: '' where the name is its primary alias's raw text, which the file holds
 * already (most names: the column shrinks by two thirds; packed-index.ts reads it back).
 */
function storedNames(index: LinkerIndex): string[] {
  const names = [...index.entities.names];
  index.aliasEntity.forEach((n, alias) => {
    if ((index.aliasFlags[alias] as number) & PRIMARY && index.aliasRaw[alias] === names[n]) names[n] = '';
  });
  return names;
}

function entityParts(index: LinkerIndex): PackedParts['entities'] {
  const e = index.entities;
  const codes = [...new Set(e.countries.filter(Boolean))].sort();
  const codeNumber = new Map(codes.map((c, i) => [c, i + 1]));
  const relatedBy: number[][] = e.ids.map(() => []);
  e.related.forEach((targets, i) => {
    for (const t of targets) relatedBy[t]?.push(i);
  });
  return {
    ids: packIds(e.ids), names: packStrings(storedNames(index)), cues: packWords(e.cues),
    types: bytes('types', e.types), prominence: bytes('prominence', e.prominence),
    countries: Uint16Array.from(e.countries, (c) => codeNumber.get(c) ?? 0), countryCodes: packStrings(codes),
    related: packPostings(byItem(e.related)), relatedBy: packPostings(byItem(relatedBy)),
  };
}

function aliasParts(index: LinkerIndex): PackedParts['aliases'] {
  const exceptions: string[] = [];
  const keyException = new Map<number, number[]>();
  index.aliasKeys.forEach((key, alias) => {
    if ((index.aliasRaw[alias] as string).toLowerCase() === key) return;
    keyException.set(alias, [exceptions.length]);
    exceptions.push(key);
  });
  const d = index.derived;
  const { byFirstToken, seconds, thirds } = packFirstTokens(d.firstHashes, d.firstHashSeconds, d.firstHashThirds, d.firstHashAlias);
  return {
    raw: packStrings(index.aliasRaw), keyExceptions: packStrings(exceptions), keyException: packPostings(keyException),
    entity: Int32Array.from(index.aliasEntity), flags: bytes('aliasFlags', index.aliasFlags),
    punctuated: Int32Array.from(index.derived.punctuated), byFirstToken, firstTokenSeconds: seconds, firstTokenThirds: thirds,
  };
}

/** Packs an index and its look-up tables. */
export function packLinkerIndex(index: LinkerIndex): PackedParts {
  return { entities: entityParts(index), aliases: aliasParts(index), people: packPersonTable(index), orgs: packOrgTable(index), codes: packCodeTable(index), near: packNearTable(index) };
}
