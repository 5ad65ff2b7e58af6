import { describe, expect, it } from 'vitest';
import type { Entity, KnowledgeBase } from '../../../src/kb/model.ts';
import { readKbParts, splitKb } from '../../../src/kb/parts.ts';

const entity = (i: number): Entity => ({ id: `t:${i}`, name: `Entity ${i} ${'x'.repeat(i % 50)}`, type: 'organization', aliases: [], description: 'A test body.' });
const kb: KnowledgeBase = { schemaVersion: 1, contentVersion: 'v7', entities: Array.from({ length: 500 }, (_, i) => entity(i)) };

/** The files `splitKb` writes, as a reader of the package sees them. */
function packaged(maxChars: number): Map<string, string> {
  const { header, parts } = splitKb(kb, maxChars);
  const files = new Map([['kb.json', JSON.stringify(header)]]);
  header.parts.forEach((name, i) => files.set(name, parts[i] as string));
  return files;
}

describe('the bundled KB in parts', () => {
  it('splits into parts under the size asked and reads back every entity in order', async () => {
    const files = packaged(5_000);
    const parts = [...files.keys()].filter((name) => name !== 'kb.json');
    expect(parts.length).toBeGreaterThan(5);
    for (const name of parts) expect((files.get(name) as string).length).toBeLessThanOrEqual(5_000);
    const progress: number[] = [];
    const read = await readKbParts(async (name) => files.get(name) as string, (done) => progress.push(done));
    expect(read).toEqual(kb);
    expect(progress.at(-1)).toBe(500);
    expect(progress).toHaveLength(parts.length);
  });

  it('refuses a package with a part missing or damaged, naming the file', async () => {
    const files = packaged(5_000);
    const header = JSON.parse(files.get('kb.json') as string) as { parts: string[] };
    const damaged = new Map(files).set(header.parts[1] as string, '{"not":"a list"}');
    await expect(readKbParts(async (name) => damaged.get(name) as string)).rejects.toThrow(`kb/${header.parts[1]} is not a list`);
    const short = new Map(files).set('kb.json', JSON.stringify({ ...header, parts: header.parts.slice(1) }));
    await expect(readKbParts(async (name) => short.get(name) as string)).rejects.toThrow(/incomplete: \d+ of 500/);
  });
});
