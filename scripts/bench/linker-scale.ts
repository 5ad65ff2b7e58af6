/**
 * The linker Worker's work at the KB sizes to come, in Node (run with --expose-gc): for the
 * shipped KB and a synthetic one of `entities` (default 250,000), the binary index file's size,
 * its load (decode + linker tables, what a cold Worker does), the heap the linker holds, and
 * throughput on 2 MB of news-like text. Writes the figures as JSON to argv[2].
 */
import { writeFileSync } from 'node:fs';
import { loadKb } from '../../src/cli/load-kb.ts';
import type { Entity } from '../../src/kb/model.ts';
import { encodeLinkerIndex, openLinkerIndex } from '../../src/link/index-binary.ts';
import { buildLinkerIndex, linkerOver } from '../../src/link/index.ts';
import { syntheticEntities, syntheticText } from './synthetic.ts';

const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});
/** The JS heap and the ArrayBuffers' memory (the index file the Worker keeps is one). */
const memory = (): { heap: number; buffers: number } => {
  gc();
  gc();
  const m = process.memoryUsage();
  return { heap: m.heapUsed, buffers: m.arrayBuffers };
};
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

export interface ScaleRow {
  kb: string;
  entities: number;
  aliases: number;
  indexBytes: number;
  buildIndexMs: number;
  loadMs: number;
  heapMB: number;
  /** ArrayBuffers the linker keeps (the index file, read in place). */
  buffersMB: number;
  /** The heap the linker holds after linking the text (its caches of entities and alias words filled). */
  heapAfterLinkMB: number;
  mbPerSecond: number;
}

/** One KB: index built and encoded (as at build time), then opened in place as a linker (as in the Worker). */
function measure(kb: string, entities: Entity[], names: string[]): ScaleRow {
  let t = performance.now();
  const bytes = encodeLinkerIndex(buildLinkerIndex(entities));
  const buildIndexMs = performance.now() - t;
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  const before = memory();
  t = performance.now();
  const linker = linkerOver([openLinkerIndex(buffer)]);
  const loadMs = performance.now() - t;
  const after = memory();
  const heapMB = (after.heap - before.heap) / 1e6;
  // The file's own copy (`bytes`, the encoder's output) is not the Worker's: only `buffer` is,
  // which the linker keeps and reads in place.
  const buffersMB = (after.buffers - before.buffers + buffer.byteLength) / 1e6;
  const text = syntheticText(2_000_000, names);
  linker.link(text.slice(0, 200_000)); // warm-up
  const runs = [0, 1, 2].map(() => {
    const s = performance.now();
    linker.link(text);
    return performance.now() - s;
  });
  const heapAfterLinkMB = (memory().heap - before.heap) / 1e6;
  return { kb, heapAfterLinkMB, entities: entities.length, aliases: linker.size, indexBytes: bytes.length, buildIndexMs, loadMs, heapMB, buffersMB, mbPerSecond: text.length / 1e6 / (median(runs) / 1000) };
}

const count = Number(process.env.DOSSIER_BENCH_ENTITIES ?? 250_000);
const shipped = (await loadKb()).entities;
const shippedNames = shipped.filter((e) => e.type === 'person' || e.type === 'organization').slice(0, 2000).map((e) => e.name);
const rows = [measure('shipped', shipped, shippedNames)];
// The curated layer and generated names up to `count` (names without numbers, as real ones are:
// numbered names would all count as code-like). Unlike the bulk layer's exact-only names, these
// all reach the person and organisation tables: the tables' worst case.
const curated = shipped.filter((e) => e.layer !== 'bulk');
const synthetic = [...curated, ...syntheticEntities(count - curated.length, 1, { numbered: false })];
rows.push(measure(`shipped + synthetic, ${count}`, synthetic, [...shippedNames, ...synthetic.slice(-2000).map((e) => e.name)]));
for (const r of rows) {
  console.log(`  ${r.kb}: ${r.entities} entities, ${r.aliases} aliases; index file ${(r.indexBytes / 1e6).toFixed(1)} MB (built in ${(r.buildIndexMs / 1000).toFixed(1)} s); ` +
    `Worker load ${r.loadMs.toFixed(0)} ms, heap ${r.heapMB.toFixed(1)} MB (${r.heapAfterLinkMB.toFixed(1)} MB after linking) + buffers ${r.buffersMB.toFixed(1)} MB; ${r.mbPerSecond.toFixed(1)} MB/s`);
}
writeFileSync(process.argv[2] ?? 'linker-scale.json', JSON.stringify(rows));
