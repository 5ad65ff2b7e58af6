/**
 * Paints mentions with the CSS Custom Highlight API: one highlight per entity type, named
 * `dossier-<type>`, styled by a constructed stylesheet adopted by the document. Neither touches
 * the page's DOM tree, so the page's own scripts and serialisation see no change. Ranges are
 * added and removed incrementally, chunk by chunk, rather than repainting the whole page.
 */
import { ENTITY_TYPES, type EntityType } from '../../src/kb/model.ts';
import { DEFAULT_STYLES, type Settings } from '../shared/settings-model.ts';
import { styleText } from './styles.ts';
import type { PageMention } from './types.ts';

/** Registry name of the highlight for one entity type. */
export function highlightName(type: EntityType): string {
  return `dossier-${type}`;
}

/** Owns the page's `dossier-*` highlights and their stylesheet. */
export class Painter {
  private sheet: CSSStyleSheet | undefined;
  private styles: Settings['styles'] = DEFAULT_STYLES;
  private readonly highlights = new Map<EntityType, Highlight>();

  /** Adds mentions to their type's highlight. */
  add(mentions: readonly PageMention[]): void {
    if (!mentions.length) return;
    this.adoptSheet();
    for (const m of mentions) this.highlightFor(m.entityType).add(m.range);
  }

  /** Removes mentions from their highlights. */
  remove(mentions: readonly PageMention[]): void {
    for (const m of mentions) this.highlights.get(m.entityType)?.delete(m.range);
  }

  /** Applies highlight styles per type (from the settings), live. */
  setStyles(styles: Settings['styles']): void {
    this.styles = styles;
    this.sheet?.replaceSync(styleText(styles));
  }

  /** Removes the highlights and the stylesheet. */
  clear(): void {
    for (const type of ENTITY_TYPES) CSS.highlights.delete(highlightName(type));
    this.highlights.clear();
    if (this.sheet) {
      const sheet = this.sheet;
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
      this.sheet = undefined;
    }
  }

  private highlightFor(type: EntityType): Highlight {
    const name = highlightName(type);
    let highlight = this.highlights.get(type);
    if (!highlight) {
      highlight = new Highlight();
      this.highlights.set(type, highlight);
    }
    // Re-registered if a page script removed it from the registry.
    if (CSS.highlights.get(name) !== highlight) CSS.highlights.set(name, highlight);
    return highlight;
  }

  private adoptSheet(): void {
    if (this.sheet && document.adoptedStyleSheets.includes(this.sheet)) return;
    if (!this.sheet) {
      this.sheet = new CSSStyleSheet();
      this.sheet.replaceSync(styleText(this.styles));
    }
    // Page scripts may reassign adoptedStyleSheets; re-adding on each paint survives that.
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, this.sheet];
  }
}
