import { describe, expect, it } from 'vitest';
import type { Entity } from '../../../src/kb/model.ts';
import { buildAliasTable, findAliasCandidates } from '../../../src/link/exact.ts';
import { packedIndexOf } from '../../../src/link/index-binary.ts';
import { buildLinkerIndex } from '../../../src/link/linker-index.ts';
import { stackLayers } from '../../../src/link/layers.ts';
import { scanTokens } from '../../../src/text/tokens.ts';

const e = (x: Partial<Entity> & Pick<Entity, 'id' | 'name' | 'type'>): Entity => ({ aliases: [], description: 'A test entity.', ...x });

/** Namesakes of one spelling side by side, with the case and punctuation that set them apart. */
const KB: Entity[] = [
  e({ id: 'a', name: 'National', type: 'company' }),
  e({ id: 'b', name: 'National Trust', type: 'organization', aliases: [{ text: 'National' }] }),
  e({ id: 'c', name: 'NATIONAL', type: 'company', aliases: [{ text: 'NATIONAL', caseSensitive: true }] }),
  e({ id: 'd', name: 'National', type: 'place' }),
  e({ id: 'e', name: 'Smith Jones', type: 'company' }),
  e({ id: 'f', name: 'Smith, Jones', type: 'company' }),
  e({ id: 'g', name: 'Smith Jones', type: 'person' }),
  e({ id: 'h', name: 'Labour Centre', type: 'organization' }),
  e({ id: 'i', name: 'Smith', type: 'person' }),
  e({ id: 'j', name: 'University of Basel Hospital', type: 'organization' }),
  e({ id: 'k', name: 'University of Bern', type: 'university' }),
  e({ id: 'l', name: 'University of Basel', type: 'university', aliases: [{ text: 'University of' }] }),
];

const index = buildLinkerIndex(KB);
const table = buildAliasTable(stackLayers([packedIndexOf(index)]));

/** Every candidate as [quote, entity id], in the scan's order. */
function scan(text: string): [string, string][] {
  const tokens = scanTokens(text);
  return findAliasCandidates(table, tokens).map((c) => [text.slice(tokens.start[c.from], tokens.end[c.to - 1]), index.entities.ids[c.entity] as string]);
}

describe('alias scan', () => {
  it('finds every namesake of one spelling, each by its own case rule', () => {
    expect(scan('National said so.')).toEqual([['National', 'a'], ['National', 'b'], ['National', 'd']]);
    expect(scan('NATIONAL said so.')).toEqual([['NATIONAL', 'a'], ['NATIONAL', 'b'], ['NATIONAL', 'c'], ['NATIONAL', 'd']]);
    expect(scan('the national mood')).toEqual([]);
  });

  it('matches across a comma only the alias written with one, wherever it sits among its namesakes', () => {
    expect(scan('Smith, Jones said')).toEqual([['Smith, Jones', 'f'], ['Smith', 'i']]);
    expect(scan('Smith Jones said')).toEqual([['Smith Jones', 'e'], ['Smith Jones', 'f'], ['Smith Jones', 'g'], ['Smith', 'i']]);
  });

  it('lists the one-word and longer aliases at a word in alias order', () => {
    expect(scan('National Trust')).toEqual([['National', 'a'], ['National Trust', 'b'], ['National', 'b'], ['National', 'd']]);
  });

  it('tells longer names apart by their third and later words', () => {
    expect(scan('at the University of Basel Hospital')).toEqual([['University of Basel Hospital', 'j'], ['University of Basel', 'l'], ['University of', 'l']]);
    expect(scan('University of Bern')).toEqual([['University of Bern', 'k'], ['University of', 'l']]);
    expect(scan('University of Zurich')).toEqual([['University of', 'l']]);
  });

  it('finds a name by either spelling of its second word', () => {
    for (const text of ['Labour Centre', 'Labor Center', 'Labour Center', 'Labor Centre']) expect(scan(`the ${text} opened`)).toEqual([[text, 'h']]);
    expect(scan('Labour Centres')).toEqual([]);
  });
});
