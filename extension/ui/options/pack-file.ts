/** Reading and checking a chosen user-pack file, before anything is stored. */
import { parseUserPack, type PackResult } from '../../../src/kb/user-pack.ts';

/** The pack format a file name implies; undefined lets the parser guess from the content. */
export function formatOf(fileName: string): 'json' | 'csv' | undefined {
  const ext = /\.([a-z]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  return ext === 'json' ? 'json' : ext === 'csv' ? 'csv' : undefined;
}

/** Parses the file all-or-nothing (see `parseUserPack`). */
export async function readPack(file: File): Promise<PackResult> {
  return parseUserPack(await file.text(), formatOf(file.name));
}
