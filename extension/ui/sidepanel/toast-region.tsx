/**
 * The panel's live region. It is always in the document (a region added together with its
 * text is often not announced); only its content changes.
 */
import { useEffect, useRef } from 'preact/hooks';
import { t } from '../../shared/i18n.ts';
import type { ToastState } from './use-toast.ts';

/** Where focus goes when a focused toast button disappears: the results list (tabIndex -1). */
export const FOCUS_HOME_ID = 'panel-results';

function focusHome(): void {
  document.getElementById(FOCUS_HOME_ID)?.focus();
}

/** Renders the current toast; an action (Undo) receives focus so the keyboard can reach it at once. */
export function ToastRegion({ toast, dismiss, hold }: ToastState) {
  const actionRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (toast?.action) actionRef.current?.focus();
  }, [toast]);
  return (
    <div class="toast-region" role="status" aria-live="polite" aria-atomic="true"
      onFocusIn={() => hold(true)} onFocusOut={() => hold(false)} onMouseEnter={() => hold(true)} onMouseLeave={() => hold(false)}>
      {toast && (
        <div class={`toast ${toast.tone === 'error' ? 'toast-error' : ''}`} key={toast.id}>
          <span>{toast.message}</span>
          {toast.action && (
            <button type="button" ref={actionRef} onClick={() => { toast.action?.run(); dismiss(); focusHome(); }}>{toast.action.label}</button>
          )}
          <button type="button" class="toast-close" aria-label={t('panelDismiss')} onClick={() => { dismiss(); focusHome(); }}>×</button>
        </div>
      )}
    </div>
  );
}
