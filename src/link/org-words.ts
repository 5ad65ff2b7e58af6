/**
 * The word set an organisation name is known by: content words, synonyms folded, sorted.
 * "National Center for Cyber Security" and "National Cyber Security Centre" share one.
 */
import { JOINED_PREFIXES, NAME_STOPWORDS, NAME_WORD_SYNONYMS } from './lexicon.ts';
import { ORGANISATION_TYPES } from '../kb/model.ts';

export const ORG_TYPES: ReadonlySet<string> = new Set([...ORGANISATION_TYPES, 'event', 'work', 'other', 'threat-actor']);


/** The sorted content-word set of a name's folded words, and how many synonyms were folded in it. */
export function orgWordSet(keys: readonly string[]): { set: string; synonyms: number } {
  let synonyms = 0;
  const words: string[] = [];
  for (let k = 0; k < keys.length; k++) {
    let key = keys[k] as string;
    if (JOINED_PREFIXES.has(key) && k + 1 < keys.length) key += keys[++k] as string;
    if (NAME_STOPWORDS.has(key)) continue;
    // Own keys only: a name may hold "constructor" or "toString".
    const mapped = Object.hasOwn(NAME_WORD_SYNONYMS, key) ? NAME_WORD_SYNONYMS[key] : undefined;
    if (mapped) synonyms += 1;
    words.push(...(mapped ?? key).split(' '));
  }
  return { set: [...new Set(words)].sort().join(' '), synonyms };
}
