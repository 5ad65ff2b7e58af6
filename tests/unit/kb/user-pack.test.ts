import { describe, expect, it } from 'vitest';
import { parseUserPack } from '../../../src/kb/user-pack.ts';

describe('parseUserPack', () => {
  it('reads a JSON pack ({entities}) into user entities with user: ids', () => {
    const { entities, errors } = parseUserPack(JSON.stringify({ entities: [
      { name: 'Jane Roe', type: 'person', aliases: ['J. Roe', { text: 'JR', caseSensitive: true }] },
      { name: 'Jane Roe', type: 'person', description: 'Another one.' },
    ] }));
    expect(errors).toEqual([]);
    expect(entities.map((e) => [e.id, e.origin])).toEqual([['user:jane-roe', 'user'], ['user:jane-roe-2', 'user']]);
    expect(entities[0].aliases).toEqual([{ text: 'J. Roe' }, { text: 'JR', caseSensitive: true }]);
  });

  it('reads CSV with RFC 4180 quoting, embedded commas, quotes and newlines', () => {
    const csv = 'name,type,aliases,description,url\r\n"Acme, Inc.",organization,"Acme;ACME Corp","Says ""hello""\nand more",https://acme.example/\nBob Smith,person,,,\n';
    const { entities, errors } = parseUserPack(csv);
    expect(errors).toEqual([]);
    expect(entities).toHaveLength(2);
    expect(entities[0]).toMatchObject({ id: 'user:acme-inc', name: 'Acme, Inc.', description: 'Says "hello"\nand more', sources: [{ url: 'https://acme.example/' }] });
    expect(entities[0].aliases.map((a) => a.text)).toEqual(['Acme', 'ACME Corp']);
    expect(entities[1]).toMatchObject({ id: 'user:bob-smith', type: 'person', aliases: [] });
  });

  it('returns nothing and line-numbered errors when any CSV line is bad', () => {
    const csv = 'name,type,aliases,description,url\nGood One,person,,,\n"Multi\nline",planet,,,\n,person,,,\nX,person,,,ftp://x\nToo,many,fields,here,https://a.b,extra\n';
    const { entities, errors } = parseUserPack(csv);
    expect(entities).toEqual([]);
    expect(errors.map((e) => e.where)).toEqual(['line 3', 'line 5', 'line 6', 'line 7']);
    expect(errors[0].message).toMatch(/type must be one of/);
  });

  it('locates JSON errors by entry path and returns nothing', () => {
    const { entities, errors } = parseUserPack('[{"name":"A","type":"person"},{"name":"","type":"robot","born":"yesterday"}]');
    expect(entities).toEqual([]);
    expect(errors.map((e) => e.where)).toEqual(['[1].name', '[1].type', '[1].born']);
  });

  it('reports an unterminated quote and invalid JSON', () => {
    expect(parseUserPack('name,type\n"open,person\n').errors[0]).toEqual({ where: 'line 2', message: 'unterminated quoted field' });
    expect(parseUserPack('{"entities": [}').errors[0].where).toBe('file');
  });
});
