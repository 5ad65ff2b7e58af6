/**
 * A full disk or exhausted browser quota, turned into a message a researcher can act on. Every
 * store write is one transaction, so when this is thrown nothing from the failed write was kept.
 */

const ADVICE = 'Export and delete old highlights or free disk space, then try again.';

/** The browser refused to store more (QuotaExceededError); nothing from the failed write was kept. */
export class StorageFullError extends Error {
  /** `what` names what was not stored: "nothing was saved", "the user pack was not imported". */
  constructor(what = 'nothing was saved') {
    super(`Browser storage for Dossier is full, so ${what}. ${ADVICE}`);
    this.name = 'StorageFullError';
  }
}

/** True for the quota errors Chromium (`QuotaExceededError`) and Firefox (`NS_ERROR_DOM_QUOTA_REACHED`) raise. */
export function isQuotaError(error: unknown): boolean {
  const name = (error as { name?: string } | null)?.name;
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED';
}

/** Runs `work`; a quota error from it becomes StorageFullError(`what`), anything else passes through. */
export async function mappingQuota<T>(what: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw isQuotaError(error) ? new StorageFullError(what) : error;
  }
}

/**
 * After a request threw inside `tx`: aborts it (undoing its writes), waits for it to end, and returns
 * the error to report: the transaction's own quota error if it had one (later requests then fail only
 * with "transaction inactive"), else `error`.
 */
export async function abortWith(tx: { abort(): void; done: Promise<void>; error: DOMException | null }, error: unknown): Promise<unknown> {
  try {
    tx.abort();
  } catch {
    // Already aborted by the browser (an asynchronous quota failure): nothing more to undo.
  }
  await tx.done.catch(() => {});
  return isQuotaError(tx.error) ? tx.error : error;
}
