/**
 * Annotates one HTML document with the same engine the extension runs: server-side DOM
 * (linkedom), text extraction, linking.
 */
import { parseHTML } from 'linkedom';
import type { KnowledgeBase } from '../kb/model.ts';
import { buildLinkerIndex, createLinker, type Linker, type Mention } from '../link/index.ts';
import { extractText, mainContent } from '../text/extract.ts';

export interface AnnotatedDocument {
  source: string;
  title: string;
  text: string;
  mentions: Mention[];
}

/** A linker over the whole KB. */
export function linkerFor(kb: KnowledgeBase): Linker {
  return createLinker(buildLinkerIndex(kb.entities));
}

/** Whether the text looks like an HTML document at all. */
export function looksLikeHtml(text: string): boolean {
  return /<(!doctype html|html|head|body|article|p|div)[\s>]/i.test(text.slice(0, 4096));
}

/** Parses and annotates HTML; `scope: 'main'` reads only the main article when the page has one. */
export function annotateHtml(linker: Linker, source: string, html: string, scope: 'page' | 'main' = 'page'): AnnotatedDocument {
  const { document } = parseHTML(html);
  const root = (scope === 'main' ? mainContent(document as unknown as Document) : null) ?? (document.body as unknown as Node) ?? document;
  const { text } = extractText(root as Node);
  const title = (document.querySelector('title')?.textContent ?? '').trim();
  return { source, title, text, mentions: linker.link(text) };
}
