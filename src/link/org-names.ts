/**
 * Stage 3c: organisation names rendered with their words reordered, a country adjective
 * inserted or a word translated differently ("National Center for Cyber Security",
 * "National Center for British Electronic Security" for the National Cyber Security Centre).
 * Names meet on the sorted set of their content words.
 */
import { hashWord } from '../text/tokens.ts';
import { NAME_STOPWORDS, NAME_WORD_SYNONYMS } from './lexicon.ts';
import type { LinkerIndex } from './linker-index.ts';
import { THRESHOLD } from './resolve.ts';
import type { Candidate, LinkState } from './state.ts';
import { contextSupport } from './support.ts';

const STOPWORD_HASHES = new Set([...NAME_STOPWORDS].map(hashWord));
const ORG_TYPES = new Set(['organization', 'agency', 'event', 'other', 'threat-actor']);
const MIN_WORDS = 3;
const MAX_SPAN = 9;

export interface OrgTable {
  bySet: Map<string, number[]>;
  /** Folded single-word country names and demonyms → ISO code. */
  countryWords: Map<string, string>;
}

function canonicalWords(keys: readonly string[]): { set: string; synonyms: number } {
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

export function buildOrgTable(index: LinkerIndex): OrgTable {
  const table: OrgTable = { bySet: new Map(), countryWords: new Map() };
  index.aliasKeys.forEach((key, alias) => {
    const entity = index.entities[index.aliasEntity[alias] as number];
    if (!entity) return;
    const words = key.split(' ');
    if (entity.type === 'country' && entity.country && words.length === 1) table.countryWords.set(key, entity.country);
    if (!ORG_TYPES.has(entity.type)) return;
    const { set } = canonicalWords(words);
    if (set.split(' ').length < MIN_WORDS) return;
    const list = table.bySet.get(set) ?? [];
    if (!list.includes(index.aliasEntity[alias] as number)) list.push(index.aliasEntity[alias] as number);
    table.bySet.set(set, list);
  });
  return table;
}

/** Capitalised name span starting at `from`: capitalised words, with lower-case joiners inside. */
function nameSpanEnd(state: LinkState, from: number): number {
  let end = from;
  const { tokens } = state;
  for (let k = from; k < Math.min(tokens.length, from + MAX_SPAN); k++) {
    if (k > from && (!tokens.blankBefore(k) || state.covered[k] !== -1)) break;
    if (tokens.cap(k)) end = k + 1;
    else if (!STOPWORD_HASHES.has(tokens.hash[k] as number)) break;
  }
  return end;
}

function tryLink(state: LinkState, table: OrgTable, from: number, to: number): Candidate | null {
  const countries: string[] = [];
  const keys: string[] = [];
  for (let k = from; k < to; k++) {
    const t = state.tokens.get(k);
    const country = table.countryWords.get(t.key);
    if (country) countries.push(country);
    else keys.push(t.key);
  }
  const { set, synonyms } = canonicalWords(keys);
  const entities = table.bySet.get(set);
  if (!entities || set.split(' ').length < MIN_WORDS) return null;
  let best: Candidate | null = null;
  for (const entity of entities) {
    const country = state.entities[entity]?.country;
    if (countries.length > 0 && country && !countries.includes(country)) continue;
    const support = contextSupport({ ctx: state.ctx, entities: state.entities, entity, from, to });
    const confidence = Math.min(0.95, 0.78 - synonyms * 0.08 + support * 0.4 + (countries.length > 0 ? 0.05 : 0));
    if (!best || confidence > best.confidence) best = { from, to, entity, how: 'variant', confidence, flags: 0 };
  }
  return best;
}

/** Links organisation names that match a known name word-for-word in another order or wording. */
export function linkOrgNames(state: LinkState, table: OrgTable): void {
  const { tokens } = state;
  for (let i = 0; i < tokens.length; i++) {
    if (!tokens.cap(i) || state.covered[i] !== -1 || STOPWORD_HASHES.has(tokens.hash[i] as number)) continue;
    const end = nameSpanEnd(state, i);
    if (end - i < MIN_WORDS) continue;
    const c = tryLink(state, table, i, end);
    if (c && c.confidence >= THRESHOLD) {
      state.accept(c);
      i = end - 1;
    }
  }
}
