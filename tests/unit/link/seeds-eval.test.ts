/**
 * The linker against the seed articles' gold mentions, with the shipped KB: the thresholds the
 * product promises (required recall ≥ 0.95, precision ≥ 0.98, no negative linked).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { linkerFor } from '../../../src/cli/annotate-core.ts';
import { evaluateSeeds, type EvalReport } from '../../../src/cli/eval-core.ts';
import { loadKb } from '../../../src/cli/load-kb.ts';

let report: EvalReport;

beforeAll(async () => {
  report = evaluateSeeds(linkerFor(await loadKb()));
}, 300_000); // the KB with its bulk layer: compiled when stale, and a 280,000-entity linker

describe('seed articles', () => {
  it('links the required mentions', () => {
    expect(report.missed.filter((m) => m.includes('required'))).toEqual([]);
    expect(report.recall.required.value).toBeGreaterThanOrEqual(0.95);
  });
  it('links precisely', () => {
    expect(report.precision.value, report.wrong.join('\n')).toBeGreaterThanOrEqual(0.98);
  });
  it('never links a negative', () => {
    expect(report.negativesLinked).toEqual([]);
  });
});
