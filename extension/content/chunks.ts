/**
 * Resumable text extraction: the same visible text as `extractText`, handed out in pieces that
 * end at block boundaries, so a 2 MB page is read a little at a time between idle periods
 * instead of in one long task. Read-only on the DOM.
 */
import { isBlock, isSkipped, keepsBreaks, type ExtractOptions } from '../../src/text/extract.ts';
import type { PageText, TextSegment } from '../../src/text/page-text.ts';
import { safeCut } from '../../src/text/cut.ts';
import { readerText } from '../../src/text/whitespace.ts';

export interface ChunkOptions extends ExtractOptions {
  /** A subtree read separately (the main article): a chunk ends before it and it is skipped. */
  exclude?: Node | null;
  /** Elements walked into although `isSkipped` would skip them (Dossier's own inline marks). */
  transparent?: (element: Element) => boolean;
}

/** Hands out the text under one root, piece by piece. */
export interface ChunkReader {
  /**
   * The next piece of at least `minChars` characters (less at the end, or after many blocks
   * with little text: it may be empty), or null when done.
   */
  next(minChars: number): PageText | null;
}

/** A text node comes with whether its line breaks are kept (an ancestor preserves whitespace). */
type Step = { kind: 'text'; node: Text; keep: boolean } | { kind: 'break' } | { kind: 'cut' };

/** A piece never grows past this multiple of the asked size while waiting for a block end. */
const OVERRUN = 4;
/**
 * A piece ends at the first block end past this many blocks, however little text it has: on a
 * page of empty or deeply nested blocks the walk, not the text, is the cost of a step (a
 * 45-character piece of the 2,000-level page took 20 ms).
 */
const MAX_BLOCK_ENDS = 64;

/**
 * Walks the tree in document order without recursion: a recursive generator resumes through
 * one frame per level, which on a page nested thousands deep turns every step into thousands.
 */
function walker(root: Node, options: ChunkOptions): { next(): IteratorResult<Step> } {
  let node: Node | null = root;
  let entering = true;
  const pending: Step[] = [];
  // Per element walked into, whether it or an ancestor keeps line breaks: pushed on the way
  // down, popped on the way up, so it holds across pauses without looking at ancestors again.
  const keeps: boolean[] = [];
  const keeping = (): boolean => keeps.length > 0 && (keeps[keeps.length - 1] as boolean);
  const enters = (n: Node): boolean => {
    if (n.nodeType === 3 || n === options.exclude) return false;
    const element = n.nodeType === 1 ? (n as Element) : null;
    return !(element && isSkipped(element, options) && !options.transparent?.(element));
  };
  const isBlockNode = (n: Node): boolean => n.nodeType === 1 && isBlock(n as Element);

  const advance = (): void => {
    const current = node as Node;
    if (entering) {
      if (current.nodeType === 3) pending.push({ kind: 'text', node: current as Text, keep: keeping() });
      else if (current === options.exclude) pending.push({ kind: 'cut' });
      else if (enters(current)) {
        if (isBlockNode(current)) pending.push({ kind: 'break' });
        if (current.firstChild) {
          keeps.push(keeping() || (current.nodeType === 1 && keepsBreaks(current as Element, options)));
          node = current.firstChild;
          return;
        }
        if (isBlockNode(current)) pending.push({ kind: 'break' });
      }
    } else {
      keeps.pop();
      if (enters(current) && isBlockNode(current)) pending.push({ kind: 'break' });
    }
    // Leave `current`: to its next sibling, or up to its parent (which is then left too).
    if (current === root) node = null;
    else if (current.nextSibling) {
      node = current.nextSibling;
      entering = true;
    } else {
      node = current.parentNode;
      entering = false;
    }
  };

  return {
    next() {
      while (pending.length === 0 && node) advance();
      const step = pending.shift();
      return step ? { done: false, value: step } : { done: true, value: undefined };
    },
  };
}

/** The part of a text node still to hand out. */
interface TextLeft {
  node: Text;
  keep: boolean;
  from: number;
}

/**
 * Reads `root`'s visible text in block-aligned pieces. A piece that outgrows its size with no
 * block end in sight is cut between text nodes, or inside a huge one at a sentence end
 * (`safeCut`): a 5 KB paragraph linked in one step took 30–55 ms while the linker ran cold.
 */
export function readChunks(root: Node, options: ChunkOptions = {}): ChunkReader {
  const steps = walker(root, options);
  const limit = options.maxChars ?? Infinity;
  let total = 0;
  let done = false;
  let left: TextLeft | null = null;

  /** The next text to add, or a walker step that is not text; null at the end. */
  const nextText = (): TextLeft | Exclude<Step, { kind: 'text' }> | null => {
    if (left) {
      const rest = left;
      left = null;
      return rest;
    }
    const step = steps.next();
    if (step.done) return null;
    return step.value.kind === 'text' ? { node: step.value.node, keep: step.value.keep, from: 0 } : step.value;
  };

  return {
    next(minChars) {
      if (done) return null;
      const parts: string[] = [];
      const segments: TextSegment[] = [];
      let length = 0;
      let blockEnds = 0;
      let pendingBreak = false;
      for (;;) {
        const value = total >= limit ? null : nextText();
        if (!value) {
          done = true;
          break;
        }
        if ('kind' in value) {
          if (value.kind === 'cut') {
            if (length > 0) break;
            continue;
          }
          if (length >= minChars || ++blockEnds > MAX_BLOCK_ENDS) break;
          pendingBreak = true;
          continue;
        }
        let data = readerText(value.node.data, value.keep).slice(value.from);
        if (!data) continue;
        const room = minChars * OVERRUN - length;
        const cut = data.length > room ? safeCut(data, Math.max(0, room - minChars), room) : -1;
        if (cut > 0) {
          left = { ...value, from: value.from + cut };
          data = data.slice(0, cut);
        }
        if (pendingBreak && length > 0) {
          parts.push('\n');
          length += 1;
        }
        pendingBreak = false;
        segments.push(value.from ? { node: value.node, start: length, from: value.from } : { node: value.node, start: length });
        parts.push(data);
        length += data.length;
        total += data.length;
        // No block end in sight (one giant paragraph): cut between text nodes, or inside one.
        if (left || length >= minChars * OVERRUN) break;
      }
      if (length === 0 && done) return null;
      return { text: parts.join(''), segments };
    },
  };
}

/** Characters per piece when reading a whole page at once. */
const WHOLE_PIECE = 64_000;

/**
 * The whole visible text under `root` in one PageText, read by the same reader as the scan (so
 * saving and re-anchoring highlights see exactly the text the scanner linked, Dossier's inline
 * marks read through): the pieces joined as `extractText` would give them, a block break between
 * pieces, none where a piece continues a cut text node.
 */
export function readWhole(root: Node, options: ChunkOptions = {}): PageText {
  const reader = readChunks(root, options);
  const parts: string[] = [];
  const segments: TextSegment[] = [];
  let length = 0;
  for (let piece = reader.next(WHOLE_PIECE); piece; piece = reader.next(WHOLE_PIECE)) {
    if (piece.text.length === 0) continue;
    if (length > 0 && !piece.segments[0]?.from) {
      parts.push('\n');
      length += 1;
    }
    for (const s of piece.segments) segments.push({ ...s, start: s.start + length });
    parts.push(piece.text);
    length += piece.text.length;
  }
  return { text: parts.join(''), segments };
}
