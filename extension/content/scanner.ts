/**
 * Scanning in bounded steps: visible text → linked mentions → their DOM places, one block-aligned
 * chunk per step. Chunk size adapts to the measured linking speed so a step stays near
 * `STEP_MS`. Read-only on the DOM.
 */
import type { Linker, LinkOptions, Mention } from '../../src/link/index.ts';
import type { PageText } from '../../src/text/page-text.ts';
import { placeFor } from '../../src/text/ranges.ts';
import { readChunks, type ChunkOptions } from './chunks.ts';
import { unknownPageMention, type DetectUnknown } from './unknown/load.ts';
import type { Job } from './idle.ts';
import type { PageMention } from './types.ts';

/** Text beyond this is not linked: a pathological page must not keep the tab busy for minutes. */
export const MAX_CHARS = 2_000_000;
/** Aimed duration of one step (extract + link + places). */
const STEP_MS = 8;
/** A main article up to about this size is linked in one piece, so its references resolve. */
export const MAIN_CHARS = 5_000;
const MIN_CHARS = 300;
const MAX_STEP_CHARS = 3_000;

export const EXTRACT: ChunkOptions = {
  // Live pages hide text with stylesheets too, not only attributes.
  isHidden: (element) => typeof element.checkVisibility === 'function' && !element.checkVisibility(),
  // Dossier's own inline marks wrap page text: read through them.
  transparent: (element) => element.localName === 'dossier-mark',
  maxChars: MAX_CHARS,
};

/** Links one piece of text to mentions with their DOM places. */
export type LinkPiece = (pageText: PageText) => PageMention[];

/**
 * The piece linker over one linker (built once per page from the index, reused by rescans).
 * With `detectUnknown`, names no KB mention covers are added after the KB's (issue 16).
 */
export function createPieceLinker(linker: Linker, options: LinkOptions = {}, detectUnknown: DetectUnknown | null = null): LinkPiece {
  // A page names APT29 and says how it matched it thousands of times: one copy of each string.
  const strings = new Map<string, string>();
  const shared = (text: string): string => {
    let kept = strings.get(text);
    if (kept === undefined) strings.set(text, (kept = text));
    return kept;
  };
  return (pageText) => {
    const found: PageMention[] = [];
    // Suppressed ("wrong link") mentions are filtered here rather than in the linker, so the
    // unknown-name detector still sees them as names the reader has judged, not as new ones.
    const suppressed: Mention[] = [];
    for (const m of linker.link(pageText.text)) {
      if (options.suppress?.(m.quote, m.entityId)) {
        suppressed.push(m);
        continue;
      }
      const place = placeFor(pageText, m.start, m.end);
      if (!place) continue;
      // Every field written out (not spread) keeps the object's properties in-object: on a
      // 10 MB page that is 100,000 property arrays fewer.
      found.push({
        start: m.start, end: m.end, quote: shared(m.quote), entityId: m.entityId, entityName: m.entityName, entityType: m.entityType,
        confidence: m.confidence, how: m.how, explanation: shared(m.explanation),
        startNode: place.startNode, startOffset: place.startOffset, endNode: place.endNode, endOffset: place.endOffset,
      });
    }
    if (detectUnknown) addUnknown(pageText, found, suppressed, detectUnknown);
    return found;
  };
}

/** Adds the piece's unknown names (never over a KB mention: the detector is given them all) in document order. */
function addUnknown(pageText: PageText, found: PageMention[], suppressed: readonly Mention[], detectUnknown: DetectUnknown): void {
  let unknown: ReturnType<DetectUnknown>;
  try {
    unknown = detectUnknown(pageText.text, suppressed.length ? [...found, ...suppressed] : found);
  } catch {
    return; // whatever goes wrong here, the piece keeps its KB links
  }
  if (!unknown.length) return;
  for (const u of unknown) {
    const place = placeFor(pageText, u.start, u.end);
    if (place) found.push(unknownPageMention(u, place));
  }
  found.sort((a, b) => a.start - b.start);
}

/**
 * Characters per step, learnt from how long linking took; shared by every scan on the page.
 * It starts small: the first steps run the linker's code cold, several times slower.
 */
let charsPerStep = MIN_CHARS;

/** Cautious learning: a slow step shrinks the next one at once, a fast one grows it by half the gap. */
function learn(chars: number, ms: number): void {
  if (chars < MIN_CHARS || ms <= 0) return;
  const fit = (chars * STEP_MS) / ms;
  const next = fit < charsPerStep ? fit : (charsPerStep + fit) / 2;
  charsPerStep = Math.round(Math.min(MAX_STEP_CHARS, Math.max(MIN_CHARS, next)));
}

/**
 * A job that scans `root` (minus `exclude`) chunk by chunk, handing each chunk's mentions to
 * `found`. `firstChars` lets the first chunk be bigger (a small main article in one go).
 */
export function scanJob(
  root: Node,
  link: LinkPiece,
  found: (mentions: PageMention[]) => void,
  { exclude = null, firstChars }: { exclude?: Node | null; firstChars?: number } = {},
): Job {
  const reader = readChunks(root, { ...EXTRACT, exclude });
  let size = firstChars;
  return () => {
    const started = performance.now();
    const piece = reader.next(size ?? charsPerStep);
    size = undefined;
    if (!piece) return true;
    const mentions = link(piece);
    learn(piece.text.length, performance.now() - started);
    if (mentions.length) found(mentions);
    return false;
  };
}
