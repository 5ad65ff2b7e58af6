/**
 * Paints mentions with the CSS Custom Highlight API: one highlight per entity type, named
 * `dossier-<type>`, styled by a constructed stylesheet adopted by the document. Neither touches
 * the page's DOM tree, so the page's own scripts and serialisation see no change.
 */
import { ENTITY_TYPES, type EntityType } from '../../src/kb/model.ts';
import type { PageMention } from './types.ts';

/** Highlight colours by type: light fills with a same-hue underline, readable on white pages. */
const COLOURS: Record<EntityType, string> = {
  person: '37, 99, 235',
  organization: '5, 150, 105',
  agency: '124, 58, 237',
  'threat-actor': '220, 38, 38',
  country: '202, 138, 4',
  place: '13, 148, 136',
  event: '219, 39, 119',
  other: '100, 116, 139',
};

/** Registry name of the highlight for one entity type. */
export function highlightName(type: EntityType): string {
  return `dossier-${type}`;
}

function styleText(): string {
  return ENTITY_TYPES.map((type) => {
    const rgb = COLOURS[type];
    return `::highlight(${highlightName(type)}) { background-color: rgba(${rgb}, 0.16); text-decoration: underline 2px rgba(${rgb}, 0.85); text-underline-offset: 3px; }`;
  }).join('\n');
}

/** Owns the page's `dossier-*` highlights and their stylesheet. */
export class Painter {
  private sheet: CSSStyleSheet | undefined;

  /** Replaces every painted mention with `mentions`. */
  paint(mentions: readonly PageMention[]): void {
    this.adoptSheet();
    const byType = new Map<EntityType, Range[]>();
    for (const m of mentions) {
      const list = byType.get(m.entityType) ?? [];
      list.push(m.range);
      byType.set(m.entityType, list);
    }
    for (const type of ENTITY_TYPES) {
      const ranges = byType.get(type);
      if (ranges) CSS.highlights.set(highlightName(type), new Highlight(...ranges));
      else CSS.highlights.delete(highlightName(type));
    }
  }

  /** Removes the highlights and the stylesheet. */
  clear(): void {
    for (const type of ENTITY_TYPES) CSS.highlights.delete(highlightName(type));
    if (this.sheet) {
      const sheet = this.sheet;
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
      this.sheet = undefined;
    }
  }

  private adoptSheet(): void {
    if (this.sheet && document.adoptedStyleSheets.includes(this.sheet)) return;
    this.sheet ??= new CSSStyleSheet();
    this.sheet.replaceSync(styleText());
    // Page scripts may reassign adoptedStyleSheets; re-adding on each paint survives that.
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, this.sheet];
  }
}
