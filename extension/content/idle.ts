/**
 * Runs work in small steps when the page is idle (`requestIdleCallback`, or `setTimeout` where
 * it is missing), so scanning a big page never holds the main thread for long: each callback
 * runs steps until a few milliseconds have passed, and every step is itself bounded.
 */

/** One unit of work; returns true when the job has nothing left to do. */
export type Job = () => boolean;

/** Steps run back to back until this much of a callback has passed (a step adds ~10 ms). */
const SLICE_MS = 6;
/** An idle callback still runs after this long on a page that is never idle. */
const IDLE_TIMEOUT_MS = 300;

export interface IdleQueue {
  /** Adds a job after the ones queued. */
  push(job: Job): void;
  /** Drops every queued job. */
  clear(): void;
  /** True while jobs are queued. */
  busy(): boolean;
}

type Schedule = (run: () => void) => () => void;

const schedule: Schedule = (run) => {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(run, { timeout: IDLE_TIMEOUT_MS });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(run, 1);
  return () => clearTimeout(id);
};

/** Creates a queue of jobs that runs them in idle time, in order. */
export function createIdleQueue(onError: (error: unknown) => void = () => undefined): IdleQueue {
  const jobs: Job[] = [];
  let cancel: (() => void) | null = null;

  const tick = (): void => {
    cancel = null;
    const started = performance.now();
    while (jobs.length && performance.now() - started < SLICE_MS) {
      const job = jobs[0] as Job;
      let finished = true;
      try {
        finished = job();
      } catch (error) {
        onError(error);
      }
      if (finished && jobs[0] === job) jobs.shift();
    }
    if (jobs.length) cancel = schedule(tick);
  };

  return {
    push(job) {
      jobs.push(job);
      cancel ??= schedule(tick);
    },
    clear() {
      jobs.length = 0;
      cancel?.();
      cancel = null;
    },
    busy: () => jobs.length > 0,
  };
}
