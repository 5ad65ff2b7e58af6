/**
 * The linker Worker: one per browser, kept warm by its host (host-client.ts). It holds the
 * linker built from the index once, links the chunks pages send, and keeps a session per page.
 * Nothing here touches a DOM or an extension API.
 */
import { createLinker, type Linker, type LinkerIndex } from '../../src/link/index.ts';
import type { EntitySpan, FromWorker, ToWorker } from './messages.ts';
import { SessionTable } from './sessions.ts';

interface WorkerScope {
  onmessage: ((event: MessageEvent<ToWorker>) => void) | null;
  postMessage(message: FromWorker): void;
}
const scope = globalThis as unknown as WorkerScope;

let linker: Linker | null = null;
const sessions = new SessionTable();

/** Links one chunk for the page `key`; records the page's entities in its session. */
export function linkChunk(current: Linker, table: SessionTable, key: string, text: string): EntitySpan[] {
  const session = table.use(key);
  session.chunks += 1;
  const spans: EntitySpan[] = [];
  for (const m of current.link(text)) {
    session.entities.set(m.entityId, (session.entities.get(m.entityId) ?? 0) + 1);
    spans.push({
      kind: 'entity', start: m.start, end: m.end, entityId: m.entityId, entityName: m.entityName,
      entityType: m.entityType, how: m.how, confidence: m.confidence, explanation: m.explanation,
    });
  }
  return spans;
}

function handle(message: ToWorker): FromWorker | null {
  if (message.type === 'index') {
    const started = performance.now();
    linker = createLinker(JSON.parse(message.json) as LinkerIndex);
    return { type: 'ready', version: message.version, ms: performance.now() - started };
  }
  if (message.type === 'drop') {
    sessions.drop(message.key);
    return null;
  }
  if (!linker) return { type: 'failed', id: message.id, error: 'the linker has no index yet' };
  return { type: 'linked', id: message.id, spans: linkChunk(linker, sessions, message.key, message.text) };
}

// Only inside a Worker (unit tests import linkChunk without one).
if ('WorkerGlobalScope' in globalThis) {
  scope.onmessage = (event) => {
    try {
      const reply = handle(event.data);
      if (reply) scope.postMessage(reply);
    } catch (error) {
      const id = event.data.type === 'link' ? event.data.id : null;
      scope.postMessage({ type: 'failed', id, error: error instanceof Error ? error.message : String(error) });
    }
  };
}
