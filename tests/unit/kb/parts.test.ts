import { describe, expect, it } from 'vitest';
import type { Entity, KnowledgeBase } from '../../../src/kb/model.ts';
import { compareIds, openKbParts, partOf, splitKb } from '../../../src/kb/parts.ts';

const entity = (i: number): Entity => ({ id: `t:${i}`, name: `Entity ${i} ${'x'.repeat(i % 50)}`, type: 'organization', aliases: [], description: 'A test body.' });
// Ids out of order, as a compiled KB lists them.
const kb: KnowledgeBase = { schemaVersion: 1, contentVersion: 'v7', entities: Array.from({ length: 500 }, (_, i) => entity((i * 37) % 500)) };

/** The files `splitKb` writes, as a reader of the package sees them. */
function packaged(maxChars: number): Map<string, string> {
  const { header, parts } = splitKb(kb, maxChars);
  const files = new Map([['kb.json', JSON.stringify(header)]]);
  header.parts.forEach((name, i) => files.set(name, parts[i] as string));
  return files;
}

async function readAll(files: Map<string, string>): Promise<Entity[]> {
  const { header, part } = await openKbParts(async (name) => files.get(name) as string);
  const all: Entity[] = [];
  for (let i = 0; i < header.parts.length; i++) all.push(...(await part(i)));
  return all;
}

describe('the bundled KB in parts', () => {
  it('splits into parts under the size asked, in id order, and reads back every entity', async () => {
    const files = packaged(5_000);
    const parts = [...files.keys()].filter((name) => name !== 'kb.json');
    expect(parts.length).toBeGreaterThan(5);
    for (const name of parts) expect((files.get(name) as string).length).toBeLessThanOrEqual(5_000);
    const read = await readAll(files);
    expect(read).toEqual([...kb.entities].sort((a, b) => compareIds(a.id, b.id)));
    expect(read).toHaveLength(500);
  });

  it('names the part that holds an id from the header alone', async () => {
    const files = packaged(5_000);
    const { header, part } = await openKbParts(async (name) => files.get(name) as string);
    expect(header.firstIds).toHaveLength(header.parts.length);
    for (const e of kb.entities) expect((await part(partOf(header, e.id))).some((x) => x.id === e.id)).toBe(true);
    expect(partOf(header, 'a:before-all')).toBe(-1);
  });

  it('refuses a package with a damaged header or part, naming the file', async () => {
    const files = packaged(5_000);
    const header = JSON.parse(files.get('kb.json') as string) as { parts: string[]; firstIds: string[] };
    const damaged = new Map(files).set(header.parts[1] as string, '{"not":"a list"}');
    await expect(readAll(damaged)).rejects.toThrow(`kb/${header.parts[1]} is not a list`);
    const swapped = new Map(files).set(header.parts[1] as string, files.get(header.parts[2] as string) as string);
    await expect(readAll(swapped)).rejects.toThrow(`kb/${header.parts[1]} is damaged: entity 0 is out of id order`);
    const old = new Map(files).set('kb.json', JSON.stringify({ ...header, firstIds: undefined }));
    await expect(readAll(old)).rejects.toThrow('kb/kb.json is not a KB parts header');
  });
});
