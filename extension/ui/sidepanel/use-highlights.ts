/** Hook: the highlights the background finds for a filter, reloaded when the filter changes. */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { HighlightFilter } from '../../../src/export/filter.ts';
import type { Highlight } from '../../../src/export/model.ts';
import { callBackground } from '../../shared/rpc.ts';

export interface HighlightList {
  /** The last list loaded (kept while a new one loads, so the panel does not flicker); null before the first. */
  list: Highlight[] | null;
  loading: boolean;
  error: string | null;
}

/**
 * Loads `listHighlights(filter)`; a null filter means "nothing to list". Only the newest
 * request may set the state, so fast typing never shows an older answer last.
 */
export function useHighlights(filter: HighlightFilter | null): [HighlightList, () => void] {
  const [state, setState] = useState<HighlightList>({ list: null, loading: true, error: null });
  const [version, setVersion] = useState(0);
  const seq = useRef(0);
  const key = JSON.stringify(filter);
  useEffect(() => {
    const mine = ++seq.current;
    const wanted = JSON.parse(key) as HighlightFilter | null;
    if (!wanted) {
      setState({ list: [], loading: false, error: null });
      return;
    }
    setState((old) => ({ ...old, loading: true }));
    callBackground('listHighlights', wanted).then(
      (list) => mine === seq.current && setState({ list, loading: false, error: null }),
      (err: unknown) => mine === seq.current && setState({ list: null, loading: false, error: err instanceof Error ? err.message : String(err) }),
    );
  }, [key, version]);
  const reload = useCallback(() => setVersion((v) => v + 1), []);
  return [state, reload];
}
