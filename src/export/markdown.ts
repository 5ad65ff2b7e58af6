/**
 * Markdown export for reading and pasting into notes: one section per page (in order of first
 * appearance), its highlights in reading order as blockquotes, each followed by its note,
 * entities and tags. All user text is escaped so a quote can never turn into a heading, a
 * list, a link or raw HTML.
 */
import type { Highlight } from './model.ts';
import { mapWithProgress, type ConvertOptions } from './progress.ts';

/** Backslash-escapes CommonMark inline syntax, then anything at a line start that would begin a block. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[\\`*_[\]<>#|~]/g, '\\$&')
    // `&` only matters where it would start an entity reference such as `&amp;`.
    .replace(/&(?=#?[a-z0-9]+;)/gi, '\\&')
    .split('\n')
    .map((line) => line.replace(/^(\s*)([-+=])/, '$1\\$2').replace(/^(\s*\d+)([.)])/, '$1\\$2'))
    .join('\n');
}

/** Leading spaces would make an indented code block; they carry no meaning in a quote. */
const unindent = (text: string) => text.replace(/^[ \t]+/gm, '');

/** One-line text (a name, a tag, a title): line breaks become spaces. */
const inline = (text: string) => escapeMarkdown(text.replace(/\s*[\r\n]+\s*/g, ' '));

/** A note: paragraphs stay paragraphs, single line breaks become hard breaks (trailing backslash). */
function paragraphs(text: string): string {
  return unindent(text.trim())
    .split(/\n\s*\n/)
    .map((para) => escapeMarkdown(para).split('\n').join('\\\n'))
    .join('\n\n');
}

function blockquote(text: string): string {
  return escapeMarkdown(unindent(text)).split('\n').map((line) => (line ? `> ${line}` : '>')).join('\n');
}

function highlightBlock(h: Highlight): string {
  const parts = [blockquote(h.selectors.quote.exact)];
  if (h.note) parts.push(`**Note:** ${paragraphs(h.note)}`);
  if (h.entities.length) {
    parts.push(`**Entities:** ${h.entities.map((e) => `${inline(e.name)} (${e.type})`).join(', ')}`);
  }
  if (h.tags.length) parts.push(`**Tags:** ${h.tags.map(inline).join(', ')}`);
  return parts.join('\n\n');
}

/** Pages in order of first appearance, each with its highlights in reading (position) order. */
function groupByPage(highlights: readonly Highlight[]): Highlight[][] {
  const pages = new Map<string, Highlight[]>();
  for (const h of highlights) {
    const list = pages.get(h.source) ?? [];
    list.push(h);
    pages.set(h.source, list);
  }
  const at = (h: Highlight) => h.selectors.position?.start ?? Number.MAX_SAFE_INTEGER;
  return [...pages.values()].map((list) => [...list].sort((a, b) => at(a) - at(b)));
}

/** Writes highlights as a Markdown document. */
export function toMarkdown(highlights: readonly Highlight[], options: ConvertOptions = {}): string {
  const pages = groupByPage(highlights);
  const sections = ['# Dossier highlights'];
  let done = 0;
  for (const page of pages) {
    const first = page[0];
    const link = /^https?:\/\/[^\s<>]*$/i.test(first.source) ? `<${first.source}>` : escapeMarkdown(first.source);
    const heading = `## ${inline(first.title || first.source)}\n\n${link}`;
    const blocks = mapWithProgress(page, highlightBlock, {
      onProgress: options.onProgress && ((n) => options.onProgress?.(done + n, highlights.length)),
    });
    done += page.length;
    sections.push([heading, ...blocks].join('\n\n'));
  }
  if (!highlights.length) options.onProgress?.(0, 0);
  return `${sections.join('\n\n')}\n`;
}
