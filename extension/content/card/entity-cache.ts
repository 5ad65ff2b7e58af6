/**
 * Card data is asked of the background lazily, once per entity per page: the promise is cached
 * so hovering the same name twice, or two names of one entity, costs one message.
 */
import type { EntityCard } from '../../shared/protocol.ts';
import type { ContentContext } from '../types.ts';

export type EntityLoader = (id: string) => Promise<EntityCard | null>;

/** A loader that memoises `getEntity` per id; a failed call is forgotten so it can be retried. */
export function createEntityLoader(ctx: Pick<ContentContext, 'call'>): EntityLoader {
  const cache = new Map<string, Promise<EntityCard | null>>();
  return (id) => {
    let hit = cache.get(id);
    if (!hit) {
      hit = ctx.call('getEntity', { id });
      cache.set(id, hit);
      hit.catch(() => cache.delete(id));
    }
    return hit;
  };
}
