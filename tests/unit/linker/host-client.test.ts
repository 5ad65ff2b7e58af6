import { afterEach, describe, expect, it, vi } from 'vitest';
import { LinkerHost } from '../../../extension/linker/host-client.ts';
import type { FromWorker, ToWorker } from '../../../extension/linker/messages.ts';
import { buildLinkerIndex } from '../../../src/link/index.ts';
import { MINI_KB } from '../link/mini-kb.ts';

const INDEX_TEXT = JSON.stringify(buildLinkerIndex(MINI_KB));

/**
 * A Worker stand-in that runs the real worker module's handler in this thread (Node has no
 * Worker with `onmessage` here); `crash()` fires an error event as a dead Worker does.
 */
class InThreadWorker {
  static started: InThreadWorker[] = [];
  onmessage: ((event: { data: FromWorker }) => void) | null = null;
  onerror: ((event: { message: string; preventDefault(): void }) => void) | null = null;
  terminated = false;
  private handler: ((event: { data: ToWorker }) => void) | null = null;
  private booted: Promise<void> | null = null;

  constructor() {
    InThreadWorker.started.push(this);
  }

  async boot(): Promise<void> {
    const scope = globalThis as unknown as Record<string, unknown>;
    scope.WorkerGlobalScope = class {};
    scope.postMessage = (data: FromWorker) => this.onmessage?.({ data });
    vi.resetModules();
    await import('../../../extension/linker/worker.ts');
    this.handler = scope.onmessage as (event: { data: ToWorker }) => void;
    delete scope.WorkerGlobalScope;
  }

  postMessage(data: ToWorker): void {
    void (this.booted ??= this.boot()).then(() => this.handler?.({ data }));
  }

  terminate(): void {
    this.terminated = true;
  }

  crash(): void {
    this.onerror?.({ message: 'out of memory', preventDefault() {} });
  }
}

afterEach(() => {
  vi.unstubAllGlobals();
  InThreadWorker.started = [];
});

describe('LinkerHost', () => {
  it('loads the index once per version, links chunks, and reloads when the entity set changes', async () => {
    vi.stubGlobal('Worker', InThreadWorker);
    let loads = 0;
    let version = 'v1';
    const host = new LinkerHost('linker-worker.js', async () => ((loads += 1), { version, text: INDEX_TEXT }));
    const spans = await host.link('1:0:p', 'Dominic Raab met Jeremy Corbyn.', 'v1');
    expect(spans.map((s) => s.entityName)).toEqual(['Dominic Raab', 'Jeremy Corbyn']);
    await host.link('1:0:p', 'Raab left.', 'v1');
    expect(loads).toBe(1);
    version = 'v2';
    await host.link('1:0:p', 'Corbyn stayed.', 'v2');
    expect(loads).toBe(2);
    expect(InThreadWorker.started).toHaveLength(1);
  });

  it('a Worker that dies fails the calls in flight, and the next call starts a new one', async () => {
    vi.stubGlobal('Worker', InThreadWorker);
    const host = new LinkerHost('linker-worker.js', async () => ({ version: 'v1', text: INDEX_TEXT }));
    await host.link('1:0:p', 'Dominic Raab.', 'v1');
    const first = InThreadWorker.started[0] as InThreadWorker;
    first.crash();
    expect(first.terminated).toBe(true);
    const spans = await host.link('1:0:p', 'Jeremy Corbyn.', 'v1');
    expect(spans.map((s) => s.entityName)).toEqual(['Jeremy Corbyn']);
    expect(InThreadWorker.started).toHaveLength(2);
  });
});
