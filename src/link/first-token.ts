import { spellingsOf } from '../text/normalize.ts';
import { hashWord } from '../text/tokens.ts';

/** Hashes under which a page token may spell an alias's first word (labor: "labor", "labour"). */
export function firstTokenHashes(firstKey: string): number[] {
  return spellingsOf(firstKey).map(hashWord);
}
