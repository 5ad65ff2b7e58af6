/**
 * Hand-written linking cases beyond the seeds (tests/fixtures/linking/cases.json), against the
 * shipped KB: other garbles and transliterations that must link, look-alikes that must not.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { linkerFor } from '../../../src/cli/annotate-core.ts';
import { loadKb } from '../../../src/cli/load-kb.ts';
import type { Linker } from '../../../src/link/index.ts';

interface Case { text: string; expect?: [string, string][]; never?: [string, string][] }
const { cases } = JSON.parse(readFileSync('tests/fixtures/linking/cases.json', 'utf8')) as { cases: Case[] };

let linker: Linker;
beforeAll(async () => {
  linker = linkerFor(await loadKb());
}, 60_000);

describe('linking cases', () => {
  it.each(cases.map((c) => [c.text.slice(0, 60), c] as const))('%s…', (_label, c) => {
    const links = linker.link(c.text).map((m) => [m.quote, m.entityName] as [string, string]);
    for (const pair of c.expect ?? []) expect(links).toContainEqual(pair);
    for (const [quote, name] of c.never ?? []) {
      expect(links.filter(([q, n]) => q === quote && (name === '*' || n === name))).toEqual([]);
    }
  });
});
