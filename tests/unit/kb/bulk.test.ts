/** The bulk layer's merge under the curated KB: de-duplication by QID, then name + country + kind. */
import { describe, expect, it } from 'vitest';
import { mergeBulk, type BulkFile } from '../../../src/kb/bulk.ts';
import { compileKb } from '../../../src/kb/compile.ts';
import type { Entity } from '../../../src/kb/model.ts';

const source = (label: string) => ({ label, name: label, version: '1', licence: 'CC0', url: `https://example.org/${label}` });
const file = (path: string, label: string, entries: unknown[]): BulkFile => ({ path, source: source(label), entries });
const curated = (): Entity[] => [
  { id: 'org:acme', name: 'Acme Corporation', type: 'organization', aliases: [{ text: 'Acme' }], description: 'Curated card.', country: 'US', ids: { wikidata: 'Q1' } },
  { id: 'place:springfield', name: 'Springfield', type: 'place', aliases: [], description: 'Curated city.', country: 'US' },
];

describe('mergeBulk', () => {
  it('folds a record with a curated QID into the curated entity: ids and source link only', () => {
    const core = curated();
    const { entities, counts } = mergeBulk(core, [file('a.ndjson.gz', 'A', [
      { id: 'wd:Q1', name: 'ACME Corp', type: 'company', description: 'Registry text.', aliases: ['ACME Inc'], ids: { wikidata: 'Q1', isin: 'US0000000001' } },
    ])]);
    expect(entities).toEqual([]);
    expect(counts.A).toEqual({ records: 1, merged: 1 });
    const acme = core[0] as Entity;
    expect(acme.ids).toEqual({ wikidata: 'Q1', isin: 'US0000000001' });
    expect(acme.aliases.map((a) => a.text)).toEqual(['Acme']);
    expect(acme.description).toBe('Curated card.');
    expect(acme.sources).toEqual([{ label: 'A', url: 'https://www.wikidata.org/wiki/Q1' }]);
  });

  it('folds by folded name + country + kind across sources, never namesakes within one registry', () => {
    const core = curated();
    const { entities } = mergeBulk(core, [
      file('parties.ndjson.gz', 'P', [{ id: 'x:1', name: 'Springfield', type: 'place', description: 'Town.', country: 'US', ids: { geonames: '1' } }]),
      file('cities.ndjson.gz', 'G', [
        { id: 'geonames:2', name: 'Shelbyville', type: 'place', description: 'Town.', country: 'US', prominence: 0.2, ids: { geonames: '2' } },
        { id: 'geonames:3', name: 'Shelbyville', type: 'place', description: 'Another town.', country: 'US', prominence: 0.1, ids: { geonames: '3' } },
      ]),
      file('nsi.ndjson.gz', 'N', [{ id: 'wd:Q9', name: 'Shelbyville', type: 'place', description: 'Town.', country: 'US', aliases: ['Shelbyville, USA'], prominence: 0.4, ids: { wikidata: 'Q9' } }]),
    ]);
    expect(core[1]?.ids).toEqual({ geonames: '1' });
    expect(entities.map((e) => e.id)).toEqual(['geonames:2', 'geonames:3']);
    expect(entities[0]?.aliases.map((a) => a.text)).toEqual(['Shelbyville, USA']);
    expect(entities[0]?.prominence).toBe(0.4);
    expect(entities.every((e) => e.layer === 'bulk')).toBe(true);
  });

  it('folds a person of no country into the one person of that name from another source, never into namesakes', () => {
    const person = (id: string, name: string, country?: string) => ({ id, name, type: 'person', description: 'Person.', country, prominence: 0.3 });
    const { entities } = mergeBulk(curated(), [
      file('pantheon.ndjson.gz', 'P', [person('p:1', 'Tom Hanks', 'US'), person('p:2', 'John Smith', 'GB'), person('p:3', 'John Smith', 'US')]),
      file('films.ndjson.gz', 'F', [person('f:1', 'Tom Hanks'), person('f:2', 'John Smith'), person('f:3', 'Jane Roe'), person('f:4', 'Jane Roe')]),
    ]);
    expect(entities.map((e) => e.id)).toEqual(['p:1', 'p:2', 'p:3', 'f:2', 'f:3', 'f:4']);
    expect(entities[0]?.sources?.map((s) => s.label)).toEqual(['P', 'F']);
  });

  it('points a relation at the entity its target folded into', () => {
    const { entities } = mergeBulk([], [
      file('pantheon.ndjson.gz', 'P', [{ id: 'p:1', name: 'Tom Hanks', type: 'person', description: 'Actor.', country: 'US' }]),
      file('films.ndjson.gz', 'F', [
        { id: 'f:1', name: 'Tom Hanks', type: 'person', description: 'Actor.' },
        { id: 'f:2', name: 'Big', type: 'work', description: 'Film.', relations: [{ type: 'starring', target: 'f:1' }] },
      ]),
    ]);
    expect(entities.find((e) => e.id === 'f:2')?.relations).toEqual([{ type: 'starring', target: 'p:1' }]);
  });

  it('keeps a sports team apart from an organisation of the same name and country', () => {
    const { entities } = mergeBulk([], [
      file('clubs.ndjson.gz', 'C', [{ id: 'club:1', name: 'Universidad de Chile', type: 'sports-team', description: 'Club.', country: 'CL' }]),
      file('universities.ndjson.gz', 'U', [{ id: 'uni:1', name: 'Universidad de Chile', type: 'university', description: 'University.', country: 'CL' }]),
    ]);
    expect(entities.map((e) => e.id)).toEqual(['club:1', 'uni:1']);
  });

  it('reports a bad record with its file and line, and compileKb refuses the KB', () => {
    const bad = file('cities.ndjson.gz', 'G', [{ id: 'geonames:1', name: 'X', type: 'town', description: 'd' }]);
    expect(mergeBulk([], [bad]).errors[0]).toMatchObject({ file: 'bulk/cities.ndjson.gz', entry: '#1' });
    expect(compileKb([], { countries: false, bulk: [bad] }).errors.length).toBeGreaterThan(0);
  });

  it('compileKb adds the bulk layer without making curated names context-dependent', () => {
    const { kb, errors } = compileKb([{ path: 'places/p.json', data: curated().slice(1) }], {
      countries: false,
      commonWords: [],
      bulk: [file('cities.ndjson.gz', 'G', [{ id: 'geonames:5', name: 'Springfield', type: 'place', description: 'Town.', country: 'GB' }])],
    });
    expect(errors).toEqual([]);
    const byId = new Map(kb.entities.map((e) => [e.id, e]));
    expect(byId.get('place:springfield')?.aliases.some((a) => a.contextDependent)).toBe(false);
    expect(byId.get('geonames:5')?.aliases).toContainEqual({ text: 'Springfield', contextDependent: true });
  });
});
