/**
 * One sense per page: a context-dependent alias the page has shown to mean one entity ("shares of
 * Shell and BP gained") means it again where the words around it say nothing — a ticker, a table
 * of movers, a headline ("Shell and BP lead gains in London").
 */
import { datelinePlace } from './credits.ts';
import { isContextDependent } from './exact.ts';
import type { Candidate, LinkState } from './state.ts';
import { WEIGHTS as W } from './weights.ts';

/** Folded words of tokens [from, to), as one key (the alias as the page spells it, case aside). */
function surfaceKey(state: LinkState, from: number, to: number): string {
  let key = '';
  for (let k = from; k < to; k++) key += `${state.tokens.hash[k] as number} `;
  return key;
}

/**
 * Links the rejected spans whose words an accepted alias match spelt, to that match's entity,
 * when the page linked those words to that entity alone. `rejected` holds each span's scored
 * candidates: the page's own use is the evidence a vetoed one lacked ("BP" in a table of movers).
 */
export function linkRepeatedAliases(state: LinkState, rejected: readonly Candidate[][], threshold: number): void {
  if (rejected.length === 0) return;
  const senses = new Map<string, { entity: number; confidence: number } | null>();
  for (const c of state.accepted) {
    if (!c || !isContextDependent(c)) continue;
    const key = surfaceKey(state, c.from, c.to);
    const known = senses.get(key);
    if (known === undefined) senses.set(key, { entity: c.entity, confidence: c.confidence });
    else if (known && known.entity !== c.entity) senses.set(key, null); // two senses on one page: no rule
  }
  for (const group of rejected) {
    const first = group[0] as Candidate;
    const sense = senses.get(surfaceKey(state, first.from, first.to));
    if (!sense || !state.isFree(first.from, first.to)) continue;
    const same = group.find((c) => c.entity === sense.entity);
    if (same && !datelinePlace(state, same)) state.accept({ ...same, confidence: Math.max(threshold, Math.min(sense.confidence, same.confidence + W.repeatedAlias)) });
  }
}

/** How a link made by spelling (a variant, a sound-alike, a near spelling), not by a KB name. */
const SPELT: ReadonlySet<string> = new Set(['variant', 'phonetic', 'fuzzy']);

/**
 * One reading per page for a garbled name of two words or more: where the page spells a name
 * exactly as a variant link it has made ("Elon Mask" in the article), the same words elsewhere
 * are that entity too, also where the words around them say nothing (a Title Case headline).
 */
export function linkRepeatedSpellings(state: LinkState): void {
  const readings = new Map<string, Candidate | null>();
  for (const c of state.accepted) {
    if (!c || c.to - c.from < 2 || !SPELT.has(c.how)) continue;
    const key = surfaceKey(state, c.from, c.to);
    const known = readings.get(key);
    if (known === undefined) readings.set(key, c);
    else if (known && known.entity !== c.entity) readings.set(key, null);
  }
  if (readings.size === 0) return;
  const { tokens } = state;
  for (const c of [...readings.values()]) {
    if (!c) continue;
    const length = c.to - c.from;
    const key = surfaceKey(state, c.from, c.to);
    for (let i = 0; i + length <= tokens.length; i++) {
      if (tokens.hash[i] !== tokens.hash[c.from] || !tokens.cap(i) || !state.isFree(i, i + length) || surfaceKey(state, i, i + length) !== key) continue;
      state.accept({ ...c, from: i, to: i + length });
    }
  }
}
