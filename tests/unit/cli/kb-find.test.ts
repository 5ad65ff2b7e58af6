import { describe, expect, it } from 'vitest';
import { kbCommand } from '../../../src/cli/kb.ts';
import { searchEntities } from '../../../src/cli/kb-find.ts';
import type { Entity, KnowledgeBase } from '../../../src/kb/model.ts';
import { capture, restoreCapturedOutput } from './cli-helpers.ts';

const person = (id: string, name: string, aliases: string[] = [], prominence = 0.5): Entity => ({
  id, name, type: 'person', description: `${name}.`, prominence,
  aliases: aliases.map((text) => ({ text, kind: 'alias' })),
} as unknown as Entity);

const KB = {
  schemaVersion: 1, contentVersion: 'test',
  entities: [
    person('p:peskov', 'Dmitry Peskov', ['Dmitri Peskov']),
    person('p:shoigu', 'Sergei Shoigu', ['Šojgu']),
    person('p:peskova', 'Tatiana Navka Peskova', [], 0.1),
    person('p:peskov-jr', 'Nikolai Peskov', [], 0.2),
    person('p:vlad', 'Vladimir Putin', [], 0.9),
    person('p:vladimir-p', 'Vladimir Peskov', [], 0.05),
  ],
} as unknown as KnowledgeBase;

const ids = (text: string): string[] => searchEntities(KB, text).map((f) => f.entity.id);

describe('kb find: search by surname, word beginnings and folded spellings, ranked', () => {
  it('finds a person by surname alone, in any case, more prominent first', () => {
    expect(ids('Peskov')).toEqual(['p:peskov', 'p:peskov-jr', 'p:vladimir-p', 'p:peskova']);
    expect(ids('PESKOV')).toEqual(ids('peskov'));
    const [top] = searchEntities(KB, 'Peskov');
    expect(top).toMatchObject({ match: 'words', via: 'Dmitry Peskov' });
  });

  it('ranks a whole-name match above word matches, word matches above word beginnings', () => {
    expect(ids('Dmitri Peskov')[0]).toBe('p:peskov');
    expect(searchEntities(KB, 'Dmitri Peskov')[0]).toMatchObject({ match: 'exact', via: 'Dmitri Peskov' });
    // "Peskov" is a whole word of Dmitry's name but only the beginning of "Peskova".
    expect(searchEntities(KB, 'peskov').find((f) => f.entity.id === 'p:peskova')?.match).toBe('prefixes');
  });

  it('matches the beginnings of several words, each on a different word of the name', () => {
    expect(ids('vlad put')).toEqual(['p:vlad']);
    expect(ids('vlad pes')).toEqual(['p:vladimir-p']);
    expect(ids('pes pes')).toEqual([]);
  });

  it('folds diacritics both ways', () => {
    expect(ids('Sojgu')).toEqual(['p:shoigu']);
    expect(ids('šojgu')).toEqual(['p:shoigu']);
  });

  it('finds nothing for an empty query or a name nobody has', () => {
    expect(ids('  ')).toEqual([]);
    expect(ids('Zzyzx')).toEqual([]);
  });
});

restoreCapturedOutput();

describe('dossier kb find on the shipped KB', () => {
  it('finds Dmitry Peskov by his surname, and explains the alias flags it prints', async () => {
    const { out } = capture();
    expect(await kbCommand(['find', 'Peskov'])).toBe(0);
    const text = out.join('');
    expect(text.split('\n')[0]).toMatch(/\[person\]\s+Dmitry Peskov:/);
    expect(text).toContain('matched the words of "Dmitry Peskov"');
    const { out: out2 } = capture();
    expect(await kbCommand(['find', 'Washington'])).toBe(0);
    const flagged = out2.join('');
    expect(flagged).toMatch(/\((ctx|Aa)\)/);
    expect(flagged).toContain('(ctx): linked only when the page supports it');
  }, 300_000); // a safety net: the first call reads the full KB

  it('says no entity matches, with exit 1, and names an unknown option or subcommand', async () => {
    const { out, err } = capture();
    expect(await kbCommand(['find', 'Zzyzx Qwv'])).toBe(1);
    expect(out.join('')).toMatch(/^no entity matches "Zzyzx Qwv"/);
    expect(await kbCommand(['find', 'Peskov', '--jsn'])).toBe(2);
    expect(err.join('')).toMatch(/^dossier kb find: unknown option --jsn\n/);
    expect(await kbCommand(['frob'])).toBe(2);
    expect(err.join('')).toContain('dossier kb: unknown command "frob"');
  }, 300_000); // a safety net: the first call reads the full KB
});
