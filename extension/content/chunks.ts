/**
 * Resumable text extraction: the same visible text as `extractText`, handed out in pieces that
 * end at block boundaries, so a 2 MB page is read a little at a time between idle periods
 * instead of in one long task. Read-only on the DOM.
 */
import { isBlock, isSkipped, type ExtractOptions } from '../../src/text/extract.ts';
import type { PageText, TextSegment } from '../../src/text/page-text.ts';

export interface ChunkOptions extends ExtractOptions {
  /** A subtree read separately (the main article): a chunk ends before it and it is skipped. */
  exclude?: Node | null;
  /** Elements walked into although `isSkipped` would skip them (Dossier's own inline marks). */
  transparent?: (element: Element) => boolean;
}

/** Hands out the text under one root, piece by piece. */
export interface ChunkReader {
  /** The next piece of at least `minChars` characters (less at the end), or null when done. */
  next(minChars: number): PageText | null;
}

type Step = { kind: 'text'; node: Text } | { kind: 'break' } | { kind: 'cut' };

/** A piece never grows past this multiple of the asked size while waiting for a block end. */
const OVERRUN = 4;

function* walk(node: Node, options: ChunkOptions): Generator<Step> {
  if (node.nodeType === 3) {
    yield { kind: 'text', node: node as Text };
    return;
  }
  if (node === options.exclude) {
    yield { kind: 'cut' };
    return;
  }
  const element = node.nodeType === 1 ? (node as Element) : null;
  if (element && isSkipped(element, options) && !options.transparent?.(element)) return;
  const block = element !== null && isBlock(element);
  if (block) yield { kind: 'break' };
  for (let child = node.firstChild; child; child = child.nextSibling) yield* walk(child, options);
  if (block) yield { kind: 'break' };
}

/** Reads `root`'s visible text in block-aligned pieces. */
export function readChunks(root: Node, options: ChunkOptions = {}): ChunkReader {
  const steps = walk(root, options);
  const limit = options.maxChars ?? Infinity;
  let total = 0;
  let done = false;

  return {
    next(minChars) {
      if (done) return null;
      const parts: string[] = [];
      const segments: TextSegment[] = [];
      let length = 0;
      let pendingBreak = false;
      for (;;) {
        const step = steps.next();
        if (step.done || total >= limit) {
          done = true;
          break;
        }
        const { value } = step;
        if (value.kind === 'cut') {
          if (length > 0) break;
          continue;
        }
        if (value.kind === 'break') {
          if (length >= minChars) break;
          pendingBreak = true;
          continue;
        }
        const data = value.node.data;
        if (!data) continue;
        if (pendingBreak && length > 0) {
          parts.push('\n');
          length += 1;
        }
        pendingBreak = false;
        segments.push({ node: value.node, start: length });
        parts.push(data);
        length += data.length;
        total += data.length;
        // No block end in sight (one giant paragraph): cut between text nodes instead.
        if (length >= minChars * OVERRUN) break;
      }
      if (length === 0 && done) return null;
      return { text: parts.join(''), segments };
    },
  };
}
