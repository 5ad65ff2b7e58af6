/**
 * Stage 3c: organisation names rendered with their words reordered, a country adjective
 * inserted or a word translated differently ("National Center for Cyber Security",
 * "National Center for British Electronic Security" for the National Cyber Security Centre).
 * Names meet on the sorted set of their content words.
 */
import { distance } from 'fastest-levenshtein';
import { hashWord } from '../text/tokens.ts';
import { NAME_STOPWORDS } from './lexicon.ts';
import type { KeySet } from './layers.ts';
import { MIN_FUZZY_WORD, type OrgTable } from './org-table.ts';
import { foreignQualified } from './org-qualifiers.ts';
import { orgWordSet } from './org-words.ts';
import { THRESHOLD } from './resolve.ts';
import type { Candidate, LinkState } from './state.ts';
import { contextSupport } from './support.ts';
import { WEIGHTS as W } from './weights.ts';

const STOPWORD_HASHES = new Set([...NAME_STOPWORDS].map(hashWord));
const MIN_WORDS = 3;
const MAX_SPAN = 11;

/** A one-word country or place name linked at `k` ("… of Ukraine", "… in Europe"): part of an organisation name it ends. */
function countryMention(state: LinkState, k: number): boolean {
  const c = state.accepted[state.covered[k] as number];
  const type = c && state.entities.get(c.entity)?.type;
  return !!c && c.from === k && c.to === k + 1 && (type === 'country' || type === 'place');
}

/** Capitalised name span starting at `from`: capitalised words, with lower-case joiners inside. */
function nameSpanEnd(state: LinkState, from: number): number {
  let end = from;
  const { tokens } = state;
  for (let k = from; k < Math.min(tokens.length, from + MAX_SPAN); k++) {
    if (k > from && (!tokens.blankBefore(k) || (state.covered[k] !== -1 && !countryMention(state, k)))) break;
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
  const { set, synonyms } = orgWordSet(joinCompounds(keys, table.vocabulary));
  const words = set.split(' ');
  if (words.length < 2) return null;
  const exact = [...(words.length >= MIN_WORDS || countries.length > 0 ? (table.bySet.get(set) ?? []) : [])];
  // The country is a word of the name itself ("Security Service of Ukraine"), said here as an adjective.
  if (countries.length > 0) for (const e of table.byBareSet.get(set) ?? []) if (!exact.includes(e)) exact.push(e);
  const near = exact.length > 0 ? [] : misspelt(table, words);
  let best: Candidate | null = null;
  for (const [entity, slip] of [...exact.map((e) => [e, false] as const), ...near.map((e) => [e, true] as const)]) {
    const e = state.entities.get(entity);
    if (countries.length > 0 && e?.country && !countries.includes(e.country)) continue;
    const support = contextSupport({ ctx: state.ctx, entities: state.entities, entity, from, to });
    if (slip && support + (e?.prominence ?? 0) * W.orgSlipProminence < W.orgSlipEvidence) continue;
    const base = slip ? W.orgSlipBase : W.orgBase;
    const confidence = Math.min(W.orgCap, base - synonyms * W.orgSynonymPenalty + support * W.orgSupportWeight + (countries.length > 0 ? W.orgCountryBonus : 0));
    if (best && best.entity !== entity && Math.abs(best.confidence - confidence) < W.orgRivalMargin) return null; // two bodies fit
    if (!best || confidence > best.confidence) best = { from, to, entity, how: slip ? 'fuzzy' : 'variant', confidence, flags: 0 };
  }
  return best;
}

/** Two words a translation wrote apart that names known to us spell as one ("Head Quarters"). */
function joinCompounds(keys: readonly string[], vocabulary: KeySet): string[] {
  const out: string[] = [];
  for (let k = 0; k < keys.length; k++) {
    const joined = `${keys[k]}${keys[k + 1] ?? ''}`;
    if (k + 1 < keys.length && !vocabulary.has(keys[k] as string) && vocabulary.has(joined)) {
      out.push(joined);
      k += 1;
    } else out.push(keys[k] as string);
  }
  return out;
}

/**
 * Whether one word is the other's adjective: translations turn "Protection of the Constitution"
 * into "Constitutional Protection", "Office of the President" into "Presidential Office".
 */
function adjectiveOf(a: string, b: string): boolean {
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  return long === `${short}al` || long === `${short}ial`;
}

/** Entities whose name has these words but one, and that one differs by a single letter or is its adjective. */
function misspelt(table: OrgTable, words: readonly string[]): number[] {
  const out: number[] = [];
  for (const word of words) {
    if (word.length < MIN_FUZZY_WORD) continue;
    const rest = words.filter((w) => w !== word).join(' ');
    for (const [entity, missing] of table.byLeaveOneOut.get(rest) ?? []) {
      if (missing !== word && (distance(missing, word) === 1 || adjectiveOf(missing, word)) && !out.includes(entity)) out.push(entity);
    }
  }
  return out;
}

/** Links organisation names that match a known name word-for-word in another order or wording. */
export function linkOrgNames(state: LinkState, table: OrgTable): void {
  const { tokens } = state;
  for (let i = 0; i < tokens.length; i++) {
    if (!tokens.cap(i) || state.covered[i] !== -1 || STOPWORD_HASHES.has(tokens.hash[i] as number)) continue;
    const end = nameSpanEnd(state, i);
    if (end - i < 2) continue;
    const c = withoutLeadingCountry(state, table, tryLink(state, table, i, end));
    if (c && c.confidence >= THRESHOLD && !foreignQualified(state, c)) {
      state.replace(c);
      i = end - 1;
    }
  }
}

/**
 * "the British National Centre for Cybernetic Security": the adjective qualifies the name and is
 * not part of it, unless the name needs it to be told from other countries' ("British Defence Ministry").
 */
function withoutLeadingCountry(state: LinkState, table: OrgTable, c: Candidate | null): Candidate | null {
  if (!c || c.to - c.from < 3 || !table.countryWords.has(state.tokens.get(c.from).key)) return c;
  const rest = tryLink(state, table, c.from + 1, c.to);
  return rest && rest.entity === c.entity && rest.confidence >= THRESHOLD ? rest : c;
}
