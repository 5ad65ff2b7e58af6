/** Hook: one short message at a time for the panel's `aria-live` region, optionally with an action. */
import { useCallback, useEffect, useState } from 'preact/hooks';

export interface Toast {
  message: string;
  /** Shown as a button next to the message (e.g. Undo). */
  action?: { label: string; run(): void };
  tone?: 'info' | 'error';
  /** Bumped for each new toast, so the same text twice is still announced and re-timed. */
  id: number;
}

export type ShowToast = (toast: Omit<Toast, 'id'>) => void;

export interface ToastState {
  toast: Toast | null;
  show: ShowToast;
  dismiss(): void;
  /** While held (focus or pointer in the toast) it never times out under the user. */
  hold(held: boolean): void;
}

/** How long a toast stays: long enough to reach its Undo button by keyboard. */
export const TOAST_MS = 10_000;

let next = 0;

/** The current toast and the functions that drive it. */
export function useToast(): ToastState {
  const [toast, setToast] = useState<Toast | null>(null);
  const [held, hold] = useState(false);
  const show = useCallback<ShowToast>((t) => setToast({ ...t, id: ++next }), []);
  const dismiss = useCallback(() => setToast(null), []);
  useEffect(() => {
    if (!toast || held) return;
    const timer = setTimeout(dismiss, TOAST_MS);
    return () => clearTimeout(timer);
  }, [toast, held, dismiss]);
  return { toast, show, dismiss, hold };
}
