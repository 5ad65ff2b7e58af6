/** Hook: a value loaded from the background, with a reload function for after changes. */
import { useCallback, useEffect, useState } from 'preact/hooks';

export type Remote<T> = { status: 'loading' } | { status: 'ready'; value: T } | { status: 'error'; message: string };

/** Runs `load` on mount and on `reload()`; `load` must be stable (defined outside the component). */
export function useRemote<T>(load: () => Promise<T>): [Remote<T>, () => void] {
  const [state, setState] = useState<Remote<T>>({ status: 'loading' });
  const reload = useCallback(() => {
    load().then(
      (value) => setState({ status: 'ready', value }),
      (err: unknown) => setState({ status: 'error', message: err instanceof Error ? err.message : String(err) }),
    );
  }, [load]);
  useEffect(reload, [reload]);
  return [state, reload];
}
