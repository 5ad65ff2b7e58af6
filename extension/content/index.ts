/**
 * Content script: asks the background for the linker index once per page, links the page's
 * visible text, paints the mentions as `dossier-<type>` highlights and mounts the card UI.
 * It never mutates the page's DOM itself (the card UI adds one `dossier-card-host`), and it
 * removes everything it added when the extension context dies.
 */
import { normalizeKey } from '../../src/kb/keys.ts';
import type { LinkerIndex, LinkOptions } from '../../src/link/index.ts';
import type { PageSummary } from '../shared/protocol.ts';
import { callBackground, serveContent } from '../shared/rpc.ts';
import { mountCardUi, type CardUi } from './card/mount.ts';
import { contextAlive } from './lifecycle.ts';
import { Painter } from './paint.ts';
import { watchForChanges } from './rescan.ts';
import { createScanner, type Scan } from './scanner.ts';
import type { ContentContext, PageMention } from './types.ts';

const teardowns: (() => void)[] = [];
let mentions: PageMention[] = [];
const listeners = new Set<() => void>();
const painter = new Painter();
let dead = false;

/** Removes highlights, stylesheet, card UI and observers: the extension is gone. */
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
  painter.clear();
  mentions = [];
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

function update(scan: Scan): void {
  if (!contextAlive()) return teardown();
  mentions = scan(document.body);
  painter.paint(mentions);
  for (const listener of listeners) listener();
}

function summary(): PageSummary {
  const counts = new Map<string, PageSummary['entities'][number]>();
  for (const m of mentions) {
    const entry = counts.get(m.entityId) ?? { id: m.entityId, name: m.entityName, type: m.entityType, count: 0 };
    entry.count += 1;
    counts.set(m.entityId, entry);
  }
  return { url: location.href, entities: [...counts.values()].sort((a, b) => b.count - a.count) };
}

/** The user's "wrong link" corrections for this site, as the linker's suppress test. */
async function correctionsForSite(site: string): Promise<LinkOptions['suppress']> {
  const corrections = await call('listCorrections', {});
  const wrong = new Set(corrections.filter((c) => c.site === site).map((c) => `${c.entityId}|${normalizeKey(c.quote)}`));
  return wrong.size ? (quote, entityId) => wrong.has(`${entityId}|${normalizeKey(quote)}`) : undefined;
}

async function main(): Promise<void> {
  if (!document.body || typeof CSS === 'undefined' || !('highlights' in CSS)) return;
  const [{ index }, suppress] = await Promise.all([call('getLinkerIndex', {}), correctionsForSite(location.hostname)]);
  if (dead) return;
  const scan = createScanner(index as LinkerIndex, { suppress });
  update(scan);
  const ctx: ContentContext = {
    mentions: () => mentions,
    onMentionsChanged(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    call,
  };
  // mountCardUi is typed as MountCardUi & (ctx => CardUi); pick the richer signature.
  const ui = (mountCardUi as (ctx: ContentContext) => CardUi)(ctx);
  teardowns.push(() => ui.destroy());
  teardowns.push(
    serveContent({
      getPageSummary: summary,
      revealEntity: ({ id }) => ({ found: ui.reveal(id) }),
      focusNextMention: () => ({ found: ui.next() }),
    }),
  );
  teardowns.push(watchForChanges(() => update(scan)));
  // An orphaned script gets no message telling it so: check when the tab is shown again.
  const checkAlive = (): void => {
    if (!contextAlive()) teardown();
  };
  document.addEventListener('visibilitychange', checkAlive);
  teardowns.push(() => document.removeEventListener('visibilitychange', checkAlive));
}

main().catch((error: unknown) => {
  if (!contextAlive()) teardown();
  else console.warn('dossier: page scan failed', error);
});
