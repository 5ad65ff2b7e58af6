/** "Add to my entities": a user entity made from an unknown name's card, validated like a pack. */
import { describe, expect, it } from 'vitest';
import { editedUserEntity, entityFromPage } from '../../../src/kb/page-entity.ts';

describe('entityFromPage', () => {
  it('pre-fills name, type, role and the page as source, with a user id', () => {
    const { entities, errors } = entityFromPage({ name: ' Tom  Hendry ', type: 'person', role: 'the trade adviser', url: 'https://news.example/a', title: 'Trade talks' });
    expect(errors).toEqual([]);
    expect(entities).toEqual([{
      id: 'user:tom-hendry', origin: 'user', name: 'Tom Hendry', type: 'person', aliases: [],
      description: 'The trade adviser (as the page put it).', sources: [{ label: 'Trade talks', url: 'https://news.example/a' }],
    }]);
  });

  it('refuses a bad type or an empty name, and drops a non-http source', () => {
    expect(entityFromPage({ name: 'X Corp', type: 'nonsense' as never, url: 'https://a.example/' }).entities).toEqual([]);
    expect(entityFromPage({ name: '  ', type: 'person', url: 'https://a.example/' }).errors.length).toBeGreaterThan(0);
    const local = entityFromPage({ name: 'Little Snoring', type: 'place', url: 'file:///tmp/x.html' });
    expect(local.entities[0]?.sources).toBeUndefined();
  });
});

describe('editedUserEntity', () => {
  const current = entityFromPage({ name: 'Tom Hendry', type: 'person', role: 'the trade adviser', url: 'https://news.example/a' }).entities[0]!;
  it('applies name, type, aliases and description, keeping the id and the source', () => {
    const { entities, errors } = editedUserEntity(current, { name: 'Thomas Hendry', type: 'person', aliases: ['Tom Hendry', ' ', 'T. Hendry'], description: 'Trade adviser to the council.' });
    expect(errors).toEqual([]);
    expect(entities[0]).toMatchObject({ id: 'user:tom-hendry', origin: 'user', name: 'Thomas Hendry', aliases: [{ text: 'Tom Hendry' }, { text: 'T. Hendry' }], description: 'Trade adviser to the council.', sources: current.sources });
  });
  it('refuses an edit that breaks the entity, and changes nothing', () => {
    expect(editedUserEntity(current, { name: '', type: 'person', aliases: [], description: '' }).entities).toEqual([]);
    expect(editedUserEntity(current, { name: 'X', type: 'planet' as never, aliases: [], description: '' }).errors.length).toBeGreaterThan(0);
  });
});
