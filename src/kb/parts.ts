/**
 * The bundled KB as the extension package carries it: a small header (`kb/kb.json`) and the
 * entities in parts (`kb/entities-NN.json`) of a few megabytes each. One 100 MB JSON file is
 * refused by addons.mozilla.org's linter and must be parsed in one piece; parts stay under the
 * size the linter parses and are read one after another.
 */
import type { Entity, KnowledgeBase } from './model.ts';

/** `kb/kb.json` in the package: what the parts add up to. */
export interface KbPartsHeader {
  schemaVersion: number;
  contentVersion: string;
  /** Entities in all parts together. */
  total: number;
  /** File names of the parts, relative to `kb/`, in order. */
  parts: string[];
}

/** Below the 5 MB above which the Firefox add-on linter stops parsing a file (and warns). */
export const MAX_PART_BYTES = 4_000_000;

/** Splits `kb` into a header and parts of at most about `maxChars` characters of JSON each. */
export function splitKb(kb: KnowledgeBase, maxChars = MAX_PART_BYTES): { header: KbPartsHeader; parts: string[] } {
  const parts: string[] = [];
  let current: string[] = [];
  let size = 2;
  const flush = (): void => {
    if (current.length) parts.push(`[${current.join(',')}]`);
    current = [];
    size = 2;
  };
  for (const entity of kb.entities) {
    const json = JSON.stringify(entity);
    if (size + json.length + 1 > maxChars) flush();
    current.push(json);
    size += json.length + 1;
  }
  flush();
  const names = parts.map((_, i) => `entities-${String(i).padStart(3, '0')}.json`);
  return { header: { schemaVersion: kb.schemaVersion, contentVersion: kb.contentVersion, total: kb.entities.length, parts: names }, parts };
}

/**
 * Reads the bundled KB through `readText` (a path under `kb/` → its text), part after part;
 * `onPart` hears how many entities are read so far. A part that is not a list, or a total that
 * does not add up, is an error naming the file: a damaged package never installs half a KB.
 */
export async function readKbParts(readText: (path: string) => Promise<string>, onPart?: (read: number, total: number) => void): Promise<KnowledgeBase> {
  const header = JSON.parse(await readText('kb.json')) as KbPartsHeader;
  if (!Array.isArray(header.parts) || typeof header.total !== 'number') throw new Error('kb/kb.json is not a KB parts header');
  const entities: Entity[] = [];
  for (const name of header.parts) {
    const part = JSON.parse(await readText(name)) as unknown;
    if (!Array.isArray(part)) throw new Error(`kb/${name} is not a list of entities`);
    for (const entity of part as Entity[]) entities.push(entity);
    onPart?.(entities.length, header.total);
  }
  if (entities.length !== header.total) throw new Error(`the bundled KB is incomplete: ${entities.length} of ${header.total} entities`);
  return { schemaVersion: header.schemaVersion, contentVersion: header.contentVersion, entities };
}
