/**
 * Tables built item by item, as generators that yield now and then, so the same code builds a
 * table at once (the CLI, tests, the background) or a slice per task in a page, where building
 * the linker's tables in one go took 30–50 ms and pushed a task past 50 ms.
 */

/** A table under construction: each `next()` does a little more; the last returns the table. */
export type Build<T> = Generator<void, T, void>;

/** Items between yield points: a few hundred take well under a millisecond. */
export const ITEMS_PER_YIELD = 64;

/** True at the items where a build yields. */
export const yieldsAt = (item: number): boolean => item % ITEMS_PER_YIELD === ITEMS_PER_YIELD - 1;

/** Runs a build to the end in one go. */
export function buildNow<T>(build: Build<T>): T {
  for (;;) {
    const step = build.next();
    if (step.done) return step.value;
  }
}

/** Runs a build, awaiting `pause()` each time a slice has taken `sliceMs`. */
export async function buildInSlices<T>(build: Build<T>, pause: () => Promise<void>, sliceMs: number): Promise<T> {
  let started = performance.now();
  for (;;) {
    const step = build.next();
    if (step.done) return step.value;
    if (performance.now() - started < sliceMs) continue;
    await pause();
    started = performance.now();
  }
}
