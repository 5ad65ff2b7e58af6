import { describe, expect, it } from 'vitest';
import { createIdleQueue } from '../../../extension/content/idle.ts';

/** Resolves once `check` is true, polling on timers (the queue runs on setTimeout in Node). */
async function until(check: () => boolean): Promise<void> {
  while (!check()) await new Promise((resolve) => setTimeout(resolve, 1));
}

describe('idle queue drained signal', () => {
  it('calls drained once the last queued job has finished, after every step of it', async () => {
    const steps: string[] = [];
    let drained = 0;
    const queue = createIdleQueue(undefined, () => {
      drained += 1;
      steps.push('drained');
    });
    let left = 3;
    queue.push(() => {
      steps.push(`a${left}`);
      left -= 1;
      return left === 0;
    });
    queue.push(() => (steps.push('b'), true));
    await until(() => drained > 0);
    expect(steps).toEqual(['a3', 'a2', 'a1', 'b', 'drained']);
    expect(queue.busy()).toBe(false);
    // A later job (a re-link of a changed block) drains again.
    queue.push(() => (steps.push('c'), true));
    await until(() => drained > 1);
    expect(steps.slice(-2)).toEqual(['c', 'drained']);
  });

  it('does not call drained when the queue is cleared before its jobs ran', async () => {
    let drained = 0;
    let ran = 0;
    const queue = createIdleQueue(undefined, () => (drained += 1));
    queue.push(() => (ran += 1, true));
    queue.clear();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect({ ran, drained }).toEqual({ ran: 0, drained: 0 });
  });
});
