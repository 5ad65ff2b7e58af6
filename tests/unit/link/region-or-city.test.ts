/**
 * A name that is both a region and a city (src/link/region-or-city.ts): "Washington" is the
 * capital by default, the state in "Maria Cantwell of Washington" or "the state of Washington"; with no
 * state in the KB the city link goes rather than being wrong.
 */
import { describe, expect, it } from 'vitest';
import type { Entity } from '../../../src/kb/model.ts';
import { buildLinkerIndex, createLinker } from '../../../src/link/index.ts';

const e = (x: Partial<Entity> & Pick<Entity, 'id' | 'name' | 'type'>): Entity => ({ aliases: [], description: '', prominence: 0.5, ...x });

const BASE: Entity[] = [
  e({ id: 'country:US', name: 'United States', type: 'country', country: 'US', prominence: 0.95, aliases: [{ text: 'American', kind: 'demonym' }] }),
  e({ id: 'place:dc', name: 'Washington, D.C.', type: 'place', country: 'US', prominence: 0.85, description: 'Capital of the United States.', aliases: [{ text: 'Washington', contextDependent: true, kind: 'short' }] }),
  e({ id: 'place:nyc', name: 'New York City', type: 'place', country: 'US', prominence: 0.8, description: 'Largest city of the United States.', aliases: [{ text: 'New York', contextDependent: true, kind: 'short' }] }),
  e({ id: 'person:cantwell', name: 'Maria Cantwell', type: 'person', country: 'US', prominence: 0.6, description: 'American politician, senator.' }),
  e({ id: 'person:schumer', name: 'Chuck Schumer', type: 'person', country: 'US', prominence: 0.7, description: 'American politician, senator.' }),
];
const STATES: Entity[] = [
  e({ id: 'place:wa', name: 'Washington (state)', type: 'place', country: 'US', prominence: 0.6, description: 'State of the United States.' }),
];

const pairs = (entities: Entity[], text: string): [string, string][] => createLinker(buildLinkerIndex(entities)).link(text).map((m) => [m.quote, m.entityId]);

const SENATE =
  'American senators met in Washington on Tuesday. The bill was led by Maria Cantwell of Washington, the senior Democrat. ' +
  'Chuck Schumer of New York said the vote was overdue. The governor of New York welcomed it, as did the mayor of New York.';

describe('a region named like its city', () => {
  it('is the region after a senator "of" or "governor of"; the city elsewhere', () => {
    const found = pairs([...BASE, ...STATES], SENATE);
    expect(found).toContainEqual(['Washington', 'place:dc']);
    expect(found).toContainEqual(['Washington', 'place:wa']);
    expect(found.filter(([q, id]) => q === 'New York' && id === 'place:nyc')).toHaveLength(1); // the mayor's
  });

  it('without the region in the KB, the city link goes where the region is meant', () => {
    const found = pairs(BASE, SENATE);
    expect(found.filter(([q]) => q === 'Washington')).toEqual([['Washington', 'place:dc']]);
  });

  it('"the state of Washington" is the state', () => {
    expect(pairs([...BASE, ...STATES], 'Wildfires spread across the state of Washington, American officials said.')).toContainEqual(['Washington', 'place:wa']);
  });
});
