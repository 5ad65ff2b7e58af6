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
import { bulkEnabled, DEFAULT_KB_FILE, FULL_KB_CACHE, newestInputMtime, readBulk, readSources, sourcesDate } from './kb-sources.ts';

/** Compiles kb/sources (no disk writes). */
export function compileSources(): CompileResult {
  return compileKb(readSources(), { date: sourcesDate(), commonWords: commonEnglishWords(), ...(bulkEnabled() ? { bulk: readBulk() } : {}) });
}

/** Writes the KB and its `-meta.json` sibling (versions and counts). */
export function writeKb(kb: KnowledgeBase, file = DEFAULT_KB_FILE): string {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(kb));
  const metaFile = file.replace(/\.json$/, '') + '-meta.json';
  writeFileSync(metaFile, `${JSON.stringify(kbMeta(kb), null, 2)}\n`);
  return metaFile;
}

/** What kbMeta reports. */
export interface KbMeta {
  schemaVersion: number;
  contentVersion: string;
  entities: number;
  byType: Record<string, number>;
  /** Entities per source: `curated` for kb/sources, a bulk source's label for each entity it gave or enriched. */
  bySource: Record<string, number>;
  /** Entities of the bulk layer (0 when built with DOSSIER_KB=core). */
  bulk: number;
}

/** Versions and counts by type and by source. */
export function kbMeta(kb: KnowledgeBase): KbMeta {
  const byType: Record<string, number> = {};
  const bySource: Record<string, number> = {};
  const add = (counts: Record<string, number>, key: string) => void (counts[key] = (counts[key] ?? 0) + 1);
  let bulk = 0;
  const bulkLabels = new Set(kb.entities.flatMap((e) => (e.layer === 'bulk' ? (e.sources ?? []).map((s) => s.label) : [])));
  for (const e of kb.entities) {
    add(byType, e.type);
    if (e.layer === 'bulk') bulk += 1;
    else add(bySource, 'curated');
    // A bulk source's links are labelled by it; a curated entity a bulk record matched has that link too.
    for (const label of new Set((e.sources ?? []).map((s) => s.label))) if (bulkLabels.has(label)) add(bySource, label);
  }
  return { schemaVersion: kb.schemaVersion, contentVersion: kb.contentVersion, entities: kb.entities.length, byType, bySource, bulk };
}

/** Whether a compiled KB has the layers asked for (DOSSIER_KB=core: no bulk layer), by its meta file. */
function sameLayers(file: string): boolean {
  const metaFile = file.replace(/\.json$/, '') + '-meta.json';
  try {
    const meta = JSON.parse(readFileSync(metaFile, 'utf8')) as Partial<KbMeta>;
    return (meta.bulk ?? 0) > 0 === bulkEnabled();
  } catch {
    return false;
  }
}

/** Loads the KB, compiling when public/kb/kb.json is missing or older than kb/sources. Throws on invalid sources. */
export async function loadKb(file = bulkEnabled() ? FULL_KB_CACHE : DEFAULT_KB_FILE): Promise<KnowledgeBase> {
  if (existsSync(file) && statSync(file).mtimeMs >= newestInputMtime() && sameLayers(file)) {
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
