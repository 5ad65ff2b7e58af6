/**
 * Scanning in bounded steps: visible text → chunks sent to the warm linker (in the background's
 * host, not in this page) → their mentions placed in the DOM. A step only reads a block-aligned
 * chunk and sends it; a few chunks are in flight at once, and each reply is placed against the
 * chunk's own text-node map, kept until then. Read-only on the DOM.
 */
import type { EntitySpan, LinkedSpan, UnknownSpan } from '../linker/messages.ts';
import type { PageText } from '../../src/text/page-text.ts';
import { placeFor, type TextPlace } from '../../src/text/ranges.ts';
import { ChunkTexts } from './chunk-texts.ts';
import { readChunks, type ChunkOptions } from './chunks.ts';
import { unknownPageMention } from './unknown/load.ts';
import type { Job } from './idle.ts';
import type { PageMention } from './types.ts';

/** Text beyond this is not linked: a pathological page must not keep the tab busy for minutes. */
export const MAX_CHARS = 2_000_000;
/** Aimed duration of one step (reading the chunk's text). */
const STEP_MS = 8;
/** A main article up to about this size is linked in one piece, so its references resolve. */
export const MAIN_CHARS = 5_000;
/** The first chunk is small, so the first marks come quickly; later ones grow with the measured speed. */
const MIN_CHARS = 1_000;
const MAX_STEP_CHARS = 4_000;
/** Chunks of one scan sent and not yet answered: enough to hide the round trip, few enough to stay responsive. */
const IN_FLIGHT = 8;

export const EXTRACT: ChunkOptions = {
  // Live pages hide text with stylesheets too, not only attributes.
  isHidden: (element) => typeof element.checkVisibility === 'function' && !element.checkVisibility(),
  // Dossier's own inline marks wrap page text: read through them.
  transparent: (element) => element.localName === 'dossier-mark',
  maxChars: MAX_CHARS,
};

/** Links one piece of text to mentions with their DOM places (those still on the page when the reply comes). */
export interface LinkPiece {
  (pageText: PageText): Promise<PageMention[]>;
  /**
   * Starts a new pass (a rescan, or stop): links that come afterwards for earlier pieces (issue
   * 14) go to `late` from now on, and only for pieces read from now on.
   */
  restart?(late: (mention: PageMention) => void): void;
}

/** Sends chunk `chunk`'s text to the linker; resolves with the spans found in it. */
export type LinkRemote = (text: string, chunk: number) => Promise<LinkedSpan[]>;

/** True if the place still holds the text that was linked (the page may have changed meanwhile). */
function stillThere(place: TextPlace, quote: string): boolean {
  if (!place.startNode.isConnected || !place.endNode.isConnected) return false;
  if (place.startNode !== place.endNode) return true;
  return place.startNode.data.slice(place.startOffset, place.endOffset) === quote;
}

/**
 * The piece linker over the remote linker. `suppress` drops links the user marked wrong (the
 * linker's last filter, applied here so the shared linker need not know any site's corrections).
 * Unknown names (issue 16) come in the same reply; the Worker found them knowing every KB link,
 * suppressed ones included, so a name the reader called a wrong link is never re-marked as unknown.
 * Chunks are numbered here, and the maps of those the linker may still link afterwards are kept
 * (chunk-texts.ts).
 */
export function createPieceLinker(remote: LinkRemote, suppress: (quote: string, entityId: string) => boolean): LinkPiece {
  // A page names APT29 and says how it matched it thousands of times: one copy of each string.
  const strings = new Map<string, string>();
  const shared = (text: string): string => {
    let kept = strings.get(text);
    if (kept === undefined) strings.set(text, (kept = text));
    return kept;
  };
  const texts = new ChunkTexts();
  /** A KB link placed in the DOM through `pageText`'s map, or null (suppressed, or its text changed). */
  const place = (pageText: PageText, m: EntitySpan): PageMention | null => {
    const quote = pageText.text.slice(m.start, m.end);
    if (suppress(quote, m.entityId)) return null;
    const at = placeFor(pageText, m.start, m.end);
    if (!at || !stillThere(at, quote)) return null;
    // Every field written out (not spread) keeps the object's properties in-object: on a
    // 10 MB page that is 100,000 property arrays fewer.
    return {
      start: m.start, end: m.end, quote: shared(quote), entityId: shared(m.entityId), entityName: shared(m.entityName),
      entityType: shared(m.entityType) as PageMention['entityType'], confidence: m.confidence, how: m.how, explanation: shared(m.explanation),
      startNode: at.startNode, startOffset: at.startOffset, endNode: at.endNode, endOffset: at.endOffset,
    };
  };
  let late: ((mention: PageMention) => void) | null = null;
  const link: LinkPiece = async (pageText) => {
    const chunk = texts.send(pageText);
    let spans: LinkedSpan[] = [];
    try {
      spans = await remote(pageText.text, chunk);
    } finally {
      texts.settle(chunk, spans.some((s) => s.kind === 'waiting'));
    }
    const found: PageMention[] = [];
    for (const span of spans) {
      if (span.kind !== 'entity' && span.kind !== 'unknown') continue; // a kind this script cannot paint yet
      // A link in an earlier chunk: placed through that chunk's map, if it is still kept.
      const earlier = span.chunk === undefined || span.chunk === chunk ? null : texts.textOf(span.chunk);
      if (earlier === undefined) continue;
      const mention = span.kind === 'unknown' ? placeUnknown(earlier ?? pageText, span) : place(earlier ?? pageText, span);
      if (!mention) continue;
      // Handed on at once, not with this reply: the reply may belong to a pass a rescan ended,
      // while the earlier piece is one of the new pass (the Worker saw them in that order).
      if (earlier) late?.(mention);
      else found.push(mention);
    }
    found.sort((a, b) => a.start - b.start);
    return found;
  };
  link.restart = (sink) => {
    texts.clear();
    late = sink;
  };
  return link;
}

/** An unknown name's mention where its text still stands, or null. */
function placeUnknown(pageText: PageText, u: UnknownSpan): PageMention | null {
  const place = placeFor(pageText, u.start, u.end);
  return place && stillThere(place, pageText.text.slice(u.start, u.end)) ? unknownPageMention(u, pageText.text.slice(u.start, u.end), place) : null;
}

/** Characters per step, learnt from how long reading took; shared by every scan on the page. */
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
 * `found` in the order the chunks were read. `firstChars` lets the first chunk be bigger (a
 * small main article in one go). The job ends when every reply has landed, so a job queued
 * after it (a re-link of a changed block) never races its replies.
 */
export function scanJob(
  root: Node,
  link: LinkPiece,
  found: (mentions: PageMention[]) => void,
  { exclude = null, firstChars }: { exclude?: Node | null; firstChars?: number } = {},
): Job {
  const reader = readChunks(root, { ...EXTRACT, exclude });
  let size = firstChars;
  let read = false;
  // Replies are handed on in reading order: each waits for the one before it.
  const landing: Promise<void>[] = [];
  return () => {
    if (landing.length >= IN_FLIGHT) return landing[0] as Promise<void>;
    const started = performance.now();
    const piece = read ? null : reader.next(size ?? charsPerStep);
    size = undefined;
    if (!piece) {
      read = true;
      return landing.length === 0 ? true : (landing[landing.length - 1] as Promise<void>);
    }
    learn(piece.text.length, performance.now() - started);
    const reply = link(piece).catch((error: unknown) => {
      console.warn('dossier: a chunk was not linked', error);
      return [] as PageMention[];
    });
    const before = landing[landing.length - 1] ?? Promise.resolve();
    landing.push(
      // Replies that land together are painted together: one change of the marks, one costly frame
      // on a page of 200,000 nodes, rather than one per reply (each reply is at most 4,000 characters).
      Promise.all([before, reply]).then(([, mentions]) => {
        landing.shift();
        if (mentions.length) found(mentions);
      }),
    );
    return false;
  };
}
