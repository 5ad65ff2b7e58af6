import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { compileKb, type CompileResult } from '../../../src/kb/compile.ts';
import { normalizeKey } from '../../../src/kb/keys.ts';
import { isOrganisationType } from '../../../src/kb/model.ts';
import { readSources } from '../../../src/cli/kb-sources.ts';
import { findEntities } from '../../../src/cli/kb.ts';

interface Gold { files: { surface: string; canonical: string; type: string }[] }
const gold = JSON.parse(readFileSync(new URL('../../fixtures/seeds/gold.json', import.meta.url), 'utf8')) as Gold;
let result: CompileResult;

beforeAll(() => {
  result = compileKb(readSources(), { date: '2026-01-01' });
});

describe('the shipped KB', () => {
  it('compiles without errors', () => {
    expect(result.errors).toEqual([]);
  });

  it('finds every gold canonical entity under its canonical name, with the gold type (an organisation of any kind for "organization")', () => {
    // The seed gold predates the party, media and company types (issue 15): its "organization" is the family.
    const fits = (type: string, gold: string): boolean => type === gold || (gold === 'organization' && isOrganisationType(type));
    for (const canonical of new Set(gold.files.map((g) => g.canonical))) {
      const found = findEntities(result.kb, canonical);
      const type = gold.files.find((g) => g.canonical === canonical)!.type;
      expect(found.some((e) => fits(e.type, type)), `${canonical}: ${found.map((e) => e.type).join(', ')} for ${type}`).toBe(true);
      expect(found.some((e) => e.name === canonical), canonical).toBe(true);
    }
  });

  it('has no garbled surface as an alias of its canonical entity', () => {
    const byName = new Map(result.kb.entities.map((e) => [e.name, e]));
    for (const g of gold.files) {
      const entity = byName.get(g.canonical)!;
      const real = new Set([entity.name, ...entity.aliases.map((a) => a.text)].map(normalizeKey));
      const garble = !real.has(normalizeKey(g.surface));
      if (!garble) continue;
      const everywhere = result.kb.entities.filter((e) => e.aliases.some((a) => normalizeKey(a.text) === normalizeKey(g.surface)));
      expect(everywhere.map((e) => e.id), g.surface).toEqual(everywhere.filter((e) => e.name !== g.canonical).map((e) => e.id));
    }
    for (const garble of ['IPT29', 'Dominic Rapp', 'Dominic Rap', 'Jeremy Corbin', 'Labor Party', 'National Center for Cyber Security', 'SARS-Cove 2', 'Dimitri Peskov']) {
      expect(findEntities(result.kb, garble).map((e) => e.id), garble).toEqual([]);
    }
  });

  it('has at least 1,500 entities besides countries and ATT&CK groups', () => {
    const rest = result.kb.entities.filter((e) => e.type !== 'country' && !e.id.startsWith('attack:'));
    expect(rest.length).toBeGreaterThanOrEqual(1500);
  });

  it('keeps both NCSCs, the DAX index with cues, and APT29 attributed to the SVR', () => {
    const ncsc = findEntities(result.kb, 'NCSC');
    expect(ncsc.map((e) => e.name)).toEqual(expect.arrayContaining(['National Counterintelligence and Security Center', 'National Cyber Security Centre']));
    expect(ncsc.every((e) => e.aliases.find((a) => a.text === 'NCSC')?.contextDependent)).toBe(true);
    const dax = findEntities(result.kb, 'DAX').find((e) => e.id === 'market:dax')!;
    expect(dax.aliases.find((a) => a.text === 'DAX')?.caseSensitive).toBe(true);
    expect(dax.cues).toContain('frankfurt');
    const apt29 = findEntities(result.kb, 'Cozy Bear')[0];
    expect(apt29.relations).toContainEqual({ type: 'attributed-to', target: 'agency:svr' });
    expect(findEntities(result.kb, 'Britain').map((e) => e.id)).toEqual(['country:GB']);
  });

  it('flags ATT&CK common-word names and aliases as context-dependent', () => {
    const actors = result.kb.entities.filter((e) => e.type === 'threat-actor');
    for (const word of ['Play', 'Silence', 'Machete', 'Equation']) {
      const owner = actors.find((e) => e.name === word || e.aliases.some((a) => a.text === word));
      expect(owner?.aliases.find((a) => a.text === word)?.contextDependent, word).toBe(true);
    }
  });
});
