/**
 * A company named in a story about its stock index (src/link/index-members.ts) and names listed
 * with a linked name of their kind (src/link/coordination.ts). Small KBs of real names.
 */
import { describe, expect, it } from 'vitest';
import type { Entity } from '../../../src/kb/model.ts';
import { buildLinkerIndex, createLinker } from '../../../src/link/index.ts';

const e = (x: Partial<Entity> & Pick<Entity, 'id' | 'name' | 'type'>): Entity => ({ aliases: [], description: '', ...x });
const bulk = (x: Partial<Entity> & Pick<Entity, 'id' | 'name' | 'type'>): Entity => e({ description: 'From a registry.', layer: 'bulk', ...x });

const KB: Entity[] = [
  e({ id: 'market:ftse-100', name: 'FTSE 100', type: 'other', prominence: 0.6, cues: ['index', 'shares', 'stocks', 'points'], aliases: [{ text: 'FTSE', caseSensitive: true, contextDependent: true }] }),
  e({ id: 'company:bp', name: 'BP PLC', type: 'company', prominence: 0.3, description: 'British oil and gas company listed in the FTSE 100.', cues: ['company', 'shares'], aliases: [{ text: 'BP', caseSensitive: true, contextDependent: true, kind: 'short' }] }),
  e({ id: 'company:shell', name: 'Shell plc', type: 'company', prominence: 0.6, description: 'British oil and gas company.', cues: ['company', 'shares'], aliases: [{ text: 'Shell', contextDependent: true, kind: 'short' }] }),
  bulk({ id: 'fdb:kering', name: 'Kering', type: 'company', country: 'FR', prominence: 0.3 }),
  bulk({ id: 'fdb:lvmh', name: 'LVMH', type: 'company', country: 'FR', prominence: 0.45, aliases: [{ text: 'LVMH', caseSensitive: true }] }),
  bulk({ id: 'geonames:maidstone', name: 'Maidstone', type: 'place', country: 'GB', prominence: 0.3 }),
  bulk({ id: 'geonames:tonbridge', name: 'Tonbridge', type: 'place', country: 'GB', prominence: 0.25 }),
  bulk({ id: 'geonames:sevenoaks', name: 'Sevenoaks', type: 'place', country: 'GB', prominence: 0.25 }),
];
const linker = createLinker(buildLinkerIndex(KB));
const ids = (text: string): string[] => linker.link(text).map((m) => m.entityId);

describe('a company in a story about its index', () => {
  it('is linked when the index is on the page, not otherwise', () => {
    expect(ids('In London the FTSE 100 fell 0.5% on Friday. Shares in BP rose modestly.')).toContain('company:bp');
    expect(ids('Shares in BP rose modestly.')).not.toContain('company:bp');
  });
});

describe('names listed with a linked name of their kind', () => {
  it('link as that kind: companies with a company, towns with a town of the same country', () => {
    expect(ids('Shares of Shell plc and Kering were weak.')).toEqual(['company:shell', 'fdb:kering']);
    expect(ids('Victims lived in Sevenoaks, Maidstone and Tonbridge, the court heard.')).toEqual(['geonames:sevenoaks', 'geonames:maidstone', 'geonames:tonbridge']);
  });

  it('not without a linked name in the list', () => {
    expect(ids('Maidstone and Tonbridge were quiet.')).toEqual([]);
    expect(ids('Kering and Gucci were weak.')).toEqual([]);
  });
});
