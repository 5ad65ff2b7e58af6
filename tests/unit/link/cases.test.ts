/**
 * Hand-written linking cases beyond the seeds, against the shipped KB: other garbles and
 * transliterations that must link, look-alikes that must not. cases.json holds the first set;
 * the mt-news files held-out sets in the style of machine-translated international
 * news (mt-news-2: companies and markets, agencies, international bodies, places, UA/CA/EU people;
 * mt-news-3: German and Polish spellings of UA/RU officials, c/k given names, state companies;
 * longer-names: a known name inside an unknown longer one; senses: short forms by the page's country;
 * bulk-garbles: garbled and short names of prominent bodies and places, and their look-alikes).
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { linkerFor } from '../../../src/cli/annotate-core.ts';
import { loadKb } from '../../../src/cli/load-kb.ts';
import type { Linker } from '../../../src/link/index.ts';

interface Case { text: string; expect?: [string, string][]; never?: [string, string][] }
const FILES = ['tests/fixtures/linking/cases.json', 'tests/fixtures/linking/mt-news.json', 'tests/fixtures/linking/mt-news-2.json', 'tests/fixtures/linking/mt-news-3.json', 'tests/fixtures/linking/longer-names.json', 'tests/fixtures/linking/senses.json', 'tests/fixtures/linking/bulk-people-works.json', 'tests/fixtures/linking/places.json', 'tests/fixtures/linking/bulk-garbles.json'];
const casesOf = (file: string): Case[] => (JSON.parse(readFileSync(file, 'utf8')) as { cases: Case[] }).cases;

let linker: Linker;
beforeAll(async () => {
  linker = linkerFor(await loadKb());
}, 300_000); // the KB with its bulk layer: compiled when stale, and a 280,000-entity linker

describe.each(FILES)('linking cases in %s', (file) => {
  it.each(casesOf(file).map((c) => [c.text.slice(0, 60), c] as const))('%s…', (_label, c) => {
    const links = linker.link(c.text).map((m) => [m.quote, m.entityName] as [string, string]);
    for (const pair of c.expect ?? []) expect(links).toContainEqual(pair);
    for (const [quote, name] of c.never ?? []) {
      expect(links.filter(([q, n]) => q === quote && (name === '*' || n === name))).toEqual([]);
    }
  });
});
