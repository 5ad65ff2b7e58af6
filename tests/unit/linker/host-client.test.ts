import { afterEach, describe, expect, it, vi } from 'vitest';
import { LinkerHost } from '../../../extension/linker/host-client.ts';
import type { FromWorker, LinkedSpan, ToWorker } from '../../../extension/linker/messages.ts';
import type { Entity } from '../../../src/kb/model.ts';
import { encodeLinkerIndex } from '../../../src/link/index-binary.ts';
import { buildLinkerIndex } from '../../../src/link/index.ts';
import { MINI_KB } from '../link/mini-kb.ts';

/** The shipped index file as the build writes it, served to the Worker's fetch. */
const FILE = encodeLinkerIndex(buildLinkerIndex(MINI_KB));
const reads: string[] = [];
/** The ordinary English words file, as the build writes it (a few words are enough here). */
const WORDS = 'met table reading';
const serveFile = async (url: URL) => {
  reads.push(url.href);
  return { ok: true, status: 200, text: async () => WORDS, arrayBuffer: async () => FILE.buffer.slice(FILE.byteOffset, FILE.byteOffset + FILE.byteLength) };
};
/** KB links of a reply, by entity name; unknown names of a reply, by name. */
const linked = (spans: LinkedSpan[]): string[] => spans.flatMap((s) => (s.kind === 'entity' ? [s.entityName] : []));
const unknown = (spans: LinkedSpan[]): string[] => spans.flatMap((s) => (s.kind === 'unknown' ? [s.name] : []));
const mine: Entity = { id: 'user:tom-hendry', name: 'Tom Hendry', type: 'person', aliases: [], description: 'a councillor', origin: 'user' };

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
    vi.stubGlobal('location', { href: 'chrome-extension://dossier/linker-worker.js' });
    vi.stubGlobal('fetch', serveFile);
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
  reads.length = 0;
});

describe('LinkerHost', () => {
  it('reads the shipped index from the package once, links chunks, and adds user entities when the entity set changes', async () => {
    vi.stubGlobal('Worker', InThreadWorker);
    let loads = 0;
    let user = { version: 'v1', entities: [] as Entity[] };
    const host = new LinkerHost('linker-worker.js', async () => ((loads += 1), user));
    const spans = await host.link('1:0:p', 'Dominic Raab met Jeremy Corbyn.', 'v1');
    expect(linked(spans)).toEqual(['Dominic Raab', 'Jeremy Corbyn']);
    expect(reads).toEqual(['chrome-extension://dossier/kb/linker-index.bin', 'chrome-extension://dossier/ordinary-words.txt']);
    const text = 'Councillor Tom Hendry met Dominic Raab.';
    // Not in the KB yet: an unknown name beside the link; once the user adds him, a link.
    const before = await host.link('1:0:p', text, 'v1');
    expect([linked(before), unknown(before)]).toEqual([['Dominic Raab'], ['Tom Hendry']]);
    expect(loads).toBe(1);
    user = { version: 'v2', entities: [mine] };
    const after = await host.link('1:0:p', text, 'v2');
    expect([linked(after), unknown(after)]).toEqual([['Tom Hendry', 'Dominic Raab'], []]);
    expect(loads).toBe(2);
    expect(reads).toHaveLength(2);
    expect(InThreadWorker.started).toHaveLength(1);
  });

  it('a Worker that dies fails the calls in flight, and the next call starts a new one', async () => {
    vi.stubGlobal('Worker', InThreadWorker);
    const host = new LinkerHost('linker-worker.js', async () => ({ version: 'v1', entities: [] }));
    await host.link('1:0:p', 'Dominic Raab.', 'v1');
    const first = InThreadWorker.started[0] as InThreadWorker;
    first.crash();
    expect(first.terminated).toBe(true);
    const spans = await host.link('1:0:p', 'Jeremy Corbyn.', 'v1');
    expect(linked(spans)).toEqual(['Jeremy Corbyn']);
    expect(InThreadWorker.started).toHaveLength(2);
  });
});
