/**
 * More evidence for the bulk layer's gate (src/link/bulk-evidence.ts): a leading town after a
 * preposition of place, a longer name that says what it is, a related body linked first
 * (second-look.ts); never a month after "in", never a
 * town that other places of its name rival, never a shared or lower-case phrase.
 */
import { describe, expect, it } from 'vitest';
import type { Entity } from '../../../src/kb/model.ts';
import { buildLinkerIndex, createLinker } from '../../../src/link/index.ts';

const bulk = (x: Partial<Entity> & Pick<Entity, 'id' | 'name' | 'type'>): Entity => ({ aliases: [], description: 'From a registry.', layer: 'bulk', ...x });

const BULK: Entity[] = [
  bulk({ id: 'geonames:kendal-gb', name: 'Kendal', type: 'place', country: 'GB', prominence: 0.24 }),
  bulk({ id: 'geonames:kendal-id', name: 'Kendal', type: 'place', country: 'ID', prominence: 0.02 }),
  bulk({ id: 'geonames:march-gb', name: 'March', type: 'place', country: 'GB', prominence: 0.25 }),
  bulk({ id: 'geonames:dundee-gb', name: 'Dundee', type: 'place', country: 'GB', prominence: 0.34 }),
  bulk({ id: 'geonames:dundee-za', name: 'Dundee', type: 'place', country: 'ZA', prominence: 0.3 }),
  bulk({ id: 'ror:basel', name: 'University of Basel', type: 'university', country: 'CH', prominence: 0.19 }),
  bulk({ id: 'ror:nuffield', name: 'Nuffield Foundation', type: 'organization', country: 'GB', prominence: 0.12 }),
  bulk({ id: 'ror:nasa', name: 'National Aeronautics and Space Administration', type: 'agency', country: 'US', prominence: 0.35, aliases: [{ text: 'NASA', caseSensitive: true, kind: 'acronym' }] }),
  bulk({ id: 'ror:gsfc', name: 'Goddard Space Flight Center', type: 'organization', country: 'US', prominence: 0.21, relations: [{ type: 'part-of', target: 'ror:nasa' }] }),
  bulk({ id: 'nsi:security-service', name: 'Security Service', type: 'agency', country: 'XX', prominence: 0.1, aliases: [{ text: 'Security Service', contextDependent: true }] }),
];
const linker = createLinker(buildLinkerIndex(BULK));
const ids = (text: string): string[] => linker.link(text).map((m) => m.entityId);

describe('bulk-layer evidence', () => {
  it('a town after a preposition of place, well ahead of its namesakes, is that town', () => {
    expect(ids('A student from Kendal wrote the software.')).toEqual(['geonames:kendal-gb']);
    expect(ids('Kendal wrote the software.')).toEqual([]);
  });

  it('not a month, nor a town whose namesakes are about as well known', () => {
    expect(ids('The album comes out in March.')).toEqual([]);
    expect(ids('Pupils at schools in Dundee slept longer.')).toEqual([]);
  });

  it('a longer name with the head noun of a body is that body', () => {
    expect(ids('The trial was funded by the Nuffield Foundation last year.')).toEqual(['ror:nuffield']);
    expect(ids('She studies sleep at the University of Basel.')).toEqual(['ror:basel']);
  });

  it('a registry acronym links once a related body is linked on the page (a second look)', () => {
    expect(ids('The mirror was tested at the Goddard Space Flight Center. NASA said the test went well.')).toEqual(['ror:gsfc', 'ror:nasa']);
    expect(ids('NASA said the test went well.')).toEqual([]);
  });

  it('not a shared name, nor one the page writes in lower case', () => {
    expect(ids('The Security Service said nothing.')).toEqual([]);
    expect(ids('the nuffield foundation')).toEqual([]);
  });
});
