/**
 * Draws saved highlights with the CSS Custom Highlight API as `dossier-saved` (the page's DOM is
 * not touched), styled by the static `content.css` (styles.ts): a warm fill, stronger than the
 * entity marks' tints; a "Jump to" flashes one with `dossier-saved-flash`.
 */
import { FLASH, SAVED } from '../styles.ts';

export const FLASH_MS = 1500;

/** Owns the `dossier-saved*` highlights. */
export class SavedPainter {
  private flashTimer: ReturnType<typeof setTimeout> | undefined;

  /** Replaces the drawn saved highlights with `ranges`. */
  draw(ranges: readonly Range[]): void {
    if (!ranges.length) {
      CSS.highlights.delete(SAVED);
      return;
    }
    const highlight = new Highlight(...ranges);
    // Under the entity marks (priority 0), so their tint still shows inside a saved passage.
    highlight.priority = -1;
    CSS.highlights.set(SAVED, highlight);
  }

  /** Paints `range` in the flash style for a moment. */
  flash(range: Range, ms = FLASH_MS): void {
    clearTimeout(this.flashTimer);
    const highlight = new Highlight(range);
    highlight.priority = 1;
    CSS.highlights.set(FLASH, highlight);
    this.flashTimer = setTimeout(() => CSS.highlights.delete(FLASH), ms);
  }

  /** Removes the highlights. */
  clear(): void {
    clearTimeout(this.flashTimer);
    CSS.highlights.delete(SAVED);
    CSS.highlights.delete(FLASH);
  }
}
