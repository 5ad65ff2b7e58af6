/**
 * The linker Worker: one per browser, kept warm by its host (host-client.ts). It reads the
 * shipped KB's binary index from the package (`kb/linker-index.bin`, written at build time with
 * its look-up tables) and reads it in place, packs the user's own entities the same way as a
 * second layer, makes the linker once per entity-set version, links the chunks pages send, and
 * keeps a session per page. Nothing here touches a DOM or an extension API.
 */
import type { Entity } from '../../src/kb/model.ts';
import { openLinkerIndex, packedIndexOf } from '../../src/link/index-binary.ts';
import { buildLinkerIndex, linkerOver, type Linker, type Mention, type PageState } from '../../src/link/index.ts';
import type { PackedIndex } from '../../src/link/packed-index.ts';
import { UnknownPage } from '../../src/link/unknown/index.ts';
import type { EntitySpan, FromWorker, LinkedSpan, ToWorker } from './messages.ts';
import { SessionTable, type PageSession } from './sessions.ts';
import { readOrdinaryWords, unknownSpans, type UnknownContext } from './unknown-names.ts';

interface WorkerScope {
  onmessage: ((event: MessageEvent<ToWorker>) => void) | null;
  postMessage(message: FromWorker): void;
}
const scope = globalThis as unknown as WorkerScope;

let linker: Linker | null = null;
/** What unknown-name detection needs, for the same entity set as `linker`. */
let unknown: UnknownContext | null = null;
const sessions = new SessionTable();
/** The shipped index, read once per Worker and kept as the file's bytes. */
let shipped: Promise<PackedIndex> | null = null;

/** A file of the extension package next to this script: a local read, never a network request. */
async function readShippedIndex(): Promise<PackedIndex> {
  const response = await fetch(new URL('kb/linker-index.bin', (globalThis as unknown as { location: Location }).location.href));
  if (!response.ok) throw new Error(`the shipped linker index is missing: HTTP ${response.status}`);
  return openLinkerIndex(await response.arrayBuffer());
}

/** Starts reading the shipped index once (again after a failed read). */
function startReadingShipped(): Promise<PackedIndex> {
  return (shipped ??= readShippedIndex().catch((error: unknown) => {
    shipped = null;
    throw error;
  }));
}

/** The ordinary-word list unknown-name detection needs, read once (again after a failed read). */
let ordinaryWords: ReturnType<typeof readOrdinaryWords> | null = null;
function startReadingOrdinary(): ReturnType<typeof readOrdinaryWords> {
  return (ordinaryWords ??= readOrdinaryWords(new URL('ordinary-words.txt', (globalThis as unknown as { location: Location }).location.href)).catch((error: unknown) => {
    ordinaryWords = null;
    throw error;
  }));
}

/** The linker over the shipped index and the user's entities, and the unknown-name context for the same set. */
async function build(user: Entity[]): Promise<{ linker: Linker; unknown: UnknownContext }> {
  const [base, ordinary] = await Promise.all([startReadingShipped(), startReadingOrdinary()]);
  const linker = linkerOver(user.length ? [base, packedIndexOf(buildLinkerIndex(user))] : [base]);
  // Names the KB has are never "not in the knowledge base", even where the linker left them unlinked.
  return { linker, unknown: { ordinary, kbNames: { has: (keys) => linker.knows(keys) } } };
}

/**
 * The page state of `session` for `current`. A linker built again mid-page (the entity set
 * changed: the KB install finished, a user pack) takes the page's state over, by entity id.
 */
function pageState(current: Linker, session: PageSession): PageState {
  if (session.page?.linker !== current) session.page = { linker: current, state: current.startPage(session.page?.state) };
  return session.page.state;
}

/** A KB link as a reply span; `chunk` when it belongs to an earlier chunk of the page. */
function entitySpan(m: Mention, chunk?: number): EntitySpan {
  const span: EntitySpan = {
    kind: 'entity', start: m.start, end: m.end, entityId: m.entityId, entityName: m.entityName,
    entityType: m.entityType, how: m.how, confidence: m.confidence, explanation: m.explanation,
  };
  if (chunk !== undefined) span.chunk = chunk;
  return span;
}

/**
 * Links chunk `chunk` of the page `key` with what its earlier chunks showed (the session's page
 * state: names in play, the page's countries), and records the page's entities. The reply also
 * carries links found afterwards in earlier chunks (their surnames, now that this chunk named
 * the person) and this chunk's own surnames still waiting for a full name. With `context`, the
 * names no KB entity explains follow the links as spans of kind `unknown`.
 */
export function linkChunk(current: Linker, table: SessionTable, key: string, text: string, context: UnknownContext | null = null, chunk = 0): LinkedSpan[] {
  const session = table.use(key);
  session.chunks += 1;
  const state = pageState(current, session);
  const spans: LinkedSpan[] = [];
  const mentions = current.link(text, { page: { state, chunk } });
  for (const m of mentions) {
    session.entities.set(m.entityId, (session.entities.get(m.entityId) ?? 0) + 1);
    spans.push(entitySpan(m));
  }
  for (const upgrade of state.takeUpgrades()) for (const m of upgrade.mentions) spans.push(entitySpan(m, upgrade.chunk));
  for (const p of state.pending) if (p.chunk === chunk) spans.push({ kind: 'waiting', start: p.start, end: p.end });
  if (context) spans.push(...unknownSpans(text, mentions, context, { memory: (session.unknown ??= new UnknownPage()), chunk }));
  return spans;
}

async function handle(message: ToWorker): Promise<FromWorker | null> {
  if (message.type === 'index') {
    const started = performance.now();
    ({ linker, unknown } = await build(message.user));
    return { type: 'ready', version: message.version, ms: performance.now() - started, entities: linker.size };
  }
  if (message.type === 'drop') {
    sessions.drop(message.key);
    return null;
  }
  if (!linker) return { type: 'failed', id: message.id, error: 'the linker has no index yet' };
  return { type: 'linked', id: message.id, spans: linkChunk(linker, sessions, message.key, message.text, unknown, message.chunk) };
}

// Only inside a Worker (unit tests import linkChunk without one).
if ('WorkerGlobalScope' in globalThis) {
  // The files are read as soon as the Worker starts, while its host still asks the background
  // for the user's entities: on the cold path (browser start, host gone) that round trip, a
  // service worker waking and opening IndexedDB, overlaps the read of the 40 MB index.
  startReadingShipped().catch(() => undefined);
  startReadingOrdinary().catch(() => undefined);
  // Messages are handled one after another: a chunk sent while the index loads waits for it.
  let queue: Promise<void> = Promise.resolve();
  scope.onmessage = (event) => {
    queue = queue.then(async () => {
      try {
        const reply = await handle(event.data);
        if (reply) scope.postMessage(reply);
      } catch (error) {
        const id = event.data.type === 'link' ? event.data.id : null;
        scope.postMessage({ type: 'failed', id, error: error instanceof Error ? error.message : String(error) });
      }
    });
  };
}
