import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { convertCommand, parseConvertArgs } from '../../../src/cli/convert.ts';
import { parseImport } from '../../../src/export/import.ts';
import { capture, restoreCapturedOutput, tempDirs } from '../cli/cli-helpers.ts';

const SAMPLE = 'tests/fixtures/sample-export.json';

restoreCapturedOutput();
const tempDir = tempDirs('dossier-convert-');

describe('dossier convert', () => {
  it('writes CSV to stdout with the = note neutralised', async () => {
    const { out } = capture();
    expect(await convertCommand([SAMPLE, '--to', 'csv'])).toBe(0);
    const csv = out.join('');
    expect(csv.split('\r\n')[0].startsWith('id,source,title')).toBe(true);
    expect(csv).toContain(',"\'=HYPERLINK(');
  });

  it('writes W3C to a file that imports back to the same highlights', async () => {
    const dir = tempDir();
    const file = join(dir, 'out.jsonld');
    capture();
    expect(await convertCommand([SAMPLE, '--to=w3c', '-o', file])).toBe(0);
    expect(parseImport(readFileSync(file, 'utf8')).highlights).toEqual(parseImport(readFileSync(SAMPLE, 'utf8')).highlights);
  });

  it('fails in one line naming the file for a missing or corrupt input', async () => {
    const { err } = capture();
    expect(await convertCommand(['no-such-file.json', '--to', 'stix'])).toBe(1);
    const dir = tempDir();
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '{"format":"dossier-highlights","version":1,"highlights":[{"id":1}]}');
    expect(await convertCommand([bad, '--to', 'markdown'])).toBe(1);
    expect(err).toEqual([
      'dossier convert: no-such-file.json: cannot read (ENOENT)\n',
      `dossier convert: ${bad}: highlights[0].id: expected string, got number\n`,
    ]);
  });

  it('says a binary or broken file is not JSON without echoing its bytes or a "(root)" path', async () => {
    const { out, err } = capture();
    const dir = tempDir();
    const binary = join(dir, 'program');
    writeFileSync(binary, Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00, 0x00, 0x1b, 0x5b, 0x32, 0x4a]));
    const broken = join(dir, 'broken.json');
    writeFileSync(broken, '{"format": "dossier-highlights",\n "version": 1 "x"}');
    const empty = join(dir, 'empty.json');
    writeFileSync(empty, '');
    for (const file of [binary, broken, empty]) expect(await convertCommand([file, '--to', 'csv'])).toBe(1);
    expect(out).toEqual([]);
    expect(err).toEqual([
      `dossier convert: ${binary}: not JSON: it looks like a binary file\n`,
      `dossier convert: ${broken}: not valid JSON: Expected ',' or '}' after property value at line 2, column 15\n`,
      `dossier convert: ${empty}: not JSON: the file is empty\n`,
    ]);
    // eslint-disable-next-line no-control-regex -- no raw control bytes of the file may reach the terminal
    expect(err.join('')).not.toMatch(/[\u0000-\u0008\u001b\u007f]|\(root\)/);
  });

  it('rejects bad usage with exit 2', async () => {
    capture();
    expect(await convertCommand([SAMPLE, '--to', 'pdf'])).toBe(2);
    expect(parseConvertArgs([SAMPLE])).toBe('missing --to FORMAT');
    expect(parseConvertArgs(['--to', 'csv'])).toBe('missing EXPORT.json');
    expect(parseConvertArgs([SAMPLE, '--to', 'csv', '-o'])).toBe('missing FILE after -o');
    expect(parseConvertArgs([SAMPLE, '--to', 'csv', '--tp', 'x'])).toBe('unknown option --tp');
  });
});
