/**
 * A middle initial with or without its dot is the same name ("John F Kennedy", "John F.
 * Kennedy"; "Harry S Truman", whose KB name has no dot, written "Harry S. Truman").
 */
import { describe, expect, it } from 'vitest';
import type { Entity } from '../../../src/kb/model.ts';
import { buildLinkerIndex, createLinker } from '../../../src/link/index.ts';

const person = (id: string, name: string): Entity => ({ id, name, type: 'person', aliases: [], description: 'American politician, president.', prominence: 0.8, country: 'US' });
const linker = createLinker(buildLinkerIndex([person('p:jfk', 'John F. Kennedy'), person('p:hst', 'Harry S Truman')]));
const ids = (text: string): string[] => linker.link(text).map((m) => `${m.quote} ${m.entityId}`);

describe('initials with and without dots', () => {
  it('match either way round', () => {
    expect(ids('The airport is named after John F Kennedy, the president.')).toEqual(['John F Kennedy p:jfk']);
    expect(ids('John F. Kennedy spoke.')).toEqual(['John F. Kennedy p:jfk']);
    expect(ids('Harry S. Truman was president.')).toEqual(['Harry S. Truman p:hst']);
    expect(ids('Harry S Truman was president.')).toEqual(['Harry S Truman p:hst']);
  });
});
