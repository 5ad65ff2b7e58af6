/**
 * The word set an organisation name is known by: content words, synonyms folded, sorted.
 * "National Center for Cyber Security" and "National Cyber Security Centre" share one.
 */
import { NAME_STOPWORDS, NAME_WORD_SYNONYMS } from './lexicon.ts';

export const ORG_TYPES: ReadonlySet<string> = new Set(['organization', 'agency', 'event', 'other', 'threat-actor']);

export function orgWordSet(keys: readonly string[]): { set: string; synonyms: number } {
  let synonyms = 0;
  const words: string[] = [];
  for (const key of keys) {
    if (NAME_STOPWORDS.has(key)) continue;
    const mapped = NAME_WORD_SYNONYMS[key];
    if (mapped) synonyms += 1;
    words.push(...(mapped ?? key).split(' '));
  }
  return { set: [...new Set(words)].sort().join(' '), synonyms };
}
