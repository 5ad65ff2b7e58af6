/**
 * Alias flags computed by rule, so sources need not flag every acronym and common word by hand:
 * acronyms match case-sensitively; common words, very short aliases and aliases shared by several
 * entities are context-dependent. A flag written in a source is never overridden.
 */
import type { Entity } from './model.ts';
import { normalizeKey } from './keys.ts';

/** "GCHQ", "MI6", "BfV", "APT29": short, mostly capitals, no spaces. */
export function isAcronym(text: string): boolean {
  if (!/^[\p{L}\p{N}&.-]{2,7}$/u.test(text)) return false;
  const letters = text.replace(/[^\p{L}]/gu, '');
  const upper = letters.replace(/[^\p{Lu}]/gu, '');
  const body = text.replace(/[^\p{L}\p{N}]/gu, '');
  return upper.length >= 2 && upper.length * 2 >= letters.length + 1 && body.length <= 6;
}

/** Counts, per normalised key, the entities whose name or alias has that key. */
function keyOwners(entities: Entity[]): Map<string, number> {
  const owners = new Map<string, Set<string>>();
  for (const e of entities) {
    for (const text of [e.name, ...e.aliases.map((a) => a.text)]) {
      const key = normalizeKey(text);
      if (!owners.has(key)) owners.set(key, new Set());
      owners.get(key)!.add(e.id);
    }
  }
  return new Map([...owners].map(([k, v]) => [k, v.size]));
}

/** Sets caseSensitive / contextDependent / kind on every alias that does not state them (in place). */
export function applyAliasRules(entities: Entity[], commonWords: ReadonlySet<string>): void {
  for (const e of entities) {
    // A name that is an acronym ("TASS") or a common word ("Play") is also listed as an alias, so its flag has a home.
    if (e.aliases.some((a) => a.text === e.name)) continue;
    if (isAcronym(e.name)) e.aliases.unshift({ text: e.name, caseSensitive: true, kind: 'acronym' });
    else if (commonWords.has(normalizeKey(e.name))) e.aliases.unshift({ text: e.name, contextDependent: true });
  }
  const owners = keyOwners(entities);
  for (const e of entities) {
    for (const alias of e.aliases) {
      const acronym = isAcronym(alias.text);
      if (alias.caseSensitive === undefined && acronym) alias.caseSensitive = true;
      if (alias.kind === undefined && acronym) alias.kind = 'acronym';
      if (alias.contextDependent !== undefined) continue;
      const key = normalizeKey(alias.text);
      const short = key.replace(/ /g, '').length <= 2 && e.type !== 'country';
      const shared = (owners.get(key) ?? 0) > 1;
      const common = commonWords.has(key) && !alias.caseSensitive;
      if (short || shared || common) alias.contextDependent = true;
    }
  }
}
