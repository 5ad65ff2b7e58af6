/**
 * Cues in the page's layout and grammar that make capitalised words a name with nothing around
 * them to say what kind: running text around them, a byline, a picture credit, a copyright line.
 */
import type { Clue } from './evidence.ts';
import type { PageView } from './page.ts';
import type { Run } from './spans.ts';
import { HEAD_NOUNS, ORG_SUFFIXES, ROLE_TYPE_WORDS } from './words.ts';

const key = (page: PageView, i: number): string => page.tokens.get(i).key;

/** Articles before a lone word make it a noun capitalised for emphasis ("the Conservatoire"), not a name. */
const ARTICLES = new Set(['the', 'a', 'an']);

/**
 * A lone capitalised word in running text, not opening a sentence, with no ending of a
 * creed or a people ("Methodist", "New Yorkers") and no article before it.
 */
export function loneName(page: PageView, i: number): boolean {
  const k = key(page, i);
  if (page.heading(i) || page.sentenceStart(i) || k.length < 3 || /(?:ist|ists|ers|ism)$/.test(k)) return false;
  if (!/^\p{Lu}\p{Ll}/u.test(page.tokens.get(i).raw)) return false;
  if (i === 0 || !ARTICLES.has(key(page, i - 1)) || page.tokens.cap(i - 1)) return true;
  // "the Yaba district", "the Micron plant": after an article, a name is known by the noun it qualifies.
  const next = i + 1 < page.tokens.length && !page.tokens.cap(i + 1) && page.tokens.blankBefore(i + 1) ? key(page, i + 1) : '';
  return HEAD_NOUNS.has(next) || ROLE_TYPE_WORDS.has(next);
}

/**
 * Forms of "be", and possessives: what follows may be a phrase capitalised for emphasis ("it was
 * Game Over") or the site's own chrome ("read our Privacy Policy"), not a name.
 */
const NOT_BEFORE_NAMES = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "it's", 'our', 'your', 'my', 'his', 'her', 'their', 'its']);

/**
 * Token `i` continues a sentence of running text: a lower-case word (no copula) right before it on
 * the same line. Capitals there are a name's ("signed with Island Records"), not a heading's or a
 * menu's ("About Us · Cookie Settings").
 */
export function midSentence(page: PageView, i: number): boolean {
  if (i === 0 || page.sentenceStart(i) || page.heading(i)) return false;
  const { tokens } = page;
  const gap = tokens.text.slice(tokens.end[i - 1] as number, tokens.start[i] as number);
  return /^[ \t\u00a0]+$/.test(gap) && !tokens.cap(i - 1) && /^\p{Ll}/u.test(tokens.get(i - 1).raw) && !NOT_BEFORE_NAMES.has(key(page, i - 1));
}

/** What a byline or picture credit line holds before a run: "By X and ", "From ", "Photograph: X/". */
const BYLINE_BEFORE = /(?:^|\n)[ \t]*(?:By[ \t]+(?:[^\n,]*[ \t]and[ \t]+)?|From[ \t]+)$/;
const CREDIT_BEFORE = /(?:Photograph|Photo|Picture|Image)s?:[ \t]*$/;
const CREDIT_AFTER_SLASH = /(?:Photograph|Photo|Picture|Image)s?:[^\n]*\/[ \t]*$/;

/**
 * The writer in a byline ("By Harriet Vale, Football Correspondent") or the photographer or
 * agency in a picture credit ("Photograph: Rosa Keel/PA Wire"): a name even in a Title Case line.
 * A byline or credit holds a person's name (two to four words, one of them no ordinary word);
 * only the part after the slash of a credit may be an agency.
 */
export function creditClue(page: PageView, whole: Run, run: Run, plain: number): Clue | null {
  const { text, start, end } = page.tokens;
  const from = start[run.from] as number;
  const head = text.slice(Math.max(0, from - 80), from);
  const n = run.to - run.from;
  // ("Getty Images": a last word that is an ordinary plural is no surname.)
  const last = key(page, run.to - 1);
  const personal = n >= 2 && n <= 4 && plain >= 1 && !ORG_SUFFIXES.has(last) && !(page.ordinary(run.to - 1) && last.endsWith('s'));
  const next = text.slice(end[run.to - 1] as number, (end[run.to - 1] as number) + 2);
  if (BYLINE_BEFORE.test(head) && personal && (/^[,\n]/.test(next) || /^\s*$/.test(next) || (head.endsWith('By ') && /^ a/.test(next)))) {
    return { type: 'person', weight: 3, reason: 'the byline names the writer' };
  }
  if (CREDIT_BEFORE.test(head) && personal) return { type: 'person', weight: 3, reason: 'the picture credit names the photographer' };
  if (CREDIT_AFTER_SLASH.test(head) && run.to === whole.to && /^\s/.test(next || ' ')) return { type: 'agency', weight: 3, reason: 'the picture credit names the agency' };
  return null;
}

/** A copyright sign, and perhaps a year, right before a run. */
export const COPYRIGHT_BEFORE = /©\s*(?:\d{4}\s*)?$/;
