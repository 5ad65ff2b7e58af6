/**
 * Progress for large exports: converters call `onProgress(done, total)` every `PROGRESS_EVERY`
 * items (and once at the end), so a UI can show a bar while thousands of highlights convert.
 */

/** Options every converter accepts. */
export interface ConvertOptions {
  /** Called with (done, total) every `PROGRESS_EVERY` items and when finished. */
  onProgress?: (done: number, total: number) => void;
  /** Export time written into the file; fixed in tests so output is reproducible. */
  now?: Date;
}

export const PROGRESS_EVERY = 250;

/** `items.map(fn)` that reports progress as it goes. */
export function mapWithProgress<T, R>(items: readonly T[], fn: (item: T, index: number) => R, options: ConvertOptions = {}): R[] {
  const out: R[] = [];
  const total = items.length;
  items.forEach((item, i) => {
    out.push(fn(item, i));
    if (options.onProgress && (i + 1) % PROGRESS_EVERY === 0 && i + 1 < total) options.onProgress(i + 1, total);
  });
  options.onProgress?.(total, total);
  return out;
}

/** Export time as RFC 3339 UTC with milliseconds. */
export function exportStamp(options: ConvertOptions = {}): string {
  return (options.now ?? new Date()).toISOString();
}
