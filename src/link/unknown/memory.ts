/**
 * Unknown names a page has shown in earlier chunks (issue 14): the extension detects names the
 * KB lacks chunk by chunk, and on its own a chunk would not know that its "Smith" is the "Jane
 * Smith" of an earlier one. `UnknownPage` keeps each name found so far (its words, type, role
 * and strongest clues, not its places) for the next chunk, where `findUnknownNames` finds it
 * again, whole or by the short form the page uses for it. A one-word name an earlier chunk had
 * to leave on its own ("Hollowell", its full name not yet seen: chunks may arrive in any order)
 * waits, and becomes the full name once a later chunk names it (`takeUpgrades`). Bounded: the
 * most recent names only.
 */
import type { Clue } from './evidence.ts';
import type { Name } from './detect.ts';
import type { UnknownMention } from './types.ts';

/** Names kept per page at most. */
export const MAX_UNKNOWN_NAMES = 512;
/** Clues kept per name: the strongest, enough to keep its type and say why. */
const MAX_CLUES = 8;

/** A name as kept between chunks: a `Name` without its places in a chunk. */
type KeptName = Omit<Name, 'spans'>;

/** A one-word name marked on its own in chunk `chunk` (offsets into that chunk's text). */
export interface LoneName {
  chunk: number;
  start: number;
  end: number;
  quote: string;
  key: string;
}

/** One-word names kept waiting at most per page. */
export const MAX_LONE = 1024;

/** The unknown names of one page so far. */
export class UnknownPage {
  private readonly names = new Map<string, KeptName>();
  /** One-word names of earlier chunks, oldest first. */
  lone: LoneName[] = [];
  private upgrades: { chunk: number; mention: UnknownMention }[] = [];

  /** Adds the names a chunk has not found itself, with no places yet; gives a found one the role an earlier chunk gave it. */
  seed(found: Map<string, Name>): void {
    for (const [id, kept] of this.names) {
      const own = found.get(id);
      if (!own) found.set(id, { ...kept, clues: [...kept.clues], spans: [] });
      else if (!own.role && kept.role) [own.role, own.sentence] = [kept.role, kept.sentence];
    }
  }

  /** Keeps the names a chunk mentions (those with places in it), most recent last. */
  remember(found: Iterable<[string, Name]>): void {
    for (const [id, name] of found) {
      if (name.spans.length === 0) continue;
      const clues: Clue[] = [...name.clues].sort((a, b) => b.weight - a.weight).slice(0, MAX_CLUES);
      this.names.delete(id);
      this.names.set(id, { name: name.name, keys: name.keys, type: name.type, clues, ...(name.role ? { role: name.role, sentence: name.sentence } : {}) });
      if (this.names.size > MAX_UNKNOWN_NAMES) this.names.delete(this.names.keys().next().value as string);
    }
  }

  /** Earlier chunks' one-word names that a later chunk's full name now explains, each with its chunk; forgets them. */
  takeUpgrades(): { chunk: number; mention: UnknownMention }[] {
    const out = this.upgrades;
    this.upgrades = [];
    return out;
  }

  /** Adds a mention found afterwards in chunk `chunk` (join-earlier.ts). */
  addUpgrade(chunk: number, mention: UnknownMention): void {
    this.upgrades.push({ chunk, mention });
  }

  /** Whether chunk `chunk` has one-word names waiting for a full name. */
  waiting(chunk: number): LoneName[] {
    return this.lone.filter((l) => l.chunk === chunk);
  }

  get size(): number {
    return this.names.size;
  }
}
