/**
 * The place names among a page's candidates, for place-evidence.ts: the spans that may name a
 * place, the countries of the names that start or end at each token (so "Kendal in Cumbria" and
 * "Bangor, Maine" can qualify each other), and the spans that also name something else.
 */
import { insideLongerName } from './bulk-gate.ts';
import { isContextOnly } from './exact.ts';
import { qualifierSlots } from './place-context.ts';
import type { Candidate, LinkState } from './state.ts';

export type Spans = Map<number, Candidate[]>;
/** What the pass knows of the page's candidates: countries of names by first and end token, spans that also name something else. */
export interface Page { starts: Map<number, Set<string>>; ends: Map<number, Set<string>>; named: Set<number>; sporty: boolean }

/** Place and country candidates by span, and the countries of the names starting or ending at each token. */
export function placeSpans(state: LinkState, candidates: readonly Candidate[]): { spans: Spans; starts: Map<number, Set<string>>; ends: Map<number, Set<string>>; named: Set<number> } {
  const spans: Spans = new Map();
  const named = new Set<number>();
  const starts = new Map<number, Set<string>>();
  const ends = new Map<number, Set<string>>();
  const note = (map: Map<number, Set<string>>, k: number, code: string): void => {
    let set = map.get(k);
    if (!set) map.set(k, (set = new Set()));
    set.add(code);
  };
  for (const c of candidates) {
    const e = state.entities.get(c.entity);
    if (!e || isContextOnly(c)) continue;
    if (e.type !== 'place' && e.type !== 'country') {
      named.add(c.from * 64 + (c.to - c.from));
      continue;
    }
    // A country qualifies the name before it ("Bangor, Maine", "Nice, France"), never the one after ("In the United States, Corbin said").
    // Only a whole name qualifies: not "Baxter" of "Rob Baxter, Exeter's director".
    if (e.country && !insideLongerName(state, c.from, c.to)) {
      note(starts, c.from, e.country);
      if (e.type === 'place') note(ends, c.to, e.country);
    }
    if (e.type !== 'place') continue;
    const key = c.from * 64 + (c.to - c.from);
    const list = spans.get(key);
    if (list) list.push(c);
    else spans.set(key, [c]);
  }
  return { spans, starts, ends, named };
}

/** Countries of the names that qualify [from, to) or that it qualifies ("X, Y", "X in Y"), linked or not. */
export function qualifierCountries(state: LinkState, c: Candidate, starts: Map<number, Set<string>>, ends: Map<number, Set<string>>): Set<string> {
  const out = new Set<string>();
  const { after, before } = qualifierSlots(state, c);
  const linkedCountry = (k: number, edge: (m: Candidate) => boolean, types: readonly string[]): void => {
    const id = k >= 0 ? (state.covered[k] as number) : -1;
    const m = id >= 0 ? state.accepted[id] : null;
    const e = m && edge(m) ? state.entities.get(m.entity) : undefined;
    if (e?.country && types.includes(e.type)) out.add(e.country);
  };
  if (after >= 0) {
    for (const code of starts.get(after) ?? []) out.add(code);
    linkedCountry(after, (m) => m.from === after, ['place', 'country']);
  }
  if (before >= 0) {
    for (const code of ends.get(before + 1) ?? []) out.add(code);
    linkedCountry(before, (m) => m.to === before + 1, ['place']);
  }
  return out;
}
