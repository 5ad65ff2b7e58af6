/**
 * Reads the visible text of a document or element without touching it. Works on a live DOM and
 * on a server-side one (linkedom), so it walks `childNodes` rather than relying on layout.
 */
import type { PageText, TextSegment } from './page-text.ts';
import { preservesBreaks, readerText } from './whitespace.ts';

/** Elements whose content is never prose a reader sees. */
const SKIPPED = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'BUTTON',
  'IFRAME', 'OBJECT', 'EMBED', 'CANVAS', 'SVG', 'MATH', 'HEAD', 'TITLE', 'META', 'LINK', 'CODE', 'PRE',
]);

/** Elements that end a line of text: a sentence never runs across them. */
const BLOCKS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'DD', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION',
  'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV',
  'OL', 'P', 'SECTION', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL', 'BODY', 'HTML',
  'DETAILS', 'SUMMARY', 'CAPTION', 'LEGEND',
]);

export interface ExtractOptions {
  /** Extra hiding test for live pages (e.g. `el.checkVisibility()`); attributes are always checked. */
  isHidden?: (element: Element) => boolean;
  /** Stop after this many characters (a 10 MB page is read in chunks by the caller). */
  maxChars?: number;
  /** Extra whitespace test for live pages (computed `white-space`); tag and inline style are always checked. */
  keepsLineBreaks?: (element: Element) => boolean;
}

/** Whether `element` and its subtree are left out of the extracted text. */
export function isSkipped(element: Element, options: ExtractOptions = {}): boolean {
  if (SKIPPED.has(element.tagName.toUpperCase())) return true;
  if (element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true') return true;
  const editable = element.getAttribute('contenteditable');
  if (editable !== null && editable !== 'false') return true;
  if (element.getAttribute('role') === 'textbox') return true;
  const style = element.getAttribute('style');
  if (style && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style)) return true;
  if (element.tagName.toLowerCase().startsWith('dossier-')) return true; // our own UI
  return options.isHidden?.(element) ?? false;
}

/** Whether `element` ends a line of text (a sentence never runs across it). */
export function isBlock(element: Element): boolean {
  return BLOCKS.has(element.tagName.toUpperCase());
}

/** Whether newlines in `element`'s text are line breaks a reader sees (else they read as spaces). */
export function keepsBreaks(element: Element, options: ExtractOptions = {}): boolean {
  return preservesBreaks(element) || (options.keepsLineBreaks?.(element) ?? false);
}

/**
 * The page's visible text with a map back to its text nodes. Each text node gives as many
 * characters as it holds, its line breaks read as spaces (see whitespace.ts); a "\n" between
 * nodes marks a block boundary.
 */
export function extractText(root: Node, options: ExtractOptions = {}): PageText {
  const parts: string[] = [];
  const segments: TextSegment[] = [];
  let length = 0;
  let pendingBreak = false;
  const limit = options.maxChars ?? Infinity;

  const visit = (node: Node, keep: boolean): boolean => {
    if (node.nodeType === 3) {
      const value = readerText((node as Text).data, keep);
      if (!value) return true;
      if (pendingBreak && length > 0) {
        parts.push('\n');
        length += 1;
      }
      pendingBreak = false;
      segments.push({ node: node as Text, start: length });
      parts.push(value);
      length += value.length;
      return length < limit;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return true;
    const element = node.nodeType === 1 ? (node as Element) : null;
    if (element && isSkipped(element, options)) return true;
    const block = element !== null && BLOCKS.has(element.tagName.toUpperCase());
    if (block) pendingBreak = true;
    const keepChildren = keep || (element !== null && keepsBreaks(element, options));
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (!visit(child, keepChildren)) return false;
    }
    if (block) pendingBreak = true;
    return true;
  };
  visit(root, false); // the root's ancestors are not consulted: roots are body, article or main
  return { text: parts.join(''), segments };
}

/** The main article of a page when it has one (article, main, role=main), else null. */
export function mainContent(document: Document): Element | null {
  const articles = Array.from(document.querySelectorAll('article'));
  if (articles.length === 1) return articles[0] ?? null;
  return document.querySelector('main, [role="main"]') ?? (articles[0] ?? null);
}
