/**
 * Merging a curated entry over an imported one with the same id: curated fields win, lists are unioned
 * (curated first), and an imported name the curated entry replaced is kept as an alias. Roles are unioned
 * by title and start year, so a curated role corrects the imported one it matches (e.g. adds the end date
 * a stale snapshot lacked) without the curator re-listing every other role.
 */
import type { Alias, Entity, Relation, Role, Source } from './model.ts';

function unionBy<T>(first: T[] | undefined, second: T[] | undefined, key: (item: T) => string): T[] | undefined {
  if (!first && !second) return undefined;
  const seen = new Set<string>();
  return [...(first ?? []), ...(second ?? [])].filter((item) => !seen.has(key(item)) && !!seen.add(key(item)));
}

/** Returns a new entity: `over`'s fields over `base`'s. */
export function mergeEntity(base: Entity, over: Entity): Entity {
  const aliasKey = (a: Alias) => a.text.toLowerCase();
  const formerName: Alias[] = base.name !== over.name ? [{ text: base.name }] : [];
  const aliases = (unionBy(over.aliases, [...formerName, ...base.aliases], aliasKey) ?? [])
    .filter((a) => a.text.toLowerCase() !== over.name.toLowerCase());
  const merged: Entity = { ...base, ...over, aliases };
  const relations = unionBy<Relation>(over.relations, base.relations, (r) => `${r.type}>${r.target}`);
  const sources = unionBy<Source>(over.sources, base.sources, (s) => s.url);
  const affiliation = unionBy<string>(over.affiliation, base.affiliation, (s) => s);
  const cues = unionBy<string>(over.cues, base.cues, (s) => s);
  const roleKey = (r: Role) => `${r.title.toLowerCase()}|${(r.from ?? '').slice(0, 4)}`;
  const roles = unionBy<Role>(over.roles, base.roles, roleKey);
  if (roles) merged.roles = roles.sort((a, b) => (a.from ?? '').localeCompare(b.from ?? ''));
  if (relations) merged.relations = relations;
  if (sources) merged.sources = sources;
  if (affiliation) merged.affiliation = affiliation;
  if (cues) merged.cues = cues;
  if (base.ids || over.ids) merged.ids = { ...base.ids, ...over.ids };
  return merged;
}
