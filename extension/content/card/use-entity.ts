/** Hook: the card data of one entity, loaded through the page's shared entity loader. */
import { useEffect, useState } from 'preact/hooks';
import type { EntityCard } from '../../shared/protocol.ts';
import type { EntityLoader } from './entity-cache.ts';

export type EntityState =
  | { status: 'loading' }
  | { status: 'ready'; card: EntityCard }
  | { status: 'missing' }
  | { status: 'error'; message: string };

/** Loads `id` and re-renders as the promise settles; ignores results for an id no longer shown. */
export function useEntity(load: EntityLoader, id: string): EntityState {
  const [state, setState] = useState<EntityState>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    setState({ status: 'loading' });
    load(id).then(
      (card) => live && setState(card ? { status: 'ready', card } : { status: 'missing' }),
      (err: unknown) => live && setState({ status: 'error', message: String(err) }),
    );
    return () => {
      live = false;
    };
  }, [load, id]);
  return state;
}
