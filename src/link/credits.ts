/**
 * Page furniture that says what a name is where the sentence says nothing: a credit ("Photo: AP",
 * "Additional reporting by Reuters") names a news organisation; a quote in a ticker or table
 * ("Nikkei 48,088 ▲ 1.1%") names an index or a listed company. Position-dependent support for
 * one alias match, added to the context support of its sentence.
 */
import { F_UPPER, hashWord } from '../text/tokens.ts';
import { wordHashes } from './context.ts';
import type { IndexEntity } from './linker-index.ts';
import type { Candidate, LinkState } from './state.ts';
import { cueHashes } from './support.ts';
import { isOrganisationType } from '../kb/model.ts';
import { BY_LABELS, CREDIT_LABELS, CREDITED_CUES, QUOTED_CUES } from './lexicon.ts';
import { WEIGHTS as W } from './weights.ts';

/** Words that label a credit when a colon follows ("Photo:", "Source:") or "by" ("Reporting by"). */
const CREDIT_LABEL_HASHES = new Set(CREDIT_LABELS.map(hashWord));
const BY_LABEL_HASHES = new Set(BY_LABELS.map(hashWord));
const BY = hashWord('by');
/** Marks between a label and the credited name (a colon), or between credited names in a list. */
const COLONS = [0x3a, 0xff1a]; // : ：
const LIST_MARKS = [0x2c, 0x26]; // , &
const NO_MARKS: number[] = [];

/**
 * Whether text[from, to) is blanks (space, tab, no-break space) around at most one of `marks`
 * (exactly one when `needMark`), and not empty when `needBlank`. Per candidate, so no regex
 * and no slice: the shapes "…: ", ", " and "  " of a credit's gaps.
 */
function blankGap(text: string, from: number, to: number, marks: readonly number[], needMark: boolean, needBlank = false): boolean {
  let marked = false;
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === 32 || c === 9 || c === 0xa0) continue;
    if (marked || !marks.includes(c)) return false;
    marked = true;
  }
  return (marked || !needMark) && (!needBlank || to > from);
}

/** A figure right after the name, with a change or percentage: "9,427.5 ▲ 0.4%", "455p +2.1%". */
const QUOTE_AFTER = /^[ \t\u00a0]+[$€£¥]?\d[\d,.]*p?[ \t\u00a0]*([▲▼△▽↑↓]|[+\-−]?\d[\d,.]*[ \t\u00a0]*%)/u;
const QUOTED_CUE_HASHES = wordHashes(QUOTED_CUES);
const CREDITED_CUE_HASHES = wordHashes(CREDITED_CUES);

/** Whether the mention at `from` is the first name of a credit, or follows credited names in its list. */
function credited(state: LinkState, from: number): boolean {
  const { tokens } = state;
  let k = from;
  // Walk back over a list of names already credited ("Photos: AP, AFP, Reuters").
  for (let steps = 0; steps < 4 && k > 0; steps++) {
    if (!CREDIT_LABEL_HASHES.has(tokens.hash[k - 1] as number) && tokens.hash[k - 1] !== BY && !tokens.cap(k - 1)) return false;
    const gapFrom = tokens.end[k - 1] as number;
    const gapTo = tokens.start[k] as number;
    const label = tokens.hash[k - 1] as number;
    if (CREDIT_LABEL_HASHES.has(label) && blankGap(tokens.text, gapFrom, gapTo, COLONS, true)) return true;
    if (label === BY && k > 1 && BY_LABEL_HASHES.has(tokens.hash[k - 2] as number) && blankGap(tokens.text, gapFrom, gapTo, NO_MARKS, false, true)) return true;
    if (!tokens.cap(k - 1) || !blankGap(tokens.text, gapFrom, gapTo, LIST_MARKS, false)) return false;
    k -= 1;
  }
  return false;
}

function hasCue(e: IndexEntity, cues: ReadonlySet<number>): boolean {
  for (const hash of cueHashes(e)) if (cues.has(hash)) return true;
  return false;
}

/** Support from the mention's place on the page: WEIGHTS.furniture for a credited news body or a quoted index or company. */
export function furnitureSupport(state: LinkState, c: Candidate): number {
  const e = state.entities.get(c.entity);
  if (!e || (!isOrganisationType(e.type) && e.type !== 'other')) return 0;
  if ((e.type === 'organization' || e.type === 'media') && credited(state, c.from) && hasCue(e, CREDITED_CUE_HASHES)) return W.furniture;
  const { text } = state.tokens;
  const end = state.tokens.end[c.to - 1] as number;
  // Most names are followed by a word: look closer only when a space and a figure come next.
  const next = text.charCodeAt(end + 1);
  if (text.charCodeAt(end) > 32 && text.charCodeAt(end) !== 0xa0) return 0;
  if (!(next >= 48 && next <= 57) && !'$€£¥'.includes(text[end + 1] ?? 'x')) return 0;
  return QUOTE_AFTER.test(text.slice(end, end + 24)) && hasCue(e, QUOTED_CUE_HASHES) ? W.furniture : 0;
}

/** After a dateline's place: ", STATE" or ", Country" perhaps, then "(Agency)" and a dash. */
const DATELINE_AFTER = /^(?:,[ \t\u00a0]*[A-Z][\p{L} .]{0,30})?[ \t\u00a0]+\([\p{L}][^()\n]{0,40}\)[ \t\u00a0]*[—–-]/u;

/**
 * The place of a dateline ("LONDON (Reuters) —", "NEW DELHI, India (AP) -"), in capitals at the
 * start of a line: it credits the agency and says where the story was filed, not what it is about,
 * so the place is not marked (and a look-alike such as a town called "Reading" never is).
 */
export function datelinePlace(state: LinkState, c: Candidate): boolean {
  const { tokens } = state;
  const type = state.entities.get(c.entity)?.type;
  if (type !== 'place' && type !== 'country') return false;
  for (let k = c.from; k < c.to; k++) if (((tokens.flags[k] as number) & F_UPPER) === 0) return false;
  const start = tokens.start[c.from] as number;
  if (!/(^|\n)[ \t\u00a0]*$/.test(tokens.text.slice(Math.max(0, start - 8), start))) return false;
  return DATELINE_AFTER.test(tokens.text.slice(tokens.end[c.to - 1], (tokens.end[c.to - 1] as number) + 60));
}
