import type { EntityType } from '../kb/model.ts';

/** How a mention was linked; each mechanism has its own confidence. */
export type MatchHow = 'exact' | 'alias' | 'variant' | 'phonetic' | 'fuzzy' | 'coreference' | 'appositive';

/** One linked mention in a text. Offsets are UTF-16 indices into the text the linker was given. */
export interface Mention {
  start: number;
  end: number;
  /** The exact text at [start, end). */
  quote: string;
  entityId: string;
  entityName: string;
  entityType: EntityType;
  /** 0..1. Mentions below the linker's threshold are never returned. */
  confidence: number;
  how: MatchHow;
  /** Human-readable account of the match, for the card: `matched "Dominic Rapp" as a spelling variant of Dominic Raab`. */
  explanation: string;
}
