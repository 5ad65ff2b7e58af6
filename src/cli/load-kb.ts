/**
 * The CLI's and the linker's way to get the KB: reuse public/kb/kb.json when it is newer than every
 * source, else compile in memory and write it back (best effort).
 */
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { compileKb, type CompileResult } from '../kb/compile.ts';
import type { KnowledgeBase } from '../kb/model.ts';
import { formatIssue } from '../kb/validate.ts';
import { commonEnglishWords } from './common-words.ts';
import { DEFAULT_KB_FILE, newestInputMtime, readSources, sourcesDate } from './kb-sources.ts';

/** Compiles kb/sources (no disk writes). */
export function compileSources(): CompileResult {
  return compileKb(readSources(), { date: sourcesDate(), commonWords: commonEnglishWords() });
}

/** Writes the KB and its `-meta.json` sibling (versions and counts). */
export function writeKb(kb: KnowledgeBase, file = DEFAULT_KB_FILE): string {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(kb));
  const metaFile = file.replace(/\.json$/, '') + '-meta.json';
  writeFileSync(metaFile, `${JSON.stringify(kbMeta(kb), null, 2)}\n`);
  return metaFile;
}

/** Versions and counts by type. */
export function kbMeta(kb: KnowledgeBase): { schemaVersion: number; contentVersion: string; entities: number; byType: Record<string, number> } {
  const byType: Record<string, number> = {};
  for (const e of kb.entities) byType[e.type] = (byType[e.type] ?? 0) + 1;
  return { schemaVersion: kb.schemaVersion, contentVersion: kb.contentVersion, entities: kb.entities.length, byType };
}

/** Loads the KB, compiling when public/kb/kb.json is missing or older than kb/sources. Throws on invalid sources. */
export async function loadKb(file = DEFAULT_KB_FILE): Promise<KnowledgeBase> {
  if (existsSync(file) && statSync(file).mtimeMs >= newestInputMtime()) {
    return JSON.parse(readFileSync(file, 'utf8')) as KnowledgeBase;
  }
  const { kb, errors } = compileSources();
  if (errors.length > 0) throw new Error(`invalid KB sources:\n${errors.slice(0, 20).map(formatIssue).join('\n')}`);
  try {
    writeKb(kb, file);
  } catch {
    // A read-only checkout still gets a KB in memory.
  }
  return kb;
}
