/**
 * The popup's note while the bundled KB is being installed (the first seconds after install or
 * an update): progress, or the reason it failed. Nothing once the KB is ready.
 */
import { useEffect, useState } from 'preact/hooks';
import { installFigures } from '../../shared/kb-status.ts';
import { t } from '../../shared/i18n.ts';
import type { KbStatus } from '../../shared/protocol.ts';
import { callBackground } from '../../shared/rpc.ts';

/** How often the popup asks again while an install runs. */
const EVERY_MS = 400;

/** Asks the background for the install's state until it is ready. */
function useKbStatus(): KbStatus | null {
  const [status, setStatus] = useState<KbStatus | null>(null);
  useEffect(() => {
    let live = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const ask = (): void => {
      callBackground('getKbStatus', {}).then(
        (s) => {
          if (!live) return;
          setStatus(s);
          if (s.state === 'installing') timer = setTimeout(ask, EVERY_MS);
        },
        (error: unknown) => live && setStatus({ state: 'failed', error: error instanceof Error ? error.message : String(error) }),
      );
    };
    ask();
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, []);
  return status;
}

/** A status line with a progress bar while installing; the error if it failed. */
export function KbProgress() {
  const status = useKbStatus();
  if (!status || status.state === 'ready') return null;
  if (status.state === 'failed') return <p class="kb-status" role="alert">{t('popupKbFailed', status.error)}</p>;
  const label = status.total > 0 ? t('popupKbInstalling', ...installFigures(status.done, status.total)) : t('popupKbStarting');
  return (
    <div class="kb-status" role="status">
      <p>{label}</p>
      <progress max={Math.max(1, status.total)} value={status.done} aria-label={label} />
    </div>
  );
}
