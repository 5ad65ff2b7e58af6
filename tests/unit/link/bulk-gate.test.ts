/**
 * The bulk layer's gate on non-cyber text (sport, business, culture): registry names that are
 * look-alikes ("Reading", "Nice", "Cove", "Center") link only on their own evidence; curated
 * names keep winning; a piece of a longer proper name is not that entity.
 */
import { describe, expect, it } from 'vitest';
import { applyAliasRules } from '../../../src/kb/alias-rules.ts';
import type { Entity } from '../../../src/kb/model.ts';
import { buildLinkerIndex, createLinker } from '../../../src/link/index.ts';
import { MINI_KB } from './mini-kb.ts';

const bulk = (x: Partial<Entity> & Pick<Entity, 'id' | 'name' | 'type'>): Entity => ({ aliases: [], description: 'From a registry.', layer: 'bulk', ...x });

const BULK: Entity[] = [
  bulk({ id: 'geonames:2639577', name: 'Reading', type: 'place', country: 'GB', prominence: 0.39 }),
  bulk({ id: 'geonames:2990440', name: 'Nice', type: 'place', country: 'FR', prominence: 0.42 }),
  bulk({ id: 'geonames:4887398', name: 'Chicago', type: 'place', country: 'US', prominence: 0.55 }),
  bulk({ id: 'geonames:2652227', name: 'Cove', type: 'place', country: 'GB', prominence: 0.1 }),
  bulk({ id: 'geonames:4679987', name: 'Center', type: 'place', country: 'US', prominence: 0.05 }),
  bulk({ id: 'geonames:498501', name: 'Sars', type: 'place', country: 'RU', prominence: 0.1 }),
  bulk({ id: 'geonames:4288656', name: 'Corbin', type: 'place', country: 'US', prominence: 0.2 }),
  bulk({ id: 'country:FR', name: 'France', type: 'country', country: 'FR', layer: undefined, prominence: 0.9 }),
  bulk({ id: 'fdb:the-boeing-company-us', name: 'The Boeing Company', type: 'company', country: 'US', prominence: 0.45, aliases: [{ text: 'Boeing' }] }),
  bulk({ id: 'fdb:one-us', name: 'one', type: 'company', country: 'US', prominence: 0.1 }),
  bulk({ id: 'wd:Q9630', name: 'Labour Party', type: 'party', country: 'NZ', prominence: 0.55 }),
];
const entities = [...MINI_KB, ...BULK].map((e) => ({ ...e, aliases: e.aliases.map((a) => ({ ...a })) }));
applyAliasRules(entities, new Set(['reading', 'nice', 'cove', 'center']));
const linker = createLinker(buildLinkerIndex(entities));
const ids = (text: string): [string, string][] => linker.link(text).map((m) => [m.quote, m.entityId]);

describe('bulk-layer gate', () => {
  it('sport: a club-like use or a verb is not the town; the town with a cue of its kind and its country is', () => {
    expect(ids('Reading beat Bath 2-1 on Saturday. Reading the match report, the manager was pleased.')).toEqual([]);
    expect(ids('Reading Football Club sacked its coach.')).toEqual([]);
    expect(ids('The town of Reading, west of London in Britain, hosts a festival.')).toContainEqual(['Reading', 'geonames:2639577']);
  });

  it('culture: "Nice" as a word is nothing; "Nice, France" is the city', () => {
    expect(ids('Nice work by the cast at the premiere of the film.')).toEqual([]);
    expect(ids('The film premiered at a festival in Nice, France, on Friday.')).toContainEqual(['Nice', 'geonames:2990440']);
  });

  it('business: a large company by its short name with a cue of its kind', () => {
    expect(ids('Boeing shares fell after the company named a new chief executive.')).toContainEqual(['Boeing', 'fdb:the-boeing-company-us']);
    expect(ids('Boeing was mentioned once.')).toEqual([]);
  });

  it('a piece of a longer capitalised name is not the registry entity, even with its country and a cue in play', () => {
    const found = ids('In Britain, the SARS-Cove 2 virus spread through the town. In the United States, the National Center for Cyber Security in the city warned.');
    expect(found.filter(([, id]) => id.startsWith('geonames:'))).toEqual([]);
  });

  it('an all-capitals word is not a mixed-case registry name', () => {
    expect(ids('Russian officials in the town said SARS spread in Russia.').filter(([, id]) => id.startsWith('geonames:'))).toEqual([]);
  });

  it('a registry name in lower case is the ordinary word, even with its kind and country in play', () => {
    expect(ids('In the United States, shares of one company rose; the one listed in San Francisco fell.').filter(([, id]) => id === 'fdb:one-us')).toEqual([]);
  });

  it('a one-word registry name needs a cue of its kind, not just its country', () => {
    expect(ids('In the United States, Corbin said the plan would work.').filter(([, id]) => id.startsWith('geonames:'))).toEqual([]);
  });

  it('curated names win over bulk namesakes; a bulk town does not take a surname', () => {
    const found = ids('Jeremy Corbyn spoke in London. Later Corbyn met Dominic Raab, the British Foreign Secretary.');
    expect(found).toContainEqual(['Corbyn', 'wd:Q291169']);
    expect(found.some(([, id]) => id === 'geonames:4288656')).toBe(false);
    expect(ids('Britain: the Labour Party leader Jeremy Corbyn said…')).toContainEqual(['Labour Party', 'party:labour-uk']);
  });

  it('a household city needs only a cue of its kind', () => {
    expect(ids('The city of Chicago approved its budget.')).toContainEqual(['Chicago', 'geonames:4887398']);
  });
});

describe('datelines', () => {
  it("a dateline's place is the place, never the agency; its credit is the agency's", () => {
    const text = 'READING (Reuters) - The city of Reading in Britain approved its budget.\nMOSCOW, Russia (AP) — Russian officials met.';
    const found = linker.link(text).map((m) => [m.quote, m.entityId, m.start]);
    expect(found).toContainEqual(['READING', 'geonames:2639577', 0]);
    expect(found).toContainEqual(['Reading', 'geonames:2639577', text.indexOf('Reading in')]);
    expect(found.filter(([q]) => q === 'Reuters' || q === 'AP').every(([, id]) => !String(id).startsWith('geonames:'))).toBe(true);
  });

  it('capitals at the head of a line with no agency and no date are not a dateline', () => {
    expect(ids('READING LIST\nBooks of the year.')).toEqual([]);
  });
});

describe("the page's country among namesakes", () => {
  it('"Labour" on a New Zealand page is New Zealand\'s party; on a British page the curated British one', () => {
    const nz = [...entities, bulk({ id: 'country:NZ', name: 'New Zealand', type: 'country', country: 'NZ', layer: undefined, prominence: 0.6 }),
      bulk({ id: 'wd:Q1048192', name: 'Labour Party', type: 'party', country: 'NZ', prominence: 0.55, aliases: [{ text: 'Labour', contextDependent: true }] })];
    const local = createLinker(buildLinkerIndex(nz));
    const of = (text: string) => local.link(text).filter((m) => m.quote === 'Labour').map((m) => m.entityId);
    expect(of('Voters in New Zealand gave Labour a third term in the election.')).toEqual(['wd:Q1048192']);
    expect(of('Voters in Britain gave Labour a big majority in the election.')).toEqual(['party:labour-uk']);
  });
});
