/**
 * The bundled KB as the extension package carries it: a small header (`kb/kb.json`) and the
 * entities in parts (`kb/entities-NNN.json`) of a few megabytes each. One 100 MB JSON file is
 * refused by addons.mozilla.org's linter and must be parsed in one piece; parts stay under the
 * size the linter parses and are read one after another. Entities are sorted by id across the
 * parts and the header names each part's first id, so one id's part is known without reading any.
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
  /** The first entity id of each part (ids ascend across parts, in code-unit order). */
  firstIds: string[];
}

/** The bundled KB opened for reading part by part (the header is read, no part yet). */
export interface KbSource {
  header: KbPartsHeader;
  /** Part `index`'s entities, ascending by id; a damaged part is an error naming its file. */
  part(index: number): Promise<Entity[]>;
}

/** Below the 5 MB above which the Firefox add-on linter stops parsing a file (and warns). */
export const MAX_PART_BYTES = 4_000_000;

/** Code-unit order of ids: the order of IndexedDB string keys. */
export const compareIds = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Splits `kb`, sorted by id, into a header and parts of at most about `maxChars` characters of JSON each. */
export function splitKb(kb: KnowledgeBase, maxChars = MAX_PART_BYTES): { header: KbPartsHeader; parts: string[] } {
  const parts: string[] = [];
  const firstIds: string[] = [];
  let current: string[] = [];
  let size = 2;
  const flush = (): void => {
    if (current.length) parts.push(`[${current.join(',')}]`);
    current = [];
    size = 2;
  };
  for (const entity of [...kb.entities].sort((a, b) => compareIds(a.id, b.id))) {
    const json = JSON.stringify(entity);
    if (size + json.length + 1 > maxChars) flush();
    if (!current.length) firstIds.push(entity.id);
    current.push(json);
    size += json.length + 1;
  }
  flush();
  const names = parts.map((_, i) => `entities-${String(i).padStart(3, '0')}.json`);
  return { header: { schemaVersion: kb.schemaVersion, contentVersion: kb.contentVersion, total: kb.entities.length, parts: names, firstIds }, parts };
}

/** The index of the part that holds `id` if any part does (-1: it sorts before every part). */
export function partOf(header: KbPartsHeader, id: string): number {
  let lo = 0;
  let hi = header.firstIds.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (compareIds(header.firstIds[mid] as string, id) <= 0) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** Part `index` parsed, checked to be a list in id order within the header's bounds for it. */
function checkedPart(header: KbPartsHeader, index: number, part: unknown): Entity[] {
  const name = header.parts[index];
  if (!Array.isArray(part)) throw new Error(`kb/${name} is not a list of entities`);
  const entities = part as Entity[];
  const next = header.firstIds[index + 1];
  entities.forEach((entity, i) => {
    const id = (entity as Partial<Entity> | null)?.id;
    const inOrder = typeof id === 'string' && (i === 0 ? id === header.firstIds[index] : compareIds(entities[i - 1]!.id, id) < 0);
    if (!inOrder || (next !== undefined && compareIds(id, next) >= 0)) throw new Error(`kb/${name} is damaged: entity ${i} is out of id order`);
  });
  return entities;
}

/** Opens the bundled KB through `readText` (a path under `kb/` → its text): reads the header only. */
export async function openKbParts(readText: (path: string) => Promise<string>): Promise<KbSource> {
  const header = JSON.parse(await readText('kb.json')) as KbPartsHeader;
  if (!Array.isArray(header.parts) || typeof header.total !== 'number' || header.firstIds?.length !== header.parts.length) {
    throw new Error('kb/kb.json is not a KB parts header');
  }
  return { header, part: async (index) => checkedPart(header, index, JSON.parse(await readText(header.parts[index] as string)) as unknown) };
}

/** `kb` as the package would carry it, in memory (tests and benchmarks). */
export function kbSource(kb: KnowledgeBase, maxChars = MAX_PART_BYTES): Promise<KbSource> {
  const { header, parts } = splitKb(kb, maxChars);
  const files = new Map(header.parts.map((name, i) => [name, parts[i] as string]));
  files.set('kb.json', JSON.stringify(header));
  return openKbParts(async (path) => files.get(path) ?? '');
}
