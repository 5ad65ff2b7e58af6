import { describe, expect, it } from 'vitest';
import { compileKb } from '../../../src/kb/compile.ts';
import { normalizeKey } from '../../../src/kb/keys.ts';

const person = (id: string, extra: Record<string, unknown> = {}) => ({ id, name: `Person ${id}`, type: 'person', aliases: [], description: 'Someone.', ...extra });
const compile = (files: { path: string; data: unknown }[]) => compileKb(files, { countries: false, date: '2026-01-02' });

describe('compileKb validation', () => {
  it('names file and entry for a duplicate id', () => {
    const { errors } = compile([{ path: 'people/a.json', data: [person('person:x')] }, { path: 'people/b.json', data: [person('person:x')] }]);
    expect(errors).toHaveLength(1);
    expect(errors[0].file).toBe('people/b.json');
    expect(errors[0].entry).toContain('person:x');
    expect(errors[0].message).toMatch(/duplicate id.*people\/a\.json/);
  });

  it('reports a dangling relation target', () => {
    const { errors } = compile([{ path: 'x.json', data: [person('person:a', { relations: [{ type: 'member-of', target: 'party:nope' }] })] }]);
    expect(errors.map((e) => [e.file, e.entry, e.message])).toEqual([['x.json', '#0 (person:a)', 'dangling reference to unknown entity party:nope']]);
  });

  it('rejects a bad date, a bad id and a missing name', () => {
    const { errors } = compile([{ path: 'y.json', data: [person('person:a', { born: '1975-13-01' }), { id: 'Bad Id', type: 'person', aliases: [], description: 'd' }] }]);
    expect(errors.some((e) => e.entry === '#0 (person:a)' && /born: not an ISO date/.test(e.message))).toBe(true);
    expect(errors.some((e) => e.entry === '#1 (Bad Id)' && /^id:/.test(e.message))).toBe(true);
    expect(errors.some((e) => e.entry === '#1 (Bad Id)' && /^name:/.test(e.message))).toBe(true);
  });

  it('merges curated over imported by id, keeping the imported name as an alias', () => {
    const { kb, errors } = compile([
      { path: 'imported/people.json', data: [person('wd:Q1', { name: 'Andrey Kelin', born: '1957-05-15', aliases: ['A. V. Kelin'] })] },
      { path: 'people/seed.json', data: [person('wd:Q1', { name: 'Andrei Kelin', description: 'Ours.' })] },
    ]);
    expect(errors).toEqual([]);
    expect(kb.entities).toHaveLength(1);
    const e = kb.entities[0];
    expect([e.name, e.description, e.born]).toEqual(['Andrei Kelin', 'Ours.', '1957-05-15']);
    expect(e.aliases.map((a) => a.text)).toEqual(['Andrey Kelin', 'A. V. Kelin']);
    expect(kb.contentVersion).toMatch(/^2026\.01\.02-[0-9a-f]{10}$/);
  });

  it('flags acronyms, common words and shared aliases by rule, and warns on collisions', () => {
    const { kb, warnings } = compile([{ path: 'a.json', data: [
      { id: 'agency:a', name: 'Alpha Agency', type: 'agency', aliases: ['NCSC', 'Play'], description: 'd' },
      { id: 'agency:b', name: 'Beta Agency', type: 'agency', aliases: ['NCSC', 'Beta'], description: 'd' },
    ] }]);
    const a = kb.entities.find((e) => e.id === 'agency:a')!;
    expect(a.aliases.find((x) => x.text === 'NCSC')).toMatchObject({ caseSensitive: true, contextDependent: true, kind: 'acronym' });
    expect(a.aliases.find((x) => x.text === 'Play')).toMatchObject({ contextDependent: true });
    const b = kb.entities.find((e) => e.id === 'agency:b')!;
    expect(b.aliases.find((x) => x.text === 'Beta')?.contextDependent).toBeUndefined();
    expect(warnings.some((w) => w.message.includes('"ncsc"'))).toBe(true);
  });

  it('changes the content version when an entity changes', () => {
    const one = compile([{ path: 'a.json', data: [person('person:a')] }]).kb.contentVersion;
    const two = compile([{ path: 'a.json', data: [person('person:a', { description: 'Other.' })] }]).kb.contentVersion;
    expect(one).not.toBe(two);
  });

  it('normalises keys without case, diacritics or punctuation', () => {
    expect(normalizeKey('  António  Guterres ')).toBe('antonio guterres');
    expect(normalizeKey('Washington, D.C.')).toBe('washington d c');
  });
});
