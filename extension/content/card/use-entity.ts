/**
 * Hook: the card data of one entity, loaded through the page's shared entity loader. While the
 * answer is outstanding it asks how the KB install stands, so a card opened in the first
 * seconds after install says why it is still empty instead of showing nothing.
 */
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { EntityCard, KbStatus } from '../../shared/protocol.ts';
import type { EntityLoader } from './entity-cache.ts';

export type EntityState =
  /** `setup`: the KB install's state, once known to be unfinished. */
  | { status: 'loading'; setup?: Exclude<KbStatus, { state: 'ready' }> }
  | { status: 'ready'; card: EntityCard }
  | { status: 'missing' }
  | { status: 'error'; message: string };

/** First status question, then one per interval while the entity is still on its way. */
export const STATUS_FIRST_MS = 100;
export const STATUS_EVERY_MS = 300;

const messageOf = (err: unknown): string => (err instanceof Error ? err.message : String(err));

/** Loads `id` and re-renders as it settles; `retry` asks again after an error. */
export function useEntity(load: EntityLoader, kbStatus: () => Promise<KbStatus>, id: string): [EntityState, () => void] {
  const [state, setState] = useState<EntityState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let pending = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    setState({ status: 'loading' });
    const settle = (next: EntityState): void => {
      if (!pending) return;
      pending = false;
      clearTimeout(timer);
      setState(next);
    };
    const ask = (): void => {
      kbStatus().then(
        (s) => {
          if (!pending) return;
          if (s.state !== 'ready') setState({ status: 'loading', setup: s });
          timer = setTimeout(ask, STATUS_EVERY_MS);
        },
        // No answer about the install: the entity's own answer (or error) still comes.
        () => undefined,
      );
    };
    timer = setTimeout(ask, STATUS_FIRST_MS);
    load(id).then(
      (card) => settle(card ? { status: 'ready', card } : { status: 'missing' }),
      (err: unknown) => settle({ status: 'error', message: messageOf(err) }),
    );
    return () => {
      pending = false;
      clearTimeout(timer);
    };
  }, [load, kbStatus, id, attempt]);
  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return [state, retry];
}
