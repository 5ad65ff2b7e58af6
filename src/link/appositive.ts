/**
 * Stage 4: names the page itself gives an entity. "X (NCSC)" makes the acronym X's; "known as
 * IPT29, DAX and Cozy Bear" makes every name in the list the entity of the one we know. Such
 * names hold for this page only (they become local aliases for coreference).
 */
import { F_SENTENCE, F_UPPER, hashWord, type TokenList } from '../text/tokens.ts';
import { ACRONYM_HEAD_JOINERS, APPOSITIVE_CONNECTORS, APPOSITIVE_TRIGGERS } from './lexicon.ts';
import { THRESHOLD } from './resolve.ts';
import type { Candidate, LinkState } from './state.ts';
import { contextSupport } from './support.ts';
import { WEIGHTS as W } from './weights.ts';

const TRIGGERS = APPOSITIVE_TRIGGERS;
const CONNECTORS = new Set(APPOSITIVE_CONNECTORS.map(hashWord));

const TRIGGER_STARTS = new Set(TRIGGERS.map((words) => hashWord(words[0] as string)));

function triggerEnd(tokens: TokenList, i: number): number {
  if (!TRIGGER_STARTS.has(tokens.hash[i] as number)) return -1;
  for (const words of TRIGGERS) {
    if (words.every((w, k) => i + k < tokens.length && tokens.get(i + k).key === w)) return i + words.length;
  }
  return -1;
}

/** Name-like items of a list: runs of capitalised or code-like tokens, split by connectors and punctuation. */
function listItems(state: LinkState, from: number): [number, number][] {
  const items: [number, number][] = [];
  let k = from;
  const { tokens } = state;
  while (k < tokens.length && items.length < 6) {
    if (k > from && (tokens.flags[k] as number) & F_SENTENCE) break;
    const cap = tokens.cap(k);
    if (!cap && CONNECTORS.has(tokens.hash[k] as number)) {
      k += 1;
      continue;
    }
    if (!cap) break;
    let end = k + 1;
    while (end < tokens.length && tokens.cap(end) && tokens.blankBefore(end) && !CONNECTORS.has(tokens.hash[end] as number)) end += 1;
    items.push([k, end]);
    k = end;
  }
  return items;
}

function mentionAt(state: LinkState, from: number, to: number): Candidate | null {
  const ids = state.overlapping(from, to);
  if (ids.length !== 1) return null;
  const c = state.accepted[ids[0] as number];
  return c && c.from === from && c.to === to ? c : null;
}

function keyOf(state: LinkState, from: number, to: number): string {
  const words: string[] = [];
  for (let k = from; k < to; k++) words.push(state.tokens.get(k).raw);
  return words.join(' ');
}

function linkList(state: LinkState, items: readonly [number, number][]): void {
  const known = items.map(([f, t]) => mentionAt(state, f, t)).filter((c): c is Candidate => !!c && c.how !== 'appositive');
  // The names disagree when one of them is a look-alike: trust the one the sentence speaks for.
  const weight = (c: Candidate): number => c.confidence + contextSupport({ ctx: state.ctx, entities: state.entities, entity: c.entity, from: c.from, to: c.to });
  const anchor = known.sort((a, b) => weight(b) - weight(a))[0];
  if (!anchor || anchor.confidence < THRESHOLD + W.appositiveAnchorMargin) return;
  const type = state.entities.get(anchor.entity)?.type;
  for (const [from, to] of items) {
    const existing = mentionAt(state, from, to);
    if (existing?.entity === anchor.entity) continue;
    // A name in the list that we link elsewhere to an entity of the same kind is a separate claim; keep it.
    if (existing && state.entities.get(existing.entity)?.type === type && existing.confidence >= anchor.confidence) continue;
    if (!existing && !state.isFree(from, to)) continue;
    state.replace({ from, to, entity: anchor.entity, how: 'appositive', confidence: Math.min(W.appositiveListCap, anchor.confidence), flags: 0 });
    state.localAliases.set(keyOf(state, from, to), anchor.entity);
  }
}

/** "known as A, B and C" lists. */
export function linkAppositiveLists(state: LinkState): void {
  for (let i = 0; i < state.tokens.length; i++) {
    const end = triggerEnd(state.tokens, i);
    if (end === -1) continue;
    const items = listItems(state, end);
    if (items.length >= 2) linkList(state, items);
  }
}

const NAME_JOINERS = new Set(ACRONYM_HEAD_JOINERS.map(hashWord));

/**
 * The mention that heads the name ending with `c`: "National Center for Cyber Security of Great
 * Britain (NCSC)" abbreviates the centre, not Britain. Walks back over "of", "the", "for" to an
 * earlier mention of the same name; `c` itself when nothing comes before it.
 */
function headOfName(state: LinkState, c: Candidate): Candidate {
  const { tokens } = state;
  let head = c;
  for (;;) {
    let k = head.from - 1;
    while (k >= 0 && NAME_JOINERS.has(tokens.hash[k] as number) && !tokens.cap(k) && tokens.blankBefore(k + 1)) k -= 1;
    if (k === head.from - 1 || k < 0 || !tokens.blankBefore(k + 1)) return head;
    const before = state.accepted[state.covered[k] as number];
    if (!before || before.to !== k + 1) return head;
    head = before;
  }
}

/** "Full Name (ACRONYM)": the acronym names the entity of the name just before it. */
export function linkParentheticalAcronyms(state: LinkState): void {
  const { tokens } = state;
  for (const c of state.mentions()) {
    // An acronym is in capitals: test the flag before making the token object (most mentions are followed by a word).
    if (c.to >= tokens.length || !((tokens.flags[c.to] as number) & F_UPPER)) continue;
    const t = tokens.get(c.to);
    const after = c.to + 1 < tokens.length ? tokens.get(c.to + 1) : undefined;
    if (!t.upper || !/\(\s*$/.test(t.gap) || (after && !/^\s*\)/.test(after.gap))) continue;
    const head = headOfName(state, c);
    if (head.to - head.from < 2 && head === c) continue;
    state.replace({ from: c.to, to: c.to + 1, entity: head.entity, how: 'appositive', confidence: Math.min(W.appositiveAcronymCap, head.confidence), flags: 0 });
    state.localAliases.set(t.raw, head.entity);
  }
}
