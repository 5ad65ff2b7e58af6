/**
 * Linker benchmarks in Node: matcher throughput and size for 1k–1M aliases, and the full
 * annotate time of each seed page with the shipped KB. Prints a table and returns the figures.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { annotateHtml, linkerFor } from '../../src/cli/annotate-core.ts';
import { loadKb } from '../../src/cli/load-kb.ts';
import { buildLinkerIndex, createLinker } from '../../src/link/index.ts';
import { syntheticEntities, syntheticText } from './synthetic.ts';

const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});
const heap = (): number => (gc(), process.memoryUsage().heapUsed);
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

export interface MatcherRow { aliases: number; mbPerSecond: number; heapBytes: number; transferBytes: number; transferGzipBytes: number; buildMs: number }

function measureScale(entities: number): MatcherRow {
  const kb = syntheticEntities(entities);
  const before = heap();
  const t0 = performance.now();
  const index = buildLinkerIndex(kb);
  const linker = createLinker(index);
  const buildMs = performance.now() - t0;
  const heapBytes = heap() - before;
  const wire = JSON.stringify(index);
  const text = syntheticText(2_000_000, kb.slice(0, 2000).map((e) => e.name));
  linker.link(text.slice(0, 100_000)); // warm-up
  const runs = [0, 1, 2].map(() => {
    const s = performance.now();
    linker.link(text);
    return performance.now() - s;
  });
  return { aliases: linker.size, mbPerSecond: text.length / 1e6 / (median(runs) / 1000), heapBytes, transferBytes: wire.length, transferGzipBytes: gzipSync(wire).length, buildMs };
}

export async function benchMatcher(scales = [500, 5_000, 50_000, 500_000]): Promise<{ matcher: MatcherRow[]; seeds: { name: string; textBytes: number; annotateMs: number }[]; shippedIndexBytes: number }> {
  const matcher = scales.map(measureScale);
  const kb = await loadKb();
  const linker = linkerFor(kb);
  const seedsDir = join(process.cwd(), 'tests', 'fixtures', 'seeds');
  const seeds = ['london-accuses-russian-pirates.html', 'uk-convinced-moscow-helped.html'].map((name) => {
    const html = readFileSync(join(seedsDir, name), 'utf8');
    for (let i = 0; i < 5; i++) annotateHtml(linker, name, html);
    const runs = Array.from({ length: 20 }, () => {
      const s = performance.now();
      annotateHtml(linker, name, html);
      return performance.now() - s;
    });
    return { name, textBytes: annotateHtml(linker, name, html).text.length, annotateMs: median(runs) };
  });
  return { matcher, seeds, shippedIndexBytes: JSON.stringify(buildLinkerIndex(kb.entities)).length };
}

const mb = (b: number): string => `${(b / 1e6).toFixed(1)} MB`;

export function printMatcher(r: Awaited<ReturnType<typeof benchMatcher>>): void {
  console.log('\nMatcher (Node, synthetic KB, 2 MB of text, median of 3)');
  console.log('aliases    MB/s   heap      wire      wire.gz   build');
  for (const m of r.matcher) console.log(`${String(m.aliases).padEnd(9)}  ${m.mbPerSecond.toFixed(1).padStart(5)}  ${mb(m.heapBytes).padEnd(8)}  ${mb(m.transferBytes).padEnd(8)}  ${mb(m.transferGzipBytes).padEnd(8)}  ${(m.buildMs / 1000).toFixed(2)} s`);
  console.log(`\nShipped KB linker index as sent to a page: ${mb(r.shippedIndexBytes)}`);
  console.log('\nSeed pages, full annotate (parse + extract + link), median of 20');
  for (const s of r.seeds) console.log(`  ${s.name.padEnd(40)} ${s.textBytes} chars  ${s.annotateMs.toFixed(2)} ms`);
}
