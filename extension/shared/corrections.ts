/**
 * The one key of a "wrong link" correction, shared by the card, the content script and the
 * background so they always agree on which marks a correction covers: the entity and the quote
 * folded as the KB folds names (case, diacritics, spacing), so "Raab" and "RAAB" are one link.
 */
import { normalizeKey } from '../../src/kb/keys.ts';

/** The key of a link of `quote` to `entityId` on any site. */
export function linkKey(entityId: string, quote: string): string {
  return `${entityId}|${normalizeKey(quote)}`;
}

/** The stored key of a correction: the link's key on one site (a hostname). */
export function correctionKey(site: string, entityId: string, quote: string): string {
  return `${site}|${linkKey(entityId, quote)}`;
}
