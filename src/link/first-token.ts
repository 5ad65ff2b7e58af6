/**
 * The alias look-up's keys (build time) and their table: every alias is listed under each
 * spelling of its first word, and within that list by the hash of its second word (one entry
 * per spelling of it), so the scan finds the aliases that start with two page words by a binary
 * search instead of walking every alias that starts with the first ("the", "new", "saint"…).
 */
import { spellingsOf } from '../text/normalize.ts';
import { hashWord } from '../text/tokens.ts';
import { packPostings, type PostingParts } from './posting-table.ts';

/** Second-word hash of a one-word alias: below every word hash (they are ≥ 0), so one-word aliases lead each list. */
export const ONE_WORD = -1;

/** Hashes under which a page token may spell an alias's first word (labor: "labor", "labour"). */
export function firstTokenHashes(firstKey: string): number[] {
  return spellingsOf(firstKey).map(hashWord);
}

/** Every (first-word hash, second-word hash) a page may spell an alias's words with; ONE_WORD second for a one-word alias. */
export function leadingPairs(words: readonly string[]): [number, number][] {
  const seconds = words.length > 1 ? firstTokenHashes(words[1] as string) : [ONE_WORD];
  return firstTokenHashes(words[0] as string).flatMap((first) => seconds.map((second): [number, number] => [first, second]));
}

/** The packed table: aliases by first-word hash, each list ordered by (second-word hash, alias); `seconds` parallel to its values. */
export interface FirstTokenParts {
  byFirstToken: PostingParts;
  seconds: Int32Array;
}

/** Packs the (first hash, second hash, alias) triples (build time). */
export function packFirstTokens(firsts: readonly number[], seconds: readonly number[], aliases: readonly number[]): FirstTokenParts {
  const groups = new Map<number, [number, number][]>();
  firsts.forEach((first, i) => {
    const entry: [number, number] = [seconds[i] as number, aliases[i] as number];
    const group = groups.get(first);
    if (group) group.push(entry);
    else groups.set(first, [entry]);
  });
  const lists = new Map<number, number[]>();
  const secondColumn: number[] = [];
  for (const [first, group] of groups) {
    group.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    const unique = group.filter((e, k) => k === 0 || e[0] !== (group[k - 1] as [number, number])[0] || e[1] !== (group[k - 1] as [number, number])[1]);
    lists.set(first, unique.map((e) => e[1]));
    for (const e of unique) secondColumn.push(e[0]);
  }
  return { byFirstToken: packPostings(lists), seconds: Int32Array.from(secondColumn) };
}
