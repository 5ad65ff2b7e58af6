import type { EntityType } from '../../kb/model.ts';
import type { UnknownPage } from './memory.ts';

/** What the page says about a name no KB entity explains (shown on the "Not in the knowledge base" card). */
export interface UnknownEvidence {
  /** The role or description the page gives ("the trade adviser", "a village in Norfolk"). */
  role?: string;
  /** The sentence the role came from (or the first sentence naming it). */
  sentence?: string;
  /** Why this is taken for a name of that type, in plain words. */
  reasons: string[];
}

/**
 * One mention of a name the knowledge base does not know. Offsets are UTF-16 indices into the
 * text given; never overlaps a KB mention. Every mention of one name shares `name`, `type` and
 * `evidence` (the page's evidence is pooled over all of them).
 */
export interface UnknownMention {
  start: number;
  end: number;
  /** The exact text at [start, end). */
  quote: string;
  /** The fullest form of the name on the page ("Tom Hendry" for a later "Hendry"). */
  name: string;
  type: EntityType;
  evidence: UnknownEvidence;
}

/** A KB mention's span: only offsets are needed. */
export interface LinkedSpan {
  start: number;
  end: number;
}

export interface UnknownOptions {
  /**
   * Whether a folded word is an ordinary English word ("table", "reading"). Without it, only the
   * page's own lower-case words and the built-in function words count as ordinary.
   */
  isOrdinary?: (key: string) => boolean;
  /**
   * Whether folded, space-joined token keys ("tom hendry") are a KB name or alias: such a name is
   * in the knowledge base even where the linker declined to link it, so it is never called unknown.
   */
  isKbName?: (keys: string) => boolean;
  /**
   * The page this text is a chunk of: the names its earlier chunks showed are found again here
   * ("Smith" after an earlier chunk's "Jane Smith"), and this chunk's names are added to it.
   */
  page?: UnknownPage;
  /** This chunk's number on the page (with `page`): one-word names wait under it for a later full name. */
  chunk?: number;
}
