/**
 * Garbled and short names of prominent bodies, places and people (near-names.ts, short-forms.ts,
 * coreference's titled given names, particles in personal names), over a small KB of real names
 * with a bulk-layer place, a smaller namesake and a low-prominence town.
 */
import { describe, expect, it } from 'vitest';
import type { Entity } from '../../../src/kb/model.ts';
import { buildLinkerIndex, createLinker } from '../../../src/link/index.ts';
import { ROMANISATION, surnameSimilarity } from '../../../src/link/name-keys.ts';

const e = (x: Partial<Entity> & Pick<Entity, 'id' | 'name' | 'type'>): Entity => ({ aliases: [], description: '', ...x });
const KB: Entity[] = [
  e({ id: 'country:DE', name: 'Germany', type: 'country', country: 'DE', aliases: [{ text: 'German', kind: 'demonym' }] }),
  e({ id: 'country:AT', name: 'Austria', type: 'country', country: 'AT', aliases: [{ text: 'Austrian', kind: 'demonym' }] }),
  e({ id: 'company:vow', name: 'Volkswagen AG', type: 'company', prominence: 0.3, aliases: [{ text: 'Volkswagen' }], cues: ['company', 'shares'] }),
  e({ id: 'company:mu', name: 'Micron Technology', type: 'company', country: 'US', prominence: 0.4, cues: ['company', 'shares'] }),
  e({ id: 'geonames:wob', name: 'Wolfsburg', type: 'place', country: 'DE', prominence: 0.33, layer: 'bulk', aliases: [{ text: 'Wolfsburg', contextDependent: true }] }),
  e({ id: 'geonames:wolfsberg', name: 'Wolfsberg', type: 'place', country: 'AT', prominence: 0.02, layer: 'bulk', aliases: [{ text: 'Wolfsberg', contextDependent: true }] }),
  e({ id: 'geonames:gruenheide', name: 'Grünheide', type: 'place', country: 'DE', prominence: 0.15, layer: 'bulk' }),
  e({ id: 'person:vdl', name: 'Ursula von der Leyen', type: 'person', country: 'DE', prominence: 0.8, description: 'President of the European Commission.' }),
  e({ id: 'person:merz', name: 'Friedrich Merz', type: 'person', country: 'DE', prominence: 0.9, description: 'Chancellor of Germany.' }),
  e({ id: 'person:hoyle', name: 'Lindsay Hoyle', type: 'person', country: 'GB', prominence: 0.3, description: 'Speaker of the House of Commons.' }),
];
const linker = createLinker(buildLinkerIndex(KB));
const links = (text: string): string[] => linker.link(text).map((m) => `${m.quote} → ${m.entityName}`);

describe('garbled names of prominent bodies and places', () => {
  it('links a first word spelt another way that sounds the same, given a cue of its kind', () => {
    expect(links('The carmaker Folkswagen will stop the third shift at its factory in Volfsburg, Germany.')).toEqual(
      expect.arrayContaining(['Folkswagen → Volkswagen AG', 'Volfsburg → Wolfsburg']),
    );
  });
  it('keeps the decision for the word wherever it recurs, as in a Title Case headline', () => {
    expect(links('Folkswagen Cuts Shifts At Main Plant\nThe carmaker Folkswagen said on Tuesday it would cut a shift.').filter((l) => l.startsWith('Folkswagen'))).toHaveLength(2);
  });
  it('leaves a garble the page does not speak for, a name the KB has, a piece of a longer name and a small town', () => {
    expect(links('Folkswagen was mentioned once.')).toEqual([]);
    expect(links('Visitors to Wolfsberg in Austria enjoyed the lake.')).not.toContain('Wolfsberg → Wolfsburg');
    expect(links('The carmaker said its chief, Anna Folkswagen, would stay.')).toEqual([]);
    expect(links('The Tesla factory in Grünhaide near Berlin, Germany, will stay open.')).toEqual(['Germany → Germany']);
  });
});

describe('garbled and short names of people and companies', () => {
  it('hears a German final z after l, n or r as the tz a translation writes, and asks who is meant', () => {
    expect(surnameSimilarity('mertz', 'merz')).toBeGreaterThan(0.8);
    expect(surnameSimilarity('mertz', 'merz')).toBeLessThan(ROMANISATION);
    expect(links('Friedrich Mertz, a baker, said so.')).toEqual([]);
    expect(links('German Chancellor Friedrich Mertz met carmakers. F. Mertz said so.')).toEqual(
      expect.arrayContaining(['Friedrich Mertz → Friedrich Merz', 'F. Mertz → Friedrich Merz']),
    );
  });
  it('reads lower-case particles between a given name and a garbled surname', () => {
    expect(links('The president of the European Commission, Ursula von der Lajen, said Germany would pay.')).toContain('Ursula von der Lajen → Ursula von der Leyen');
  });
  it('links "Sir" and a given name back to the full name, and not to someone we do not know', () => {
    expect(links('The Speaker, Sir Lindsay Hoyle, stopped proceedings. Sir Lindsay rose to his feet.')).toContain('Sir Lindsay → Lindsay Hoyle');
    expect(links('Sir Geoffrey Lannerby chairs the board. Sir Geoffrey said so.')).toEqual([]);
  });
  it('links a company by its leading word once the page has named it in full', () => {
    expect(links('Micron Technology is building a plant. Suppliers set up near the Micron plant.')).toEqual(['Micron Technology → Micron Technology', 'Micron → Micron Technology']);
    expect(links('Suppliers set up near the Micron plant.')).toEqual([]);
  });
});
