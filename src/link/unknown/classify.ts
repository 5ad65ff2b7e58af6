/**
 * First pass: which runs of capitalised words are names, trimmed of what is not part of them
 * (a leading "The", a title, a sentence-opening ordinary word), with clues to their type.
 */
import { CALENDAR_WORDS, FUNCTION_WORDS, SENTENCE_ADVERBS, TITLE_WORDS } from '../lexicon.ts';
import { contextClues, roleAround, roleType, type Clue } from './evidence.ts';
import type { PageView } from './page.ts';
import type { Run } from './spans.ts';
import { COPYRIGHT_BEFORE, creditClue, loneName, midSentence } from './cues.ts';
import { ADJECTIVE_ENDING, CONNECTORS, LIST_CONNECTORS, ORG_HEADS, ORG_SUFFIXES, PERSON_TITLES, PLACE_PREFIXES } from './words.ts';

/** A span taken for a name, with what the page says about it there. */
export interface Found {
  from: number;
  to: number;
  clues: Clue[];
  role?: string;
}

const key = (page: PageView, i: number): string => page.tokens.get(i).key;
/** Title words that name a portfolio, not a post: a name may end in one ("Sleep Health", "Public Health"). */
const PORTFOLIOS = new Set(['defence', 'defense', 'home', 'interior', 'justice', 'finance', 'health', 'culture', 'labour', 'labor', 'conservative', 'tory', 'democrat', 'republican', 'opposition']);

/** Titles written only before a name. */
const NAME_TITLES = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'sen', 'rep', 'gov', 'sir', 'dame', 'lord', 'lady', 'cllr', 'councillor', 'rev']);
const isConnector = (page: PageView, i: number): boolean => !page.tokens.cap(i);

/** Splits "Tom Hendry and Jane Hendry" at list connectors, unless an organisation word ends the run. */
function splitLists(page: PageView, run: Run): Run[] {
  if (ORG_SUFFIXES.has(key(page, run.to - 1))) return [run];
  const parts: Run[] = [];
  let from = run.from;
  for (let i = run.from; i < run.to; i++) {
    if (isConnector(page, i) && LIST_CONNECTORS.has(key(page, i))) {
      parts.push({ from, to: i });
      from = i + 1;
    }
  }
  parts.push({ from, to: run.to });
  return parts.filter((p) => p.to > p.from);
}

/** A sentence-opening verb or adverb form ("Reading Tom Hendry's letter"): an ordinary word, capitalised by position. */
function openingWord(page: PageView, i: number): boolean {
  return page.sentenceStart(i) && /(?:ing|ly|ed)$/.test(key(page, i)) && page.ordinary(i);
}

/** A sentence-opening ordinary word before "of" that is no organisation's head ("Residents of X", not "University of X"). */
function ofPhrase(page: PageView, run: Run): boolean {
  const i = run.from;
  return page.sentenceStart(i) && i + 2 < run.to && page.ordinary(i) && !ORG_HEADS.has(key(page, i)) && isConnector(page, i + 1) && key(page, i + 1) === 'of';
}

/** Takes a leading "The", title or sentence-opening word off the run; returns the title taken, if any. */
function trim(page: PageView, run: Run): string | null {
  let title: string | null = null;
  while (run.to - run.from > 0) {
    const k = key(page, run.from);
    const suffixed = run.to - run.from >= 2 && ORG_SUFFIXES.has(key(page, run.to - 1));
    if (PERSON_TITLES.has(k) || (TITLE_WORDS.has(k) && !suffixed)) title = page.tokens.get(run.from).raw;
    else if (ofPhrase(page, run)) run.from += 1; // "Residents of Bickleigh": the name starts after "of"
    else if (!(FUNCTION_WORDS.has(k) || SENTENCE_ADVERBS.has(k) || CALENDAR_WORDS.has(k) || openingWord(page, run.from))) break;
    run.from += 1;
  }
  // Nor does a name end in a title ("Danish Prime", "German Chancellor") or a particle.
  const tail = (k: string): boolean => CALENDAR_WORDS.has(k) || FUNCTION_WORDS.has(k) || (TITLE_WORDS.has(k) && !ORG_SUFFIXES.has(k) && !PORTFOLIOS.has(k));
  while (run.to > run.from && (isConnector(page, run.to - 1) || tail(key(page, run.to - 1)))) run.to -= 1;
  return title;
}

/** Clues from the name's own words: an organisation suffix or head, or the shape of a personal name. */
function structureClues(page: PageView, run: Run): Clue[] {
  const last = key(page, run.to - 1);
  const suffix = run.to - run.from >= 2 ? ORG_SUFFIXES.get(last) : undefined;
  if (suffix) return [{ type: suffix, weight: 4, reason: `its last word is "${page.tokens.get(run.to - 1).raw}"` }];
  if (run.to - run.from >= 3 && ORG_HEADS.has(key(page, run.from)) && key(page, run.from + 1) === 'of') {
    const head = ORG_SUFFIXES.get(key(page, run.from));
    return [{ type: head && head !== 'place' ? head : 'organization', weight: 4, reason: `it is "${page.tokens.get(run.from).raw} of …"` }];
  }
  let connectors = 0;
  for (let i = run.from; i < run.to; i++) if (isConnector(page, i) && !CONNECTORS.has(key(page, i))) connectors += 1;
  const n = run.to - run.from;
  if (n >= 2 && n <= 3 && !page.ordinary(run.from) && page.ordinary(run.to - 1) && /[^s]s$/.test(last) && !page.tokens.get(run.to - 1).upper) {
    return [{ type: 'sports-team', weight: 2, reason: `its last word is a plural, "${page.tokens.get(run.to - 1).raw}", as in a team's name`, short: 'first' }];
  }
  if (n >= 2 && PLACE_PREFIXES.has(key(page, run.from))) return [{ type: 'place', weight: 2, reason: `it starts with "${page.tokens.get(run.from).raw}", as place names do` }];
  // A surname is rarely an ordinary word; "Mark Brown" needs the page to say it is a person.
  const adjective = (i: number): boolean => /(?:ish|ese|ans|ean|eans|ic|ics)$/.test(key(page, i));
  const surname = !adjective(run.to - 1) && !adjective(run.from) && (!page.ordinary(run.to - 1) || !page.ordinary(run.from));
  if (n >= 2 && n <= 4 && connectors === 0 && surname) return [{ type: 'person', weight: 1, reason: 'it has the shape of a given name and surname', short: 'last' }];
  return [];
}

/** A one-word candidate: kept only with a title, a place cue or a role; no lone ordinary or adjective-like word. */
function single(page: PageView, run: Run, clues: Clue[], title: string | null): boolean {
  const i = run.from;
  if (page.knownPart(i) || page.tokens.get(i).upper) return false;
  const strong = clues.some((c) => c.weight >= 3);
  // "Mr Brown", but not "the Chief Executive": an ordinary word needs a title only a name follows.
  if (page.ordinary(i)) return title !== null && NAME_TITLES.has(title.toLowerCase());
  if (ADJECTIVE_ENDING.test(key(page, i)) && !strong) return false;
  if (clues.some((c) => c.weight >= 2 || c.type === 'place')) return true;
  // "assembled by Foxconn": a capitalised word inside running text that no dictionary lists and the
  // page never writes in lower case is a name, even with nothing around it to say what kind.
  if (loneName(page, i)) {
    clues.push({ type: 'other', weight: 1, reason: `"${page.tokens.get(i).raw}" is capitalised inside a sentence and is no ordinary word` });
    return true;
  }
  return false;
}

/** The name in one run of capitalised words, or none. */
function nameIn(page: PageView, whole: Run, listed: Clue[] = []): Found | null {
  const run = { ...whole };
  const title = trim(page, run);
  if (run.to <= run.from) return null;
  // "Educational Institute of [Scotland]": the name runs on into a KB link, which it may not overlap.
  if (run.to === whole.to && run.to + 1 < page.tokens.length && isConnector(page, run.to) && key(page, run.to) === 'of' && page.covered[run.to + 1]) return null;
  let plain = 0;
  for (let i = run.from; i < run.to; i++) if (page.tokens.cap(i) && !page.ordinary(i) && !page.tokens.get(i).upper) plain += 1;
  const text = page.tokens.text;
  const role = roleAround(text, page.tokens.start[run.from] as number, page.tokens.end[run.to - 1] as number);
  const clues = [...structureClues(page, run), ...contextClues(page.tokens, run.from, run.to, title), ...listed];
  if (role) clues.push(roleType(role));
  if (run.to - run.from === 1) {
    // A capitalised word opening a sentence is left to the second pass, unless the page describes it there.
    const opening = page.sentenceStart(run.from) && !title && !(role && !page.ordinary(run.from));
    return !opening && single(page, run, clues, title) ? { ...run, clues, role } : null;
  }
  // "© 2026 Ledger Line Media Ltd": the page's own publisher, wherever its line sits.
  // ("© All Rights Reserved" is no name: a word trimmed off the front, but "The", or a participle at the end rules it out.)
  const front = (run.from === whole.from || (run.from === whole.from + 1 && key(page, whole.from) === 'the')) &&
    key(page, run.from) !== 'all' && !(page.ordinary(run.to - 1) && key(page, run.to - 1).endsWith('ed'));
  if (front && COPYRIGHT_BEFORE.test(text.slice(Math.max(0, (page.tokens.start[whole.from] as number) - 12), page.tokens.start[whole.from] as number))) {
    clues.push({ type: 'company', weight: 4, reason: 'the page\'s copyright line names it as the publisher', short: 'site' });
    return { ...run, clues, role };
  }
  const credited = creditClue(page, whole, run, plain);
  if (credited) return { ...run, clues: [...clues, credited], role };
  if (page.heading(run.from)) return plain === run.to - run.from && clues.some((c) => c.type === 'person') ? { ...run, clues, role } : null;
  if (plain === 0) {
    const definite = key(page, Math.max(0, run.from - 1)) === 'the' && clues.some((c) => c.weight >= 4);
    const placed = !page.sentenceStart(run.from) && clues.some((c) => c.type === 'place');
    const inline = midSentence(page, run.from);
    if (!definite && !placed && !inline && !clues.some((c) => c.weight >= 2)) return null;
    if (inline && !clues.length) clues.push({ type: 'other', weight: 1, reason: 'its words are capitalised in the middle of a sentence' });
  }
  return clues.length ? { ...run, clues, role } : null;
}

/** Every name the first pass finds in the runs. */
export function classifyRuns(page: PageView, runs: readonly Run[]): Found[] {
  const found: Found[] = [];
  for (const run of runs) {
    // "in Exeter and Tiverton": later names of a list share the place cue before the first.
    const parts = splitLists(page, run);
    const lead = parts.length > 1 ? contextClues(page.tokens, (parts[0] as Run).from, (parts[0] as Run).from + 1, null).find((c) => c.type === 'place') : undefined;
    let listed: Clue[] = lead ? [{ type: 'place', weight: 1, reason: `it is listed after "${lead.reason.split('"')[1] ?? ''}"` }] : [];
    for (const part of parts) {
      const name = nameIn(page, part, listed);
      if (!name) continue;
      found.push(name);
      const place = name.clues.find((c) => c.type === 'place' && c.weight <= 2 && !c.reason.startsWith('listed'));
      if (place) listed = [{ type: 'place', weight: 1, reason: `listed with ${page.tokens.text.slice(page.tokens.start[name.from] as number, page.tokens.end[name.to - 1] as number)}, after "${place.reason.split('"')[1] ?? ''}"` }];
    }
  }
  return found;
}
