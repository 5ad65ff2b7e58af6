/**
 * Unknown names for `dossier annotate`: the names on a page no KB entity explains, found with
 * the same detector and ordinary words as the extension (src/link/unknown, ordinary-words.ts).
 */
import type { KnowledgeBase } from '../kb/model.ts';
import type { Mention } from '../link/index.ts';
import { tokenize } from '../text/tokens.ts';
import { findUnknownNames, type UnknownMention } from '../link/unknown/index.ts';
import { ordinaryEnglishWords } from './ordinary-words.ts';

let common: Set<string> | null = null;

/** Every KB name and alias as folded token keys, space-joined (as the linker index keeps them). */
export function kbNameKeys(kb: KnowledgeBase): Set<string> {
  const keys = new Set<string>();
  for (const e of kb.entities) for (const text of [e.name, ...e.aliases.map((a) => a.text)]) keys.add(tokenize(text).map((t) => t.key).join(' '));
  return keys;
}

/** The unknown names in `text`, given the KB mentions linked in it (and the KB's names, when known). */
export function unknownNamesIn(text: string, mentions: readonly Mention[], kbNames?: { has(keys: string): boolean }): UnknownMention[] {
  common ??= ordinaryEnglishWords();
  const words = common;
  return findUnknownNames(text, mentions, { isOrdinary: (key) => words.has(key), ...(kbNames ? { isKbName: (keys: string) => kbNames.has(keys) } : {}) });
}

/** One unknown mention as `annotate --json` prints it: `entity` null, what the page says under `unknown`. */
export function unknownJson(u: UnknownMention) {
  return { quote: u.quote, start: u.start, end: u.end, entity: null, unknown: { name: u.name, type: u.type, evidence: u.evidence } };
}

/** The text form's section for unknown names: one line per name, with its count and role. */
export function unknownText(unknown: readonly UnknownMention[]): string[] {
  if (!unknown.length) return [];
  const byName = new Map<string, { u: UnknownMention; count: number }>();
  for (const u of unknown) {
    const entry = byName.get(u.name) ?? { u, count: 0 };
    entry.count += 1;
    byName.set(u.name, entry);
  }
  const lines = [...byName.values()].map(({ u, count }) => `    ${u.name} [${u.type}] ×${count}${u.evidence.role ? ` — ${u.evidence.role}` : ''}`);
  return ['  Not in the knowledge base:', ...lines];
}
