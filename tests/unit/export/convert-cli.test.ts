import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { convertCommand, parseConvertArgs } from '../../../src/cli/convert.ts';
import { parseImport } from '../../../src/export/import.ts';

const SAMPLE = 'tests/fixtures/sample-export.json';

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((s) => (out.push(String(s)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((s) => (err.push(String(s)), true));
  return { out, err };
}
afterEach(() => vi.restoreAllMocks());

describe('dossier convert', () => {
  it('writes CSV to stdout with the = note neutralised', async () => {
    const { out } = capture();
    expect(await convertCommand([SAMPLE, '--to', 'csv'])).toBe(0);
    const csv = out.join('');
    expect(csv.split('\r\n')[0].startsWith('id,source,title')).toBe(true);
    expect(csv).toContain(',"\'=HYPERLINK(');
  });

  it('writes W3C to a file that imports back to the same highlights', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dossier-convert-'));
    const file = join(dir, 'out.jsonld');
    capture();
    expect(await convertCommand([SAMPLE, '--to=w3c', '-o', file])).toBe(0);
    expect(parseImport(readFileSync(file, 'utf8')).highlights).toEqual(parseImport(readFileSync(SAMPLE, 'utf8')).highlights);
  });

  it('fails in one line naming the file for a missing or corrupt input', async () => {
    const { err } = capture();
    expect(await convertCommand(['no-such-file.json', '--to', 'stix'])).toBe(1);
    const dir = mkdtempSync(join(tmpdir(), 'dossier-convert-'));
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '{"format":"dossier-highlights","version":1,"highlights":[{"id":1}]}');
    expect(await convertCommand([bad, '--to', 'markdown'])).toBe(1);
    expect(err).toEqual([
      'dossier convert: no-such-file.json: cannot read (ENOENT)\n',
      `dossier convert: ${bad}: highlights[0].id: expected string, got number\n`,
    ]);
  });

  it('rejects bad usage with exit 2', async () => {
    capture();
    expect(await convertCommand([SAMPLE, '--to', 'pdf'])).toBe(2);
    expect(parseConvertArgs([SAMPLE])).toBe('missing --to FORMAT');
    expect(parseConvertArgs(['--to', 'csv'])).toBe('missing EXPORT.json');
    expect(parseConvertArgs([SAMPLE, '--to', 'csv', '-o'])).toBe('missing FILE after -o');
  });
});
