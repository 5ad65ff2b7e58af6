/**
 * `dossier kb find TEXT`: entities whose name or an alias matches the text the way a reader types
 * it — the whole name, a surname or any single word of it, word beginnings ("Pesk", "vlad put"),
 * in any case and without diacritics ("zelenskyy", "Sojgu" for "Šojgu") — ranked best first.
 */
import type { Entity, KnowledgeBase } from '../kb/model.ts';
import { entityKeys, normalizeKey } from '../kb/keys.ts';

/** How well one name matched, best first. */
export const MATCH_RANK = { exact: 4, words: 3, prefixes: 2, contains: 1 } as const;
export type MatchKind = keyof typeof MATCH_RANK;

export interface FoundEntity {
  entity: Entity;
  /** How the best of the entity's names matched. */
  match: MatchKind;
  /** That name (the entity's name or one of its aliases), as written in the KB. */
  via: string;
}

/** How the folded query words match one folded name, or null. */
function matchKey(query: string, words: string[], key: string): MatchKind | null {
  if (key === query) return 'exact';
  const nameWords = key.split(' ');
  const used = new Set<number>();
  // Each query word takes a distinct word of the name: whole words first, then beginnings.
  const take = (test: (w: string, q: string) => boolean): boolean => words.every((q) => {
    const at = nameWords.findIndex((w, i) => !used.has(i) && test(w, q));
    if (at >= 0) used.add(at);
    return at >= 0;
  });
  if (take((w, q) => w === q)) return 'words';
  used.clear();
  if (take((w, q) => w.startsWith(q))) return 'prefixes';
  return query.length >= 4 && key.includes(query) ? 'contains' : null;
}

/** Every entity matching `text`, ranked: how well, then prominence, then name. */
export function searchEntities(kb: KnowledgeBase, text: string): FoundEntity[] {
  const query = normalizeKey(text);
  if (!query) return [];
  const words = query.split(' ');
  const found: FoundEntity[] = [];
  for (const entity of kb.entities) {
    const names = [entity.name, ...entity.aliases.map((a) => a.text)];
    const keys = entityKeys(entity);
    let best: FoundEntity | null = null;
    for (const key of keys) {
      const match = matchKey(query, words, key);
      if (match && (!best || MATCH_RANK[match] > MATCH_RANK[best.match])) {
        best = { entity, match, via: names.find((n) => normalizeKey(n) === key) ?? entity.name };
      }
    }
    if (best) found.push(best);
  }
  return found.sort((a, b) => MATCH_RANK[b.match] - MATCH_RANK[a.match]
    || (b.entity.prominence ?? 0) - (a.entity.prominence ?? 0)
    || a.entity.name.localeCompare(b.entity.name));
}
