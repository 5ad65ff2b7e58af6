/**
 * Reading kb/sources from disk for the compiler, and the freshness check that decides whether
 * public/kb/kb.json can be reused.
 */
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join, relative, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SourceFile } from '../kb/compile.ts';
import type { BulkFile, BulkSource } from '../kb/bulk.ts';

/** Repository root (two levels above src/cli). */
export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const SOURCES_DIR = join(ROOT, 'kb', 'sources');
export const BULK_DIR = join(ROOT, 'kb', 'bulk');
/**
 * Bulk files in the order their records win a duplicate: the most specific registries first
 * (a party, a paper, a listed company), cities last. Files not listed follow by name.
 */
const BULK_ORDER = ['parties', 'legislators', 'congress', 'politicians', 'markets', 'ukgov', 'dotgov', 'courts', 'newspapers', 'misp', 'clubs', 'pantheon', 'nobel', 'squads', 'films', 'universities', 'finance', 'ror', 'nsi', 'regions', 'cities'];
export const DEFAULT_KB_FILE = join(ROOT, 'public', 'kb', 'kb.json');
/**
 * Where the CLI and tests cache the KB with its bulk layer: not public/kb (the extension build's
 * output, which leaves the layer out unless DOSSIER_KB=full), so the two never overwrite each other.
 */
export const FULL_KB_CACHE = join(ROOT, '.tmp', 'kb', 'kb.json');
/** Inputs besides the sources whose change makes a compiled KB stale. */
const EXTRA_INPUTS = [join(ROOT, 'kb', 'common-words.json'), join(ROOT, 'src', 'kb'), join(ROOT, 'src', 'cli', 'common-words.ts')];

function walk(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const path = join(dir, d.name);
    return d.isDirectory() ? walk(path) : [path];
  });
}

/** Every kb/sources/**.json, parsed; a file that is not JSON throws with its path. */
export function readSources(dir = SOURCES_DIR): SourceFile[] {
  return walk(dir).filter((p) => p.endsWith('.json')).sort().map((path) => {
    const rel = relative(dir, path).split('\\').join('/');
    try {
      return { path: rel, data: JSON.parse(readFileSync(path, 'utf8')) as unknown };
    } catch (error) {
      throw new Error(`kb/sources/${rel}: not valid JSON: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
    }
  });
}

/** Whether the bulk layer is in (CLI and tests): everything unless `DOSSIER_KB=core`. */
export function bulkEnabled(env: Record<string, string | undefined> = process.env): boolean {
  return env.DOSSIER_KB !== 'core';
}

const bulkRank = (name: string): number => {
  const i = BULK_ORDER.indexOf(name.replace(/\.ndjson\.gz$/, ''));
  return i === -1 ? BULK_ORDER.length : i;
};

/** Every kb/bulk/*.ndjson.gz (a header line, then one entity a line), in BULK_ORDER. */
export function readBulk(dir = BULK_DIR): BulkFile[] {
  if (!existsSync(dir)) return [];
  const names = readdirSync(dir).filter((n) => n.endsWith('.ndjson.gz'));
  names.sort((a, b) => bulkRank(a) - bulkRank(b) || a.localeCompare(b));
  return names.map((name) => {
    const lines = gunzipSync(readFileSync(join(dir, name))).toString('utf8').split('\n').filter((l) => l.length > 0);
    try {
      const header = JSON.parse(lines[0] ?? '{}') as { source?: BulkSource };
      if (!header.source?.label) throw new Error('the first line must be {"source": {"label": …}}');
      return { path: name, source: header.source, entries: lines.slice(1).map((l) => JSON.parse(l) as unknown) };
    } catch (error) {
      throw new Error(`kb/bulk/${name}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
    }
  });
}

/** Newest modification time (ms) of the sources and compiler inputs. */
export function newestInputMtime(dir = SOURCES_DIR): number {
  const files = [...walk(dir), ...(bulkEnabled() ? walk(BULK_DIR) : []), ...EXTRA_INPUTS.flatMap((p) => (existsSync(p) && statSync(p).isDirectory() ? walk(p) : [p]))];
  return Math.max(0, ...files.filter(existsSync).map((p) => statSync(p).mtimeMs));
}

/** ISO date (YYYY-MM-DD) of the newest source, so the content version does not change with the calendar. */
export function sourcesDate(dir = SOURCES_DIR): string {
  return new Date(newestInputMtime(dir) || Date.now()).toISOString().slice(0, 10);
}
