/**
 * What the CLI tests share: capturing what a command writes, and temp folders that are removed
 * after the test file (a user's /tmp keeps no dossier-* folders).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, vi } from 'vitest';

/** Collects stdout and stderr writes of the current test (restored after each test). */
export function capture(): { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((s) => (out.push(String(s)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((s) => (err.push(String(s)), true));
  return { out, err };
}

/** Registers the restore of `capture`'s spies after each test of the calling file. */
export function restoreCapturedOutput(): void {
  afterEach(() => vi.restoreAllMocks());
}

/** A maker of fresh folders named `prefix…` under the system temp dir, all removed after the file's tests. */
export function tempDirs(prefix: string): () => string {
  const dirs: string[] = [];
  afterAll(() => {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });
  return () => {
    const dir = mkdtempSync(join(tmpdir(), prefix));
    dirs.push(dir);
    return dir;
  };
}
