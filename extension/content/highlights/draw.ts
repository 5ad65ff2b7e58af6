/**
 * Draws the user's highlights (saved passages) with the CSS Custom Highlight API as
 * `dossier-saved` (the page's DOM is not touched), styled by the static `content.css`
 * (styles.ts): a warm fill, stronger than the marks' tints; a "Jump to" flashes one with
 * `dossier-saved-flash`. The CSS names keep their first spelling: pages and tests read them.
 */
import { HIGHLIGHT, HIGHLIGHT_FLASH } from '../styles.ts';

export const FLASH_MS = 1500;

/** Owns the `dossier-saved*` CSS highlights. */
export class HighlightPainter {
  private flashTimer: ReturnType<typeof setTimeout> | undefined;

  /** Replaces the drawn saved highlights with `ranges`. */
  draw(ranges: readonly Range[]): void {
    if (!ranges.length) {
      CSS.highlights.delete(HIGHLIGHT);
      return;
    }
    const highlight = new Highlight(...ranges);
    // Under the entity marks (priority 0), so their tint still shows inside a saved passage.
    highlight.priority = -1;
    CSS.highlights.set(HIGHLIGHT, highlight);
  }

  /** Paints `range` in the flash style for a moment. */
  flash(range: Range, ms = FLASH_MS): void {
    clearTimeout(this.flashTimer);
    const highlight = new Highlight(range);
    highlight.priority = 1;
    CSS.highlights.set(HIGHLIGHT_FLASH, highlight);
    this.flashTimer = setTimeout(() => CSS.highlights.delete(HIGHLIGHT_FLASH), ms);
  }

  /** Removes the highlights. */
  clear(): void {
    clearTimeout(this.flashTimer);
    CSS.highlights.delete(HIGHLIGHT);
    CSS.highlights.delete(HIGHLIGHT_FLASH);
  }
}
