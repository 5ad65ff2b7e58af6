import { describe, expect, it } from 'vitest';
import { addLegalNameForms, legalNameForms } from '../../../src/kb/legal-forms.ts';
import type { Entity } from '../../../src/kb/model.ts';

const company = (id: string, name: string, type: Entity['type'] = 'company'): Entity =>
  ({ id, name, type, aliases: [], description: 'A company.' }) as Entity;

describe('legal name forms of companies', () => {
  it('drops one trailing legal form and writes a British PLC as "plc"', () => {
    expect(legalNameForms('Rolls-Royce Holdings PLC')).toEqual(['Rolls-Royce Holdings', 'Rolls-Royce Holdings plc']);
    expect(legalNameForms('Mercedes-Benz Group AG')).toEqual(['Mercedes-Benz Group']);
    expect(legalNameForms('Aalberts N.V.')).toEqual(['Aalberts']);
    expect(legalNameForms('Apple Inc.')).toEqual(['Apple']);
    expect(legalNameForms('Volkswagen Group')).toEqual([]);
  });

  it('adds them as aliases unless ordinary words or another entity\'s name', () => {
    const rolls = company('a', 'Rolls-Royce Holdings PLC');
    const next = company('b', 'Next PLC');
    const shell = company('c', 'Shell PLC');
    const acme = company('d', 'Acme Inc.');
    const acmeTown = company('e', 'Acme', 'place');
    const party = company('f', 'Example Party AG', 'party');
    addLegalNameForms([rolls, next, shell, acme, acmeTown, party], new Set(['next', 'shell']));
    expect(rolls.aliases.map((a) => a.text)).toEqual(['Rolls-Royce Holdings', 'Rolls-Royce Holdings plc']);
    expect(next.aliases.map((a) => a.text)).toEqual(['Next plc']);
    expect(shell.aliases.map((a) => a.text)).toEqual(['Shell plc']);
    expect(acme.aliases).toEqual([]);
    expect(party.aliases).toEqual([]);
  });
});
