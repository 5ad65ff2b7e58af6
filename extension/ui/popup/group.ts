/** Pure grouping for the popup's "On this page" list. */
import { ENTITY_TYPES } from '../../../src/kb/model.ts';
import type { PageSummary } from '../../shared/protocol.ts';

export type SummaryEntity = PageSummary['entities'][number];

export interface TypeGroup {
  type: string;
  entities: SummaryEntity[];
}

/** Groups by type in the KB's type order; within a group, most mentioned first, then by name. */
export function groupByType(entities: readonly SummaryEntity[]): TypeGroup[] {
  const order = (type: string): number => {
    const i = (ENTITY_TYPES as readonly string[]).indexOf(type);
    return i === -1 ? ENTITY_TYPES.length : i;
  };
  const groups = new Map<string, SummaryEntity[]>();
  for (const e of entities) groups.set(e.type, [...(groups.get(e.type) ?? []), e]);
  return [...groups.entries()]
    .sort(([a], [b]) => order(a) - order(b) || a.localeCompare(b))
    .map(([type, list]) => ({
      type,
      entities: [...list].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name)),
    }));
}

/** The hostname of a page URL, or null for URLs without one (about:, file:). */
export function hostOf(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const { protocol, hostname } = new URL(url);
    return (protocol === 'http:' || protocol === 'https:') && hostname ? hostname : null;
  } catch {
    return null;
  }
}
