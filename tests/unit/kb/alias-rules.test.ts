import { describe, expect, it } from 'vitest';
import { applyAliasRules } from '../../../src/kb/alias-rules.ts';
import { mergeEntity } from '../../../src/kb/merge.ts';
import type { Entity } from '../../../src/kb/model.ts';

const entity = (id: string, name: string, extra: Partial<Entity> = {}): Entity => ({ id, name, type: 'agency', aliases: [], description: 'd', ...extra });
const nameAlias = (e: Entity) => e.aliases.find((a) => a.text === e.name);

describe('alias rules on entity names', () => {
  it('flags an obscure three-letter acronym name, not a prominent one', () => {
    const obscure = entity('agency:mad', 'MAD', { prominence: 0.3 });
    const known = entity('agency:cia', 'CIA', { prominence: 0.75 });
    applyAliasRules([obscure, known], new Set());
    expect(nameAlias(obscure)).toMatchObject({ caseSensitive: true, contextDependent: true });
    expect(nameAlias(known)).toMatchObject({ caseSensitive: true });
    expect(nameAlias(known)?.contextDependent).toBeUndefined();
  });

  it('flags a name that another entity also uses, and a common-word name', () => {
    const a = entity('place:kingston-jm', 'Kingston', { type: 'place' });
    const b = entity('place:kingston-nf', 'Kingston', { type: 'place' });
    const word = entity('company:tgt', 'Target', { type: 'organization', prominence: 0.4 });
    const unique = entity('org:x', 'Unique Name Institute', { type: 'organization' });
    applyAliasRules([a, b, word, unique], new Set(['target']));
    expect(nameAlias(a)?.contextDependent).toBe(true);
    expect(nameAlias(b)?.contextDependent).toBe(true);
    expect(nameAlias(word)?.contextDependent).toBe(true);
    expect(unique.aliases).toEqual([]);
  });

  it('never overrides a flag written in a source', () => {
    const stated = entity('agency:x', 'XYZ', { prominence: 0.1, aliases: [{ text: 'XYZ', caseSensitive: true, contextDependent: false }] });
    applyAliasRules([stated], new Set());
    expect(stated.aliases).toEqual([{ text: 'XYZ', caseSensitive: true, contextDependent: false, kind: 'acronym' }]);
  });
});

describe('merging curated roles over imported ones', () => {
  it('lets a curated role with the same title and start year correct the imported one', () => {
    const imported = entity('wd:Q1', 'A', { type: 'person', roles: [
      { title: 'Minister', from: '2021-09-15', asOf: '2022-07-23' }, { title: 'MP', from: '2010', to: '2015' },
    ] });
    const curated = entity('wd:Q1', 'A', { type: 'person', roles: [{ title: 'Minister', from: '2021-09-15', to: '2022-09-06' }] });
    expect(mergeEntity(imported, curated).roles).toEqual([{ title: 'MP', from: '2010', to: '2015' }, { title: 'Minister', from: '2021-09-15', to: '2022-09-06' }]);
  });
});
