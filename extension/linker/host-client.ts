/**
 * The linker host's side of the Worker: starts it on first use, gives it the index (again when
 * the entity set's version moves), sends chunks and matches replies to calls. A Worker that
 * dies is started again by the next call. Runs in Chromium's offscreen document and in
 * Firefox's background page alike; `loadUser` says where the user's entities come from (the
 * Worker reads the shipped index from the package itself).
 */
import type { Entity } from '../../src/kb/model.ts';
import type { FromWorker, LinkedSpan, ToWorker } from './messages.ts';

/** The user's own entities, with the version of the entity set they belong to. */
export type UserEntitiesLoader = () => Promise<{ version: string; entities: Entity[] }>;

/**
 * A link reply later than this means the Worker is gone without an error event (closed, killed
 * for memory): it is dropped and the next call starts another. A chunk takes milliseconds.
 */
const REPLY_MS = 10_000;

interface Pending {
  resolve(spans: LinkedSpan[]): void;
  reject(error: Error): void;
}

/** Calls into one linker Worker. */
export class LinkerHost {
  private worker: Worker | null = null;
  private loaded: Promise<string> | null = null;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;

  constructor(
    private readonly workerUrl: string,
    private readonly loadUser: UserEntitiesLoader,
  ) {}

  /** Links `text`, chunk `chunk` of the page `key`, with an index at least as new as `version`. */
  async link(key: string, text: string, version: string, chunk = 0): Promise<LinkedSpan[]> {
    const worker = await this.ready(version);
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        if (this.worker === worker) this.fail(new Error('the linker stopped answering'));
      }, REPLY_MS);
      const done = (): void => clearTimeout(timer);
      this.pending.set(id, {
        resolve: (spans) => (done(), resolve(spans)),
        reject: (error) => (done(), reject(error)),
      });
      this.post(worker, { type: 'link', id, key, chunk, text });
    });
  }

  /** Forgets a page (or every page of a tab, `<tabId>:*`). */
  drop(key: string): void {
    if (this.worker) this.post(this.worker, { type: 'drop', key });
  }

  /**
   * Starts the Worker if none runs, without waiting for anything: it begins reading the
   * shipped index at once, so the first page to link finds it read or on its way.
   */
  warm(): void {
    this.worker ??= this.start();
  }

  /** Stops the Worker (a test, or a host going away). */
  stop(): void {
    this.fail(new Error('the linker stopped'));
  }

  /** The Worker, started and given an index of `version` (or newer) if it has none. */
  private async ready(version: string): Promise<Worker> {
    const worker = (this.worker ??= this.start());
    const current = (this.loaded ??= this.load(worker));
    if ((await current) !== version && this.worker === worker) {
      // The entity set changed (a user pack, an entity added): build the linker again, once
      // however many calls noticed it.
      if (this.loaded === current) this.loaded = this.load(worker);
      await this.loaded;
    }
    return worker;
  }

  private start(): Worker {
    const worker = new Worker(this.workerUrl);
    worker.onmessage = (event: MessageEvent<FromWorker>) => this.receive(event.data);
    worker.onerror = (event) => {
      event.preventDefault();
      this.fail(new Error(`the linker failed: ${event.message}`));
    };
    return worker;
  }

  private async load(worker: Worker): Promise<string> {
    try {
      const { version, entities } = await this.loadUser();
      return await new Promise<string>((resolve, reject) => {
        this.pending.set(0, { resolve: () => resolve(version), reject });
        this.post(worker, { type: 'index', version, user: entities });
      });
    } catch (error) {
      this.loaded = null;
      throw error;
    }
  }

  private receive(message: FromWorker): void {
    const id = message.type === 'ready' ? 0 : message.id ?? 0;
    const call = this.pending.get(id);
    if (!call) return;
    this.pending.delete(id);
    if (message.type === 'failed') call.reject(new Error(message.error));
    else call.resolve(message.type === 'linked' ? message.spans : []);
  }

  private post(worker: Worker, message: ToWorker): void {
    worker.postMessage(message);
  }

  /** Rejects every call in flight and forgets the Worker: the next call starts a new one. */
  private fail(error: Error): void {
    this.worker?.terminate();
    this.worker = null;
    this.loaded = null;
    for (const call of this.pending.values()) call.reject(error);
    this.pending.clear();
  }
}
