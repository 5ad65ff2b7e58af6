/**
 * Where mentions found afterwards in earlier chunks sit (issue 14). The linker may send such a
 * mention (a one-word unknown name that became "Jane Hollowell", a surname linked once its full
 * name came) before that chunk's own reply has been painted: replies are painted in reading
 * order, and the Worker may have seen the chunks in another. The chunk's own mention at that
 * place, landing later, is then the older answer and is not painted.
 */
import type { PageMention } from './types.ts';

/** The mentions found afterwards in this pass, by start point (text node, offset). */
export class LatePlaces {
  private places = new WeakMap<Text, Map<number, PageMention>>();
  private count = 0;

  add(mention: PageMention): void {
    let offsets = this.places.get(mention.startNode);
    if (!offsets) this.places.set(mention.startNode, (offsets = new Map()));
    offsets.set(mention.startOffset, mention);
    this.count += 1;
  }

  /** Mentions taken off the page (a block re-linked, a wrong link): their places are free again. */
  forget(mentions: readonly PageMention[]): void {
    if (this.count === 0) return;
    for (const m of mentions) {
      const offsets = this.places.get(m.startNode);
      if (offsets?.get(m.startOffset) === m) offsets.delete(m.startOffset);
    }
  }

  /** `mentions` less those at a place a later-found mention holds. */
  without(mentions: PageMention[]): PageMention[] {
    if (this.count === 0) return mentions;
    return mentions.filter((m) => !this.places.get(m.startNode)?.has(m.startOffset));
  }

  /** A new pass: nothing of the old one is painted any more. */
  clear(): void {
    this.places = new WeakMap();
    this.count = 0;
  }
}
