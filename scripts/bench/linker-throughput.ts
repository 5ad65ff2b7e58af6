/**
 * Linker throughput in CPU time (the machine is shared: CPU time, not wall time, compares runs)
 * and the Worker's memory, with the KB as the CLI loads it (DOSSIER_KB=core for the curated one):
 * the index built, encoded and opened in place as in the Worker, then 1 MB of the live blog's
 * text (gen-pages.mjs, from the curated entities, so the text is the same at every KB size) and
 * 2 MB of `linker-scale.ts`'s synthetic text, each linked `DOSSIER_BENCH_RUNS` times (default 5;
 * `DOSSIER_BENCH_TEXT=synthetic` or `'live blog'` for one of them, as for a `--cpu-prof` profile).
 *   node --expose-gc --import tsx scripts/bench/linker-throughput.ts
 */
import { parseHTML } from 'linkedom';
import { loadKb } from '../../src/cli/load-kb.ts';
import { encodeLinkerIndex, linkerIndexSections, openLinkerIndex } from '../../src/link/index-binary.ts';
import { buildLinkerIndex, linkerOver } from '../../src/link/index.ts';
import { extractText } from '../../src/text/extract.ts';
// @ts-expect-error: a plain ES module of the bench scripts, without types
import { liveBlog } from './gen-pages.mjs';
import { syntheticText } from './synthetic.ts';

const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});
const heapMB = (): number => (gc(), gc(), gc(), process.memoryUsage().heapUsed / 1e6);
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const cpuMs = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

const runs = Number(process.env.DOSSIER_BENCH_RUNS ?? 5);
const kb = await loadKb();
let t = performance.now();
const bytes = encodeLinkerIndex(buildLinkerIndex(kb.entities));
console.log(`${kb.entities.length} entities; index ${(bytes.length / 1e6).toFixed(1)} MB built in ${((performance.now() - t) / 1000).toFixed(1)} s`);
const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
// Where the file's bytes go: its sections of 1% or more, largest first.
const sizes = linkerIndexSections(buffer).filter(([, size]) => size >= buffer.byteLength / 100);
console.log(`sections: ${sizes.map(([path, size]) => `${path} ${(size / 1e6).toFixed(1)}`).join(', ')} (MB)`);
const curated = kb.entities.filter((e) => e.layer !== 'bulk');
const { document } = parseHTML(liveBlog({ entities: curated }) as string);
const blog = extractText(document.body as unknown as Node).text.slice(0, 1_000_000);
const names = kb.entities.filter((e) => e.type === 'person' || e.type === 'organization').slice(0, 2000).map((e) => e.name);
const synthetic = syntheticText(2_000_000, names);

const before = heapMB();
t = performance.now();
const linker = linkerOver([openLinkerIndex(buffer)]);
console.log(`opened in ${(performance.now() - t).toFixed(0)} ms, heap +${(heapMB() - before).toFixed(1)} MB`);
const only = process.env.DOSSIER_BENCH_TEXT; // 'live blog' or 'synthetic': one text (for a profile)
for (const [name, text] of [['live blog', blog], ['synthetic', synthetic]] as const) {
  if (only && only !== name) continue;
  linker.link(text.slice(0, 200_000)); // warm-up
  const rates = Array.from({ length: runs }, () => {
    const s = cpuMs();
    linker.link(text);
    return text.length / 1e6 / ((cpuMs() - s) / 1000);
  });
  console.log(`${name}: ${(text.length / 1e6).toFixed(1)} MB, CPU MB/s median ${median(rates).toFixed(2)} (${rates.map((r) => r.toFixed(2)).join(' ')})`);
}
// Read once the event loop has turned: until the current job ends, V8 may keep the last call's
// working state (~30 MB for 2 MB of text) reachable. The Worker answers each message in a job of
// its own; what the linker keeps between messages is its bounded caches.
await new Promise((resolve) => setTimeout(resolve, 200));
const heap = heapMB() - before;
console.log(`Worker memory after linking: heap +${heap.toFixed(1)} MB + index ${(buffer.byteLength / 1e6).toFixed(1)} MB = ${(heap + buffer.byteLength / 1e6).toFixed(1)} MB`);
