/**
 * Normalised lookup keys for names and aliases, shared by the compiler, the CLI and the IndexedDB store,
 * so "Zelenskyy", "ZELENSKYY" and "Zelénskyy" all meet under one key.
 */
import { stripDiacritics } from '../text/normalize.ts';

/** Lower-case, NFKD without diacritics, punctuation to spaces, whitespace collapsed. */
export function normalizeKey(text: string): string {
  return stripDiacritics(text)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Lower-case ASCII slug for ids, e.g. "Sky News" → "sky-news". */
export function slugify(text: string): string {
  return normalizeKey(text.replace(/&/g, ' and ')).replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
}

/** Every distinct key of an entity's name and aliases, name first. */
export function entityKeys(entity: { name: string; aliases: { text: string }[] }): string[] {
  const keys = [normalizeKey(entity.name), ...entity.aliases.map((a) => normalizeKey(a.text))];
  return [...new Set(keys.filter((k) => k.length > 0))];
}
