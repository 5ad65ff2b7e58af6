/** `dossier eval [--json] [--seeds DIR]`: prints the linker's scores on the seed articles. */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseCommandArgs } from './args.ts';
import { evaluateSeeds, SEEDS_DIR, type EvalReport } from './eval-core.ts';
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

const USAGE = 'usage: dossier eval [--json] [--seeds DIR]   (DIR holds the seed pages and their gold.json; default tests/fixtures/seeds)';

/** Runs `dossier eval`; returns the exit code (0 ok, 1 no gold to score against, 2 bad usage). */
export async function evalCommand(args: string[]): Promise<number> {
  const parsed = parseCommandArgs(args, { flags: ['json'], values: ['seeds'] });
  const problem = typeof parsed === 'string' ? parsed : parsed.positionals.length > 0 ? `unexpected argument ${parsed.positionals[0]}` : null;
  if (problem !== null || typeof parsed === 'string') {
    process.stderr.write(`dossier eval: ${problem}\n${USAGE}\n`);
    return 2;
  }
  const seeds = resolve(parsed.values.get('seeds') ?? SEEDS_DIR);
  const gold = join(seeds, 'gold.json');
  if (!existsSync(gold)) {
    process.stderr.write(`dossier eval: no gold file at ${gold}: eval needs the seed articles and their expected mentions (gold.json); point --seeds at the folder holding them\n`);
    return 1;
  }
  const report = evaluateSeeds(linkerFor(await loadKb()), seeds);
  process.stdout.write(`${parsed.flags.has('json') ? JSON.stringify(report, null, 2) : table(report)}\n`);
  return 0;
}
