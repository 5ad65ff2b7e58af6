/** Hook: which of the page's highlights its content script re-anchored, or null when the page cannot say. */
import { useEffect, useState } from 'preact/hooks';
import type { AnchorStatus } from '../../shared/protocol.ts';
import { callTab } from '../../shared/rpc.ts';

/** Asks the tab again whenever `version` changes (after a reload of the list, a save, an undo). */
export function useAnchorStatus(tabId: number | null, version: unknown): AnchorStatus | null {
  const [status, setStatus] = useState<AnchorStatus | null>(null);
  useEffect(() => {
    let live = true;
    if (tabId === null) {
      setStatus(null);
      return;
    }
    callTab(tabId, 'getAnchorStatus', {}).then(
      (answer) => live && setStatus(answer),
      // No content script, or one without this call yet: show no "not found" section.
      () => live && setStatus(null),
    );
    return () => {
      live = false;
    };
  }, [tabId, version]);
  return status;
}
