import { spellingsOf } from '../text/normalize.ts';
import { hashWord } from '../text/tokens.ts';

/** Hashes under which a page token may spell an alias's first word (labor: "labor", "labour"). */
export function firstTokenHashes(firstKey: string): number[] {
  return spellingsOf(firstKey).map(hashWord);
}

/**
 * Hash of an alias's second word when it has one spelling only, else -1: lets the matcher
 * reject "the …" aliases on a hash compare instead of reading every "the" on a page.
 */
export function secondTokenHash(secondKey: string): number {
  const spellings = spellingsOf(secondKey);
  return spellings.length === 1 ? hashWord(secondKey) : -1;
}
