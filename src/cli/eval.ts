/** `dossier eval [--json]`: prints the linker's scores on the seed articles. */
import { evaluateSeeds, type EvalReport } from './eval-core.ts';
import { linkerFor } from './annotate-core.ts';
import { loadKb } from './load-kb.ts';

const pct = (v: number): string => `${(v * 100).toFixed(1)}%`;

function table(r: EvalReport): string {
  const rows = [
    ['measure', 'value', 'detail'],
    ['recall, required', pct(r.recall.required.value), `${r.recall.required.found}/${r.recall.required.total}`],
    ['recall, stretch', pct(r.recall.stretch.value), `${r.recall.stretch.found}/${r.recall.stretch.total}`],
    ['recall, optional', pct(r.recall.optional.value), `${r.recall.optional.found}/${r.recall.optional.total}`],
    ['precision', pct(r.precision.value), `${r.precision.correct}/${r.precision.linked}`],
    ['negatives linked', String(r.negativesLinked.length), r.negativesLinked.join('; ')],
  ];
  const widths = [0, 1, 2].map((c) => Math.max(...rows.map((row) => (row[c] ?? '').length)));
  const lines = rows.map((row) => row.map((cell, c) => cell.padEnd(widths[c] ?? 0)).join('  ').trimEnd());
  lines.splice(1, 0, widths.map((w) => '-'.repeat(w)).join('  '));
  const notes = [...r.missed.map((m) => `missed: ${m}`), ...r.wrong.map((w) => `not in gold: ${w}`)];
  return [...lines, '', ...notes].join('\n');
}

export async function evalCommand(args: string[]): Promise<number> {
  const report = evaluateSeeds(linkerFor(await loadKb()));
  process.stdout.write(`${args.includes('--json') ? JSON.stringify(report, null, 2) : table(report)}\n`);
  return 0;
}
