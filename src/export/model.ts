/**
 * The saved highlight: one record per passage a researcher keeps, shaped after a W3C Web
 * Annotation (https://www.w3.org/TR/annotation-model/) so the W3C export is a renaming, not a
 * translation. Plain serialisable data: the same object lives in IndexedDB, crosses the
 * message protocol and is written to our lossless JSON export.
 */
import type { EntityType } from '../kb/model.ts';

/**
 * Version of the export schema (`{format: 'dossier-highlights', version}`) and of the stored
 * highlight shape. Bump it when a field changes meaning or shape, and teach `parseImport` to
 * read the older version.
 */
export const DOSSIER_EXPORT_VERSION = 1;

/** Name written in the `format` field of our JSON export, so a file says what it is. */
export const DOSSIER_EXPORT_FORMAT = 'dossier-highlights';

/** Highlight colours, with the CSS background each is painted with (also used in the W3C stylesheet). */
export const HIGHLIGHT_COLOURS = {
  yellow: '#fde68a',
  green: '#bbf7d0',
  blue: '#bfdbfe',
  pink: '#fbcfe8',
  purple: '#ddd6fe',
} as const;
export type HighlightColour = keyof typeof HIGHLIGHT_COLOURS;
export const DEFAULT_COLOUR: HighlightColour = 'yellow';

/** An entity linked inside the highlighted passage, denormalised so an export stands alone. */
export type HighlightEntity = {
  /** KB entity id, e.g. `country:GB`, `attack:G0016`. */
  id: string;
  name: string;
  type: EntityType;
};

/** W3C TextQuoteSelector: the passage itself plus up to 32 characters either side to disambiguate it. */
export type QuoteSelector = { exact: string; prefix: string; suffix: string };

/** W3C TextPositionSelector: UTF-16 offsets into the page's visible text (`PageText.text`), end exclusive. */
export type PositionSelector = { start: number; end: number };

export type HighlightSelectors = {
  quote: QuoteSelector;
  /** A hint only: pages change, so anchoring trusts the quote first. Absent in some imported W3C annotations. */
  position?: PositionSelector;
};

/**
 * One saved highlight. A type alias (not an interface) so it is assignable to the loose
 * record type the IndexedDB schema declares.
 */
export type Highlight = {
  /** `urn:uuid:<uuid>`; stable for life, the key for idempotent import. */
  id: string;
  /** Normalised page URL (see `normalisePageUrl`): no fragment, no tracking parameters. */
  source: string;
  /** Page title when saved; may be empty. */
  title: string;
  /** ISO 8601 UTC with milliseconds, e.g. `2026-03-01T09:30:00.000Z`. */
  created: string;
  modified: string;
  /** Free text, may be empty; newlines allowed. */
  note: string;
  tags: string[];
  colour: HighlightColour;
  entities: HighlightEntity[];
  selectors: HighlightSelectors;
};

/** What a caller supplies to make a new highlight; id and timestamps are filled in. */
export type HighlightDraft = Pick<Highlight, 'source' | 'selectors'> &
  Partial<Pick<Highlight, 'title' | 'note' | 'tags' | 'colour' | 'entities'>>;

/** A highlight id must look like this (what `newHighlightId` makes). */
export const HIGHLIGHT_ID = /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/**
 * A fresh random (version 4) UUID URN. Built from `getRandomValues`, which pages served over
 * plain http have too, unlike `randomUUID` (secure contexts only): content scripts call it.
 */
export function newHighlightId(): string {
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = ((bytes[6] as number) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] as number) & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `urn:uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** Makes a complete highlight from a draft, with `id` (default: a fresh one) and `now` as both timestamps. */
export function createHighlight(draft: HighlightDraft, now = new Date(), id = newHighlightId()): Highlight {
  const stamp = now.toISOString();
  return {
    id,
    source: draft.source,
    title: draft.title ?? '',
    created: stamp,
    modified: stamp,
    note: draft.note ?? '',
    tags: draft.tags ?? [],
    colour: draft.colour ?? DEFAULT_COLOUR,
    entities: draft.entities ?? [],
    selectors: draft.selectors,
  };
}
