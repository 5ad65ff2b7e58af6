/**
 * Draws saved highlights with the CSS Custom Highlight API as `dossier-saved`, styled by a
 * constructed stylesheet of its own adopted by the document (the page's DOM is not touched).
 * Saved passages get a warm fill and a dotted underline, unlike the entity marks' tinted
 * fill and solid underline; a "Jump to" flashes one with `dossier-saved-flash`.
 */
export const SAVED = 'dossier-saved';
export const FLASH = 'dossier-saved-flash';
export const FLASH_MS = 1500;

const STYLE = `::highlight(${SAVED}) { background-color: rgba(253, 224, 71, 0.55); text-decoration: underline dotted 2px rgb(161, 98, 7); text-underline-offset: 4px; }
::highlight(${FLASH}) { background-color: rgb(251, 146, 60); color: #111; }`;

/** Owns the `dossier-saved*` highlights and their stylesheet. */
export class SavedPainter {
  private sheet: CSSStyleSheet | undefined;
  private flashTimer: ReturnType<typeof setTimeout> | undefined;

  /** Replaces the drawn saved highlights with `ranges`. */
  draw(ranges: readonly Range[]): void {
    if (!ranges.length) {
      CSS.highlights.delete(SAVED);
      return;
    }
    this.adoptSheet();
    const highlight = new Highlight(...ranges);
    // Under the entity marks (priority 0), so their underline still shows inside a saved passage.
    highlight.priority = -1;
    CSS.highlights.set(SAVED, highlight);
  }

  /** Paints `range` in the flash style for a moment. */
  flash(range: Range, ms = FLASH_MS): void {
    this.adoptSheet();
    clearTimeout(this.flashTimer);
    const highlight = new Highlight(range);
    highlight.priority = 1;
    CSS.highlights.set(FLASH, highlight);
    this.flashTimer = setTimeout(() => CSS.highlights.delete(FLASH), ms);
  }

  /** Removes the highlights and the stylesheet. */
  clear(): void {
    clearTimeout(this.flashTimer);
    CSS.highlights.delete(SAVED);
    CSS.highlights.delete(FLASH);
    const sheet = this.sheet;
    if (sheet) document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
    this.sheet = undefined;
  }

  private adoptSheet(): void {
    if (this.sheet && document.adoptedStyleSheets.includes(this.sheet)) return;
    if (!this.sheet) {
      this.sheet = new CSSStyleSheet();
      this.sheet.replaceSync(STYLE);
    }
    // Page scripts may reassign adoptedStyleSheets; re-adding on each draw survives that.
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, this.sheet];
  }
}
