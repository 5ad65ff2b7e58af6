/**
 * Scores the linker against the gold mentions of the seed articles: recall per tier, precision,
 * and negatives (look-alikes that must never be linked to the named entity).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Linker } from '../link/index.ts';
import { annotateHtml } from './annotate-core.ts';

type Tier = 'required' | 'stretch' | 'optional';
interface GoldMention { file: string; surface: string; canonical: string; type: string; tier: Tier; count: number }
interface Negative { surface: string; notCanonical: string }
interface Gold { files: GoldMention[]; negatives: Negative[] }

export interface EvalReport {
  recall: Record<Tier, { found: number; total: number; value: number }>;
  precision: { correct: number; linked: number; value: number };
  negativesLinked: string[];
  missed: string[];
  wrong: string[];
}

/** Where the seeds live: `tests/fixtures/seeds` in the repository. */
export const SEEDS_DIR = fileURLToPath(new URL('../../tests/fixtures/seeds', import.meta.url));

function violates(neg: Negative, quote: string, entityName: string): boolean {
  return quote.toLowerCase() === neg.surface.toLowerCase() && (entityName === neg.notCanonical || neg.notCanonical.startsWith(`${entityName} (`));
}

/** Runs the linker over every seed page's main article and compares with gold.json. */
export function evaluateSeeds(linker: Linker, seedsDir = SEEDS_DIR): EvalReport {
  const gold = JSON.parse(readFileSync(join(seedsDir, 'gold.json'), 'utf8')) as Gold;
  const report: EvalReport = {
    recall: { required: { found: 0, total: 0, value: 0 }, stretch: { found: 0, total: 0, value: 0 }, optional: { found: 0, total: 0, value: 0 } },
    precision: { correct: 0, linked: 0, value: 0 },
    negativesLinked: [],
    missed: [],
    wrong: [],
  };
  for (const file of [...new Set(gold.files.map((g) => g.file))]) {
    const doc = annotateHtml(linker, file, readFileSync(join(seedsDir, file), 'utf8'), 'main');
    const entries = gold.files.filter((g) => g.file === file).map((g) => ({ ...g, left: g.count }));
    for (const m of doc.mentions) {
      report.precision.linked += 1;
      const entry = entries.find((g) => g.surface === m.quote && g.canonical === m.entityName && g.left > 0);
      if (entry) {
        entry.left -= 1;
        report.precision.correct += 1;
      } else report.wrong.push(`${file}: "${m.quote}" → ${m.entityName} (${m.how} ${m.confidence})`);
      for (const neg of gold.negatives) if (violates(neg, m.quote, m.entityName)) report.negativesLinked.push(`${file}: "${m.quote}" → ${m.entityName}`);
    }
    for (const g of entries) {
      report.recall[g.tier].total += g.count;
      report.recall[g.tier].found += g.count - g.left;
      if (g.left > 0 && g.tier !== 'optional') report.missed.push(`${file}: "${g.surface}" → ${g.canonical} (${g.tier}, ${g.left} of ${g.count})`);
    }
  }
  for (const r of Object.values(report.recall)) r.value = r.total === 0 ? 1 : r.found / r.total;
  report.precision.value = report.precision.linked === 0 ? 1 : report.precision.correct / report.precision.linked;
  return report;
}
