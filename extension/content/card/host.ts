/**
 * The card's place in the page: a `<dossier-card-host>` on the document element with an open
 * shadow root, so page CSS cannot reach the card and the card's CSS cannot leak out.
 */
import { CARD_HOST_TAG, HOST_DISPLAY } from '../ui-hosts.ts';

export const HOST_TAG = CARD_HOST_TAG;

/** Created host element, its shadow root, and the element the card renders into. */
export interface CardHost {
  host: HTMLElement;
  root: ShadowRoot;
  mount: HTMLElement;
}

/** Minimal styles used if `card.css` cannot load (a blocked web-accessible resource). */
const FALLBACK_CSS = `:host{all:initial}.dossier-card{position:fixed;z-index:2147483647;max-width:22rem;
background:#fff;color:#1a1a1a;border:1px solid #888;border-radius:8px;padding:.75rem;font:14px/1.4 system-ui,sans-serif}`;

/** The web-accessible stylesheet's URL; null outside an extension (tests, a reloaded extension). */
function cssUrl(): string | null {
  const g = globalThis as { browser?: { runtime?: { getURL(path: string): string } }; chrome?: { runtime?: { getURL(path: string): string } } };
  try {
    return (g.browser?.runtime ?? g.chrome?.runtime)?.getURL('card.css') ?? null;
  } catch {
    return null;
  }
}

/** Loads the card stylesheet into the shadow root, falling back to a constructed sheet. */
function attachStyles(root: ShadowRoot): void {
  const reset = new CSSStyleSheet();
  // !important: for important rules the shadow tree's own :host wins over the page's, so a page
  // styling `dossier-card-host { display: none !important }` or `* { all: unset !important }` cannot hide the card.
  // Its display comes from content.css: the card goes with the extension (ui-hosts.ts).
  reset.replaceSync(`:host{all:initial !important;${HOST_DISPLAY};visibility:visible !important;opacity:1 !important}`);
  root.adoptedStyleSheets = [reset];
  const url = cssUrl();
  if (!url) {
    useFallback(root);
    return;
  }
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = url;
  link.addEventListener('error', () => useFallback(root), { once: true });
  root.append(link);
}

function useFallback(root: ShadowRoot): void {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(FALLBACK_CSS);
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}

/** Appends the host to `<html>` (not `<body>`, which pages replace or restyle). */
export function createCardHost(doc: Document = document): CardHost {
  const host = doc.createElement(HOST_TAG);
  const root = host.attachShadow({ mode: 'open' });
  attachStyles(root);
  const mount = doc.createElement('div');
  mount.className = 'dossier-root';
  root.append(mount);
  doc.documentElement.append(host);
  return { host, root, mount };
}
