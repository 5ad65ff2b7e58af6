/**
 * Content script (every frame with a body): follows the settings (paused, sites switched off,
 * mark styles, inline marks, unknown-name marks) live; while on, scans the page in idle-time
 * chunks, paints the mentions as marks (`dossier-<type>` CSS highlights) and follows late content
 * (see session.ts). The card UI is loaded only on first use (card-loader.ts); the user's saved
 * highlights are highlights/. Everything Dossier added is removed when it is switched off or the
 * extension context dies.
 */
import { linkKey } from '../shared/corrections.ts';
import type { PageSummary } from '../shared/protocol.ts';
import { callBackground, serveContent } from '../shared/rpc.ts';
import { getSettings, isActiveOn, onSettingsChanged, type Settings } from '../shared/settings.ts';
import { createCardLoader, type CardLoader } from './card-loader.ts';
import { mountHighlights } from './highlights/index.ts';
import { benchMark } from './bench-marks.ts';
import { contextAlive } from './lifecycle.ts';
import { MarkPainter } from './paint.ts';
import { createPieceLinker, type LinkPiece } from './scanner.ts';
import { ScanSession } from './session.ts';
import { removeLeftHosts } from './ui-hosts.ts';
import type { ContentContext } from './types.ts';

const teardowns: (() => void)[] = [];
const listeners = new Set<() => void>();
const painter = new MarkPainter();
let session: ScanSession | null = null;
let cards: CardLoader | null = null;
let dead = false;

/** Removes marks (CSS and inline), stylesheet, highlights, card UI and observers: the extension is gone. */
function teardown(): void {
  if (dead) return;
  dead = true;
  for (const fn of teardowns.splice(0).reverse()) {
    try {
      fn();
    } catch {
      // Keep tearing down the rest even if one part is already half gone.
    }
  }
}

/** Calls the background; a failure with a dead context tears the page state down. */
const call: ContentContext['call'] = async (method, params) => {
  try {
    return await callBackground(method, params);
  } catch (error) {
    if (!contextAlive()) teardown();
    throw error;
  }
};

/** "Wrong link" keys (`entityId|folded quote`) for this site: stored ones, and those marked since. */
const wrongLinks = new Set<string>();

const ctx: ContentContext = {
  mentions: () => session?.store.all() ?? [],
  onMentionsChanged(listener) {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  unmark(mentions) {
    for (const m of mentions) wrongLinks.add(linkKey(m.entityId, m.quote));
    session?.unmark(mentions);
  },
  call,
};

function changed(): void {
  if (!contextAlive()) return teardown();
  benchMark('painted');
  for (const listener of listeners) listener();
}

function summary(): PageSummary {
  const counts = new Map<string, PageSummary['entities'][number]>();
  for (const m of ctx.mentions()) {
    if (m.unknown) continue; // names the KB does not know are not entities to list
    const entry = counts.get(m.entityId) ?? { id: m.entityId, name: m.entityName, type: m.entityType, count: 0 };
    entry.count += 1;
    counts.set(m.entityId, entry);
  }
  return { url: location.href, entities: [...counts.values()].sort((a, b) => b.count - a.count) };
}

/** The user's "wrong link" corrections for this site, as a live suppress test for the linker's replies. */
async function correctionsForSite(site: string): Promise<(quote: string, entityId: string) => boolean> {
  const corrections = await call('listCorrections', {});
  for (const c of corrections) if (c.site === site) wrongLinks.add(linkKey(c.entityId, c.quote));
  return (quote, entityId) => wrongLinks.size > 0 && wrongLinks.has(linkKey(entityId, quote));
}

/** This page load's id: with the tab and frame (which the background knows), the linker's session key. */
const page = Math.random().toString(36).slice(2) + Date.now().toString(36);

/** The link function for this page: chunks go to the one warm linker through the background. */
let linker: Promise<LinkPiece> | null = null;
function pieceLinker(): Promise<LinkPiece> {
  const send = async (text: string, chunk: number) => (await call('linkChunk', { page, chunk, text })).spans;
  // Sent once more if the call failed: the host may have been gone, and the retry recreates it.
  linker ??= correctionsForSite(location.hostname).then((suppress) => createPieceLinker((text, chunk) => send(text, chunk).catch(() => send(text, chunk)), suppress));
  return linker;
}

/** Tells the linker this page is gone, so its session goes now rather than by age. */
function pageGone(): void {
  if (linker && contextAlive()) callBackground('pageGone', { page }).catch(() => undefined);
}

function switchOff(): void {
  cards?.destroy();
  cards = null;
  session?.stop();
  session = null;
}

/** Brings the page in line with `settings`: on or off, styles, inline marks. */
async function apply(settings: Settings): Promise<void> {
  painter.setStyles(settings.styles);
  if (!isActiveOn(settings, location.hostname)) return switchOff();
  if (session) return session.follow(settings);
  const link = await pieceLinker();
  benchMark('linker-ready');
  if (dead || session) return;
  session = new ScanSession({ doc: document, link, painter, changed, settled: () => benchMark('scan-done') });
  cards = createCardLoader({ ctx, markAt: (target) => session?.marks.mentionAt(target) ?? null });
  session.start(settings);
}

async function main(): Promise<void> {
  benchMark('scan-start');
  if (!document.body || typeof CSS === 'undefined' || !('highlights' in CSS)) return;
  removeLeftHosts(document);
  teardowns.push(switchOff, () => painter.clear());
  // Settings changes apply in order, each after the previous one finished.
  let applying = apply(await getSettings());
  teardowns.push(onSettingsChanged((settings) => (applying = applying.then(() => apply(settings)).catch(report))));
  teardowns.push(
    serveContent({
      getPageSummary: summary,
      revealEntity: async ({ id }) => ({ found: (await cards?.get())?.reveal(id) ?? false }),
      focusNextMention: async () => ({ found: (await cards?.get())?.next() ?? false }),
    }),
  );
  // The user's highlights (extension/content/highlights/): their own module, mounted once per page.
  teardowns.push(mountHighlights(ctx));
  // An orphaned script gets no message telling it so: check when the tab is shown again.
  const checkAlive = (): void => {
    if (!contextAlive()) teardown();
  };
  document.addEventListener('visibilitychange', checkAlive);
  teardowns.push(() => document.removeEventListener('visibilitychange', checkAlive));
  window.addEventListener('pagehide', pageGone);
  teardowns.push(() => window.removeEventListener('pagehide', pageGone));
  await applying;
}

function report(error: unknown): void {
  if (!contextAlive()) teardown();
  else console.warn('dossier: page scan failed', error);
}

main().catch(report);
