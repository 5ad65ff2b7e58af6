/**
 * Unknown names across chunks (issue 14), the other way round: a one-word name a chunk marked on
 * its own ("Hollowell") becomes the full name a later chunk gives ("Jane Hollowell"), as the
 * whole page read at once would have it. The earlier chunk's mention comes back with that chunk's
 * number (`UnknownPage.takeUpgrades`); the content script puts it in place of the old one.
 */
import type { Name } from './detect.ts';
import { MAX_LONE, type UnknownPage } from './memory.ts';
import type { PageView } from './page.ts';
import type { UnknownMention } from './types.ts';

/** The word a full name goes by alone on the page: a person's surname, or the word its clues name. */
function shortKey(entry: Name): string | undefined {
  if (entry.keys.length < 2) return undefined;
  const short = entry.clues.find((c) => c.short && c.type === entry.type)?.short;
  if (short === 'first') return entry.keys[0];
  if (short === 'last' || entry.type === 'person') return entry.keys[entry.keys.length - 1];
  return undefined;
}

/**
 * After chunk `chunk`'s detection: earlier chunks' one-word names that one of this chunk's full
 * names shortens to take that name (`described` gives each name's mentions here, for its type
 * and evidence), and this chunk's own one-word names wait for a later full name.
 */
export function joinEarlier(page: PageView, names: ReadonlyMap<string, Name>, described: ReadonlyMap<Name, UnknownMention>, memory: UnknownPage, chunk: number): void {
  const byShort = new Map<string, Name | null>();
  for (const entry of names.values()) {
    const key = described.has(entry) ? shortKey(entry) : undefined;
    if (key) byShort.set(key, byShort.has(key) && byShort.get(key) !== entry ? null : entry); // two names, one short form: neither
  }
  const kept = memory.lone.filter((l) => {
    if (l.chunk === chunk) return false; // this chunk's are recorded again below
    const full = byShort.get(l.key);
    const like = full && described.get(full);
    if (!like) return true;
    memory.addUpgrade(l.chunk, { ...like, start: l.start, end: l.end, quote: l.quote });
    return false;
  });
  for (const entry of names.values()) {
    if (entry.keys.length !== 1 || !described.has(entry)) continue;
    for (const s of entry.spans) {
      const start = page.tokens.start[s.from] as number;
      const end = page.tokens.end[s.to - 1] as number;
      kept.push({ chunk, start, end, quote: page.tokens.text.slice(start, end), key: entry.keys[0] as string });
    }
  }
  memory.lone = kept.length > MAX_LONE ? kept.slice(kept.length - MAX_LONE) : kept;
}
