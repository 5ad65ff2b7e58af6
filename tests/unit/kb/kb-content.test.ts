import { readFileSync } from 'node:fs';
import countries from 'world-countries';
import { beforeAll, describe, expect, it } from 'vitest';
import { compileKb, type CompileResult } from '../../../src/kb/compile.ts';
import { normalizeKey } from '../../../src/kb/keys.ts';
import type { Entity } from '../../../src/kb/model.ts';
import { readSources } from '../../../src/cli/kb-sources.ts';
import { findEntities } from '../../../src/cli/kb.ts';

let result: CompileResult;
let byId: Map<string, Entity>;

beforeAll(() => {
  result = compileKb(readSources(), { date: '2026-01-01' });
  byId = new Map(result.kb.entities.map((e) => [e.id, e]));
});

const alias = (e: Entity | undefined, text: string) => e?.aliases.find((a) => a.text === text);

describe('shipped KB content', () => {
  it('has unique ids and no dangling relation or affiliation', () => {
    expect(byId.size).toBe(result.kb.entities.length);
    for (const e of result.kb.entities) {
      for (const target of [...(e.relations ?? []).map((r) => r.target), ...(e.affiliation ?? [])]) expect(byId.has(target), `${e.id} → ${target}`).toBe(true);
    }
  });

  it('links the DAX index by its name only in context', () => {
    const dax = alias(byId.get('market:dax'), 'DAX');
    expect(dax).toMatchObject({ caseSensitive: true, contextDependent: true });
  });

  it('has every world-countries capital as a place of its country, Washington once', () => {
    const places = result.kb.entities.filter((e) => e.type === 'place');
    for (const c of countries) {
      for (const capital of c.capital ?? []) {
        if (normalizeKey(capital) === normalizeKey(c.name.common)) continue;
        const found = places.filter((p) => p.country === c.cca2 && [p.name, ...p.aliases.map((a) => a.text)].some((t) => normalizeKey(t) === normalizeKey(capital)));
        expect(found.length, `${capital} (${c.cca2})`).toBe(1);
        expect(found[0].relations, capital).toContainEqual({ type: 'capital-of', target: `country:${c.cca2}` });
      }
    }
    const washington = findEntities(result.kb, 'Washington').filter((e) => e.type === 'place');
    expect(washington.map((e) => e.id)).toEqual(['place:washington-dc']);
    expect(alias(washington[0], 'Washington')?.contextDependent).toBe(true);
    expect(alias(byId.get('place:victoria'), 'Victoria')?.contextDependent).toBe(true);
  });

  it('dates every open role: imported ones by the scrape, curated ones by the curator', () => {
    const people = result.kb.entities.filter((e) => e.type === 'person');
    const open = people.flatMap((e) => (e.roles ?? []).filter((r) => !r.to).map((r) => ({ id: e.id, r })));
    expect(open.length).toBeGreaterThan(1000);
    for (const { id, r } of open) expect(r.asOf, `${id}: ${r.title}`).toMatch(/^\d{4}/);
  });

  it('keeps the imported people data from claiming the present tense', () => {
    const imported = readSources().filter((f) => f.path.startsWith('imported/people') || f.path.startsWith('imported/legislators'));
    for (const file of imported) {
      for (const e of file.data as Entity[]) expect(e.description, e.id).not.toMatch(/\bsince \d{4}/);
    }
  });

  it("corrects Dominic Raab's stale open roles", () => {
    const raab = byId.get('wd:Q268584')!;
    const dpm = raab.roles!.filter((r) => r.title === 'Deputy Prime Minister');
    expect(dpm.map((r) => [r.from, r.to])).toEqual([['2021-09-15', '2022-09-06'], ['2022-10-25', '2023-04-21']]);
    expect(raab.roles!.every((r) => r.to)).toBe(true);
  });

  it('drops the virus-family aliases from COVID-19 and finds the new organisations', () => {
    const covid = byId.get('other:covid-19')!;
    expect(covid.aliases.map((a) => normalizeKey(a.text))).not.toEqual(expect.arrayContaining(['coronavirus']));
    expect(findEntities(result.kb, 'corona virus').map((e) => e.id)).not.toContain('other:covid-19');
    expect(alias(byId.get('org:federal-reserve'), 'Fed')?.contextDependent).toBe(true);
    for (const name of ['Bank of England', 'Security Council of Russia', 'Novaya Gazeta', 'Nord Stream pipeline sabotage', 'Gaza Strip', 'Sergei Naryshkin']) {
      expect(findEntities(result.kb, name).length, name).toBeGreaterThan(0);
    }
  });

  it('never lists one Wikidata id under two entities', () => {
    const seen = new Map<string, string>();
    for (const e of result.kb.entities) {
      const q = e.ids?.wikidata ?? (e.id.startsWith('wd:') ? e.id.slice(3) : undefined);
      if (!q) continue;
      expect(seen.get(q), `${q}: ${e.id}`).toBeUndefined();
      seen.set(q, e.id);
    }
  });
});

describe('scrape dates in the importer output', () => {
  it('gives imported open roles the date of their source', () => {
    const people = JSON.parse(readFileSync(new URL('../../../kb/sources/imported/people.json', import.meta.url), 'utf8')) as Entity[];
    const lavrov = people.find((e) => e.id === 'wd:Q58217')!;
    expect(lavrov.roles!.find((r) => r.title === 'Minister of Foreign Affairs')).toMatchObject({ from: '2004-03-09', asOf: '2022-08-03' });
  });
});
