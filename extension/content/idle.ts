/**
 * Runs work in small steps when the page is idle (`requestIdleCallback`, or `setTimeout` where
 * it is missing), so scanning a big page never holds the main thread for long: each callback
 * runs steps while the idle period it was given lasts (at most `MAX_SLICE_MS`, counting the
 * step it would start), and every step is itself bounded.
 */

/**
 * One unit of work; returns true when the job has nothing left to do, false to be called again,
 * or a promise to be called again once it settles (it waits for replies; no idle time is spent).
 */
export type Job = () => boolean | Promise<unknown>;

/** Without an idle deadline (setTimeout, or an idle callback forced by its timeout): this much per callback. */
const SLICE_MS = 6;
/** Idle time left below which no new step starts (a step aims at ~8 ms). */
const RESERVE_MS = 10;
/**
 * Never more than this per callback, whatever idle time is offered, judging the next step by
 * the last one: on a machine twice as slow, or busy, a callback plus a major GC in it still
 * stays well under 50 ms. (With 12 ms plus a step past it, callbacks of 20–40 ms were seen on
 * a loaded 2-core machine.)
 */
const MAX_SLICE_MS = 10;
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

/** A job that waited for replies resumes at the latest this long after they came. */
const RESUME_TIMEOUT_MS = 50;

type Schedule = (run: (deadline?: IdleDeadline) => void, timeout?: number) => () => void;

const schedule: Schedule = (run, timeout = IDLE_TIMEOUT_MS) => {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(run, { timeout });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(run, 1);
  return () => clearTimeout(id);
};

type YieldingScheduler = { yield?: () => Promise<void> };

/**
 * Resolves in a task of its own: start-up work that would add up past 50 ms in one task
 * (receiving the 2 MB linker index, building the linker in slices, starting the scan) is split
 * with it. `scheduler.yield()` lets input and rendering go first and then continues at once;
 * elsewhere a message to itself does the same. Not `setTimeout(0)`: nested a few deep, the
 * browser holds each one back 4 ms, and start-up takes a dozen of them.
 */
export function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: YieldingScheduler }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/**
 * Creates a queue of jobs that runs them in idle time, in order. `drained` is called each time
 * the last queued job finishes (not when the queue is cleared).
 */
export function createIdleQueue(onError: (error: unknown) => void = () => undefined, drained: () => void = () => undefined): IdleQueue {
  const jobs: Job[] = [];
  let cancel: (() => void) | null = null;
  /** Set while the first job waits for a promise; cleared (and so ignored on settling) by clear(). */
  let waiting: Promise<unknown> | null = null;

  const wait = (promise: Promise<unknown>): void => {
    const mine = (waiting = promise);
    const resume = (): void => {
      if (waiting !== mine) return;
      waiting = null;
      // The job was ready to go on when it paused: go on at the next idle period, or after
      // RESUME_TIMEOUT_MS on a page that is never idle (with the 300 ms timeout of a fresh
      // callback a 2 MB page took 18 s, 4 chunks per callback). Not at once in a task: replies
      // painted as fast as they come made frames of 100+ ms of rendering on a 200,000-node page.
      if (jobs.length) cancel ??= schedule(tick, RESUME_TIMEOUT_MS);
    };
    promise.then(resume, resume);
  };

  const tick = (deadline?: IdleDeadline): void => {
    cancel = null;
    const started = performance.now();
    // Use the idle period the browser offers (up to 50 ms) rather than a fixed sliver of it: a
    // 2 MB page otherwise takes tens of seconds to mark. Safe now that a repaint after new
    // marks costs little (tints, viewport window; see paint.ts).
    const idle = deadline !== undefined && !deadline.didTimeout;
    let last = 0;
    const more = (): boolean => {
      const spent = performance.now() - started;
      return idle ? spent + last <= MAX_SLICE_MS && deadline.timeRemaining() > RESERVE_MS : spent + last <= SLICE_MS;
    };
    let first = true;
    while (jobs.length && (first || more())) {
      first = false;
      const job = jobs[0] as Job;
      const stepStarted = performance.now();
      let finished: boolean | Promise<unknown> = true;
      try {
        finished = job();
      } catch (error) {
        onError(error);
      }
      last = performance.now() - stepStarted;
      if (finished instanceof Promise) return wait(finished);
      if (finished && jobs[0] === job) jobs.shift();
    }
    if (jobs.length) cancel = schedule(tick);
    else drained();
  };

  return {
    push(job) {
      jobs.push(job);
      if (!waiting) cancel ??= schedule(tick);
    },
    clear() {
      jobs.length = 0;
      waiting = null;
      cancel?.();
      cancel = null;
    },
    busy: () => jobs.length > 0,
  };
}
