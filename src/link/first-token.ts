/**
 * The alias look-up's keys (build time) and their table: every alias is listed under each
 * spelling of its first word, and within that list by the hashes of its second and third words
 * (one entry per spelling of them), so the scan finds the aliases that start with the page's
 * words by binary searches instead of walking every alias that starts with the first ("the",
 * "new") or the first two ("University of", "In the": thousands of registry names and films).
 */
import { spellingsOf } from '../text/normalize.ts';
import { hashWord } from '../text/tokens.ts';
import { packPostings, type PostingParts } from './posting-table.ts';

/** Second-word hash of a one-word alias, third-word hash of a two-word one: below every word hash (they are ≥ 0), so the shorter aliases lead each run. */
export const ONE_WORD = -1;

/** Hashes under which a page token may spell an alias's first word (labor: "labor", "labour"). */
export function firstTokenHashes(firstKey: string): number[] {
  return spellingsOf(firstKey).map(hashWord);
}

/** Every (first, second, third word hash) a page may spell an alias's words with; ONE_WORD for a word the alias lacks. */
export function leadingWords(words: readonly string[]): [number, number, number][] {
  const spellings = (k: number): number[] => (words.length > k ? firstTokenHashes(words[k] as string) : [ONE_WORD]);
  const out: [number, number, number][] = [];
  for (const first of spellings(0)) for (const second of spellings(1)) for (const third of spellings(2)) out.push([first, second, third]);
  return out;
}

/** The packed table: aliases by first-word hash, each list ordered by (second-word hash, third-word hash, alias); `seconds` and `thirds` parallel to its values. */
export interface FirstTokenParts {
  byFirstToken: PostingParts;
  seconds: Int32Array;
  thirds: Int32Array;
}

type Entry = [second: number, third: number, alias: number];

const order = (a: Entry, b: Entry): number => a[0] - b[0] || a[1] - b[1] || a[2] - b[2];

/** Packs the (first, second, third hash, alias) entries, as parallel columns (build time). */
export function packFirstTokens(firsts: readonly number[], seconds: readonly number[], thirds: readonly number[], aliases: readonly number[]): FirstTokenParts {
  const groups = new Map<number, Entry[]>();
  firsts.forEach((first, i) => {
    const entry: Entry = [seconds[i] as number, thirds[i] as number, aliases[i] as number];
    const group = groups.get(first);
    if (group) group.push(entry);
    else groups.set(first, [entry]);
  });
  const lists = new Map<number, number[]>();
  const secondColumn: number[] = [];
  const thirdColumn: number[] = [];
  for (const [first, group] of groups) {
    group.sort(order);
    const unique = group.filter((e, k) => k === 0 || order(e, group[k - 1] as Entry) !== 0);
    lists.set(first, unique.map((e) => e[2]));
    for (const e of unique) {
      secondColumn.push(e[0]);
      thirdColumn.push(e[1]);
    }
  }
  return { byFirstToken: packPostings(lists), seconds: Int32Array.from(secondColumn), thirds: Int32Array.from(thirdColumn) };
}
