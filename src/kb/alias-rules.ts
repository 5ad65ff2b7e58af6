/**
 * Alias flags computed by rule, so sources need not flag every acronym and common word by hand:
 * acronyms match case-sensitively; common words, very short aliases, aliases shared by several entities
 * the three-letter acronyms of little-known bodies and threat actors' plain-word nicknames are
 * context-dependent. The same rules cover an
 * entity's NAME: when the name needs a flag, an alias equal to it is added to carry the flag (the linker
 * merges the flags of an alias equal to the name). A flag written in a source is never overridden.
 */
import type { Alias, Entity } from './model.ts';
import { normalizeKey } from './keys.ts';

/** Below this prominence a bare three-letter acronym ("MAD", "PET", "DNI") is more often something else. */
const OBSCURE = 0.5;

/** "GCHQ", "MI6", "BfV", "APT29": short, mostly capitals, no spaces. */
export function isAcronym(text: string): boolean {
  if (!/^[\p{L}\p{N}&.-]{2,7}$/u.test(text)) return false;
  const letters = text.replace(/[^\p{L}]/gu, '');
  const upper = letters.replace(/[^\p{Lu}]/gu, '');
  const body = text.replace(/[^\p{L}\p{N}]/gu, '');
  return upper.length >= 2 && upper.length * 2 >= letters.length + 1 && body.length <= 6;
}

/** Words that say a nickname names a group ("Lazarus Group"): such a name is not read as anything else. */
const GROUP_WORDS = new Set(['group', 'team', 'gang', 'crew']);

/**
 * Threat-actor nicknames made of plain words ("Cozy Bear", "Lazarus", "Fox Kitten") are ordinary
 * words or names outside a cyber story (a café, a Bible reading); a code ("APT29"), a coined
 * compound ("CozyDuke") or a name saying it is a group ("Lazarus Group") is not.
 */
export function isPlainNickname(e: Entity, text: string): boolean {
  if (e.type !== 'threat-actor' || /\d/.test(text) || isAcronym(text)) return false;
  const words = text.split(/\s+/);
  if (words.some((w) => GROUP_WORDS.has(w.toLowerCase()))) return false;
  return words.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w) || /^\p{Ll}{1,3}$/u.test(w));
}

/**
 * Counts, per normalised key, the entities whose name or alias has that key: all of them, and
 * those of the curated core. A curated name does not become context-dependent because some
 * registry of the bulk layer has a namesake (a town called London): the linker weighs those.
 */
function keyOwners(entities: Entity[]): Map<string, { all: number; core: number }> {
  const owners = new Map<string, { all: Set<string>; core: Set<string> }>();
  for (const e of entities) {
    for (const text of [e.name, ...e.aliases.map((a) => a.text)]) {
      const key = normalizeKey(text);
      let o = owners.get(key);
      if (!o) owners.set(key, (o = { all: new Set(), core: new Set() }));
      o.all.add(e.id);
      if (e.layer !== 'bulk') o.core.add(e.id);
    }
  }
  return new Map([...owners].map(([k, v]) => [k, { all: v.all.size, core: v.core.size }]));
}

interface Context {
  commonWords: ReadonlySet<string>;
  owners: Map<string, { all: number; core: number }>;
}

/** Whether `text` of entity `e` is ambiguous on its own (caseSensitive as already decided). */
function ambiguous(e: Entity, text: string, caseSensitive: boolean | undefined, ctx: Context): boolean {
  const key = normalizeKey(text);
  const body = key.replace(/ /g, '');
  const short = body.length <= 2 && e.type !== 'country';
  const owners = ctx.owners.get(key);
  const shared = ((e.layer === 'bulk' ? owners?.all : owners?.core) ?? 0) > 1;
  const common = ctx.commonWords.has(key) && !caseSensitive;
  const obscureAcronym = isAcronym(text) && body.length <= 3 && (e.prominence ?? 0) < OBSCURE && e.type !== 'country' && e.type !== 'person';
  return short || shared || common || obscureAcronym || isPlainNickname(e, text);
}

/** Adds an alias equal to the name when the name needs a flag, so the flag has a home. */
function nameAlias(e: Entity, ctx: Context): Alias | undefined {
  if (e.aliases.some((a) => a.text === e.name)) return undefined;
  const acronym = isAcronym(e.name);
  if (!acronym && !ambiguous(e, e.name, false, ctx)) return undefined;
  return acronym ? { text: e.name, caseSensitive: true, kind: 'acronym' } : { text: e.name };
}

/** Sets caseSensitive / contextDependent / kind on every alias that does not state them (in place). */
export function applyAliasRules(entities: Entity[], commonWords: ReadonlySet<string>): void {
  const ctx: Context = { commonWords, owners: keyOwners(entities) };
  for (const e of entities) {
    const alias = nameAlias(e, ctx);
    if (alias) e.aliases.unshift(alias);
  }
  for (const e of entities) {
    for (const alias of e.aliases) {
      const acronym = isAcronym(alias.text);
      if (alias.caseSensitive === undefined && acronym) alias.caseSensitive = true;
      if (alias.kind === undefined && acronym) alias.kind = 'acronym';
      if (alias.contextDependent !== undefined) continue;
      if (ambiguous(e, alias.text, alias.caseSensitive, ctx)) alias.contextDependent = true;
    }
  }
}
