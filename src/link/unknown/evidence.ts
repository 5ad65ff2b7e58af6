/**
 * What the text around a candidate name says about it: an appositive role ("X, the trade
 * adviser", "the chief executive, Y"), a title before it, a place cue, a verb of speech after it,
 * and the sentence it sits in.
 */
import type { EntityType } from '../../kb/model.ts';
import { F_SENTENCE, type TokenList } from '../../text/tokens.ts';
import { FUNCTION_WORDS, TITLE_WORDS } from '../lexicon.ts';
import { DIRECTIONS, PERSON_TITLES, PERSON_VERBS, PLACE_NOUNS, PLACE_PREPOSITIONS, ROLE_TYPE_WORDS } from './words.ts';

/** One piece of evidence for a type, strongest first when sorted by `weight`. */
export interface Clue {
  type: EntityType;
  weight: number;
  reason: string;
  /**
   * Which word the page may later use alone for this name: a team's city, a person's surname;
   * or, for a publisher, its name without the company words ("Ledger Line" of "Ledger Line Media Ltd").
   */
  short?: 'first' | 'last' | 'site';
}

const ROLE_AFTER = /^,\s+(?:\d{1,3},\s+)?((?:the|a|an|who|whose|its|his|her|their|our)\s[^,.;:()"“”\n]{2,90}?)(?=[,.;:()"“”\n]|$)/;
const ROLE_BEFORE = /(?:^|[\s(])((?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s[a-z][\p{Ll}\s'-]{2,70}?),\s*$/u;
const ROLE_PREFIX = /\b(?:the|a|an|former|local)\s((?:[\p{Ll}-]+\s){1,3})$/u;

/** A role word for a person: an agent noun or a post ("adviser", "member", "chief"). */
const PERSON_ROLE = /^(?:\p{Ll}+(?:er|or|ist|ian|ant|ent|man|woman|person)|member|chief|head|aide|boss|mayor|judge|coach|captain|chair|mother|father|son|daughter|wife|husband|widow|friend|resident|owner|councillor|mp)$/u;

/** The role the page gives the name right beside it, if any. */
export function roleAround(text: string, start: number, end: number): string | undefined {
  const after = ROLE_AFTER.exec(text.slice(end, end + 160));
  if (after?.[1] && after[1].split(/\s+/).length <= 14) return after[1].trim();
  const head = text.slice(Math.max(0, start - 100), start);
  const lastWord = (role: string): string => role.split(/\s+/).pop() ?? '';
  // "the chief executive, Y": any role but one ending in a particle ("the summit of the, Y").
  // (Each pattern is tried only where it can end: these regexes run for every candidate on the page.)
  const comma = /,\s*$/.test(head) ? ROLE_BEFORE.exec(head)?.[1]?.trim() : undefined;
  if (comma) return FUNCTION_WORDS.has(lastWord(comma)) ? undefined : comma;
  // "the trade adviser Y": only a noun we know ends it, not "a bruising Y".
  const prefix = /\p{Ll}\s$/u.test(head) ? ROLE_PREFIX.exec(head)?.[1]?.trim() : undefined;
  return prefix && (PERSON_ROLE.test(lastWord(prefix)) || ROLE_TYPE_WORDS.has(lastWord(prefix))) ? prefix : undefined;
}

/** The head noun of a role: its last word before a preposition or clause ("village" in "a village in Norfolk"). */
function roleHead(role: string): string {
  const words = role.toLowerCase().split(/[^\p{L}-]+/u).filter(Boolean);
  const cut = words.findIndex((w, i) => i > 0 && ROLE_BREAKS.has(w));
  return (cut > 0 ? words.slice(0, cut) : words).pop() ?? '';
}
const ROLE_BREAKS = new Set(['of', 'in', 'at', 'for', 'from', 'on', 'with', 'who', 'whose', 'that', 'which', 'based', 'near', 'to', 'and']);

/** The type a role's head noun points to ("a village in Norfolk" → place, "the trade adviser" → person). */
export function roleType(role: string): Clue {
  const head = roleHead(role);
  const type = ROLE_TYPE_WORDS.get(head);
  if (type) return { type, weight: 3, reason: `the page calls it "${role}"` };
  if (PERSON_ROLE.test(head) || /^(?:who|whose)\b/i.test(role)) return { type: 'person', weight: 2, reason: `the page describes this person as "${role}"` };
  return { type: 'other', weight: 1, reason: `the page calls it "${role}"` };
}

/** The sentence around [start, end), from the token flags (trimmed, at most 400 characters). */
export function sentenceAround(tokens: TokenList, from: number, to: number): string {
  let a = from;
  while (a > 0 && !((tokens.flags[a] as number) & F_SENTENCE)) a -= 1;
  let b = to;
  while (b < tokens.length && !((tokens.flags[b] as number) & F_SENTENCE)) b += 1;
  const endChar = b < tokens.length ? (tokens.start[b] as number) : tokens.text.length;
  const sentence = tokens.text.slice(tokens.start[a] as number, endChar).replace(/\s+/g, ' ').trim();
  return sentence.length > 400 ? `${sentence.slice(0, 399)}…` : sentence;
}

/** Lower-case key of token `i` when only a plain space separates it from its neighbour (else ''). */
function keyNear(tokens: TokenList, i: number, neighbour: number): string {
  if (i < 0 || i >= tokens.length) return '';
  const [a, b] = i < neighbour ? [i, neighbour] : [neighbour, i];
  return tokens.blankBefore(b) || /^[.,]?\s*$/.test(tokens.text.slice(tokens.end[a] as number, tokens.start[b] as number)) ? tokens.get(i).key : '';
}

/** Clues from the words right before and after tokens [from, to). `title` is a title stripped from the front. */
export function contextClues(tokens: TokenList, from: number, to: number, title: string | null): Clue[] {
  const clues: Clue[] = [];
  if (title) clues.push({ type: 'person', weight: 3, reason: `a title, "${title}", comes before it` });
  const before = keyNear(tokens, from - 1, from);
  const twoBefore = keyNear(tokens, from - 2, from - 1);
  if (!title && (PERSON_TITLES.has(before) || TITLE_WORDS.has(before)) && tokens.cap(from - 1)) {
    clues.push({ type: 'person', weight: 3, reason: `a title, "${tokens.get(from - 1).raw}", comes before it` });
  }
  if (before === 'of' && PLACE_NOUNS.has(twoBefore)) clues.push({ type: 'place', weight: 3, reason: `"the ${twoBefore} of" comes before it` });
  else if (before === 'of' && DIRECTIONS.has(twoBefore)) clues.push({ type: 'place', weight: 2, reason: `"${twoBefore} of" comes before it` });
  else if (PLACE_PREPOSITIONS.has(before) && !tokens.cap(from - 1)) clues.push({ type: 'place', weight: 1, reason: `"${before}" comes before it` });
  const after = keyNear(tokens, to, to - 1);
  if (PERSON_VERBS.has(after)) clues.push({ type: 'person', weight: 2, reason: `"${after}" follows it` });
  return clues;
}
