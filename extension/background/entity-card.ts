/** Card data for one entity: the record plus the names of the entities it points at. */
import type { Entity } from '../../src/kb/model.ts';
import type { EntityCard } from '../shared/protocol.ts';

/**
 * Looks up an entity through `lookup` (kb-install.ts `lookupEntity`) and resolves its relations
 * and affiliations to names; null if unknown.
 */
export async function entityCard(lookup: (id: string) => Promise<Entity | undefined>, id: string): Promise<EntityCard | null> {
  const entity = await lookup(id);
  if (!entity) return null;
  const edges = [
    ...(entity.relations ?? []).map((r) => ({ target: r.target, relation: r.type })),
    ...(entity.affiliation ?? []).map((target) => ({ target, relation: 'affiliated-with' })),
  ];
  const related: EntityCard['related'] = [];
  for (const edge of edges) {
    // A dangling edge (target not in this KB) is skipped rather than shown as a bare id.
    const other = await lookup(edge.target);
    if (other) related.push({ id: other.id, name: other.name, type: other.type, relation: edge.relation });
  }
  return { entity, related };
}
