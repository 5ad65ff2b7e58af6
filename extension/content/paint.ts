/**
 * Paints the marks: the tint Dossier puts on each mention (the user's saved passages are
 * highlights, drawn by highlights/draw.ts). Both are drawn with the CSS Custom Highlight API;
 * the marks as one CSS highlight per entity type, named `dossier-<type>`, and `dossier-unknown`. The default styles come from `content.css`, injected by the manifest before
 * the page is first styled; only styles the user changed are adopted as a constructed sheet
 * (see styles.ts for why). Neither touches the page's DOM tree, so the page's own scripts and
 * serialisation see no change. Ranges are added and removed incrementally, chunk by chunk, and
 * made only for the mentions registered (mention-place.ts says why).
 */
import { ENTITY_TYPES, type EntityType } from '../../src/kb/model.ts';
import { DEFAULT_STYLES, type Settings } from '../shared/settings-model.ts';
import { overrideText } from './styles.ts';
import { rangeOf } from './mention-place.ts';
import type { PageMention } from './types.ts';
import { ViewportWindow } from './viewport-window.ts';

/**
 * Past this many mentions only those near the viewport are registered (viewport-window.ts
 * says why); up to it, all are, so a news article behaves exactly as drawn.
 */
export const WINDOW_AT = 1_500;

/** CSS highlight name of the quieter mark of names the KB does not know (issue 16). */
export const UNKNOWN_MARK = 'dossier-unknown';

/** CSS highlight name of the marks of one entity type. */
export function markName(type: EntityType): string {
  return `dossier-${type}`;
}

/** The CSS highlight a mention's mark is in: its type's, or the unknown-name one. */
const nameOf = (m: PageMention): string => (m.unknown ? UNKNOWN_MARK : markName(m.entityType));

/** Owns the page's marks (`dossier-<type>` CSS highlights) and the sheet of the user's own mark styles. */
export class MarkPainter {
  private sheet: CSSStyleSheet | undefined;
  private override = overrideText(DEFAULT_STYLES);
  /** The CSS highlight of each mark name. */
  private readonly highlights = new Map<string, Highlight>();
  /** Mentions painted (registered, or tracked by the window), to know when to window. */
  private readonly painted = new Set<PageMention>();
  private window: ViewportWindow | null = null;
  /** The Range registered for each mention in its CSS highlight, to take that same one out again. */
  private readonly registered = new Map<PageMention, Range>();

  /** Marks mentions: registered in their type's CSS highlight, or tracked by the viewport window. */
  add(mentions: readonly PageMention[]): void {
    if (!mentions.length) return;
    this.adoptOverride();
    for (const m of mentions) this.painted.add(m);
    if (this.window) return this.window.add(mentions);
    this.register(mentions);
    if (this.painted.size > WINDOW_AT) {
      this.window = new ViewportWindow((shown) => this.register(shown), (hidden) => this.unregister(hidden));
      this.window.add([...this.painted], true);
    }
  }

  /** Takes mentions' marks off (out of their CSS highlights and the window). */
  remove(mentions: readonly PageMention[]): void {
    for (const m of mentions) this.painted.delete(m);
    this.window?.remove(mentions);
    this.unregister(mentions);
    if (this.window && this.painted.size === 0) this.stopWindow();
  }

  private register(mentions: readonly PageMention[]): void {
    for (const m of mentions) {
      if (this.registered.has(m)) continue;
      const range = rangeOf(m);
      this.registered.set(m, range);
      this.highlightFor(nameOf(m)).add(range);
    }
  }

  private unregister(mentions: readonly PageMention[]): void {
    for (const m of mentions) {
      const range = this.registered.get(m);
      if (!range) continue;
      this.registered.delete(m);
      this.highlights.get(nameOf(m))?.delete(range);
    }
  }

  private stopWindow(): void {
    this.window?.stop();
    this.window = null;
  }

  /** Applies the mark styles per type (from the settings), live. */
  setStyles(styles: Settings['styles']): void {
    const text = overrideText(styles);
    if (text === this.override) return;
    this.override = text;
    if (!text) return this.dropSheet();
    if (this.sheet) this.sheet.replaceSync(text);
    else if (this.highlights.size) this.adoptOverride();
  }

  /** Removes every mark and the user-style sheet. */
  clear(): void {
    this.stopWindow();
    this.painted.clear();
    this.registered.clear();
    for (const type of ENTITY_TYPES) CSS.highlights.delete(markName(type));
    CSS.highlights.delete(UNKNOWN_MARK);
    this.highlights.clear();
    this.dropSheet();
  }

  private highlightFor(name: string): Highlight {
    let highlight = this.highlights.get(name);
    if (!highlight) {
      highlight = new Highlight();
      this.highlights.set(name, highlight);
    }
    // Re-registered if a page script removed it from the registry.
    if (CSS.highlights.get(name) !== highlight) CSS.highlights.set(name, highlight);
    return highlight;
  }

  /** Adopts the user-style sheet, if there is one to adopt and it is not already adopted. */
  private adoptOverride(): void {
    if (!this.override) return;
    if (this.sheet && document.adoptedStyleSheets.includes(this.sheet)) return;
    if (!this.sheet) {
      this.sheet = new CSSStyleSheet();
      this.sheet.replaceSync(this.override);
    }
    // Page scripts may reassign adoptedStyleSheets; re-adding on each paint survives that.
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, this.sheet];
  }

  private dropSheet(): void {
    const sheet = this.sheet;
    if (!sheet) return;
    this.sheet = undefined;
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
  }
}
