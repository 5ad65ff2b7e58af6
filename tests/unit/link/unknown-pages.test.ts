/**
 * Detection recall on the golden news pages (tests/fixtures/news/*.json): every span a reader
 * would want a card for, found either as a KB link or as a name the KB does not know; and no
 * ordinary word marked. Pages are read as the CLI and the extension read them (whole body, chrome
 * included) and linked with the shipped KB. Prints the figures per page and overall.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { annotateHtml, linkerFor } from '../../../src/cli/annotate-core.ts';
import { kbNameKeys, unknownNamesIn } from '../../../src/cli/annotate-unknown.ts';
import { ordinaryEnglishWords } from '../../../src/cli/ordinary-words.ts';
import { loadKb } from '../../../src/cli/load-kb.ts';
import type { Linker } from '../../../src/link/index.ts';
import { scoreDetection, type DetectionScore, type Mark, type NewsGold } from './unknown-score.ts';
import { KNOWN_LOOKALIKE_LINKS } from './news-gold.ts';

const DIR = 'tests/fixtures/news';
const GOLDS = existsSync(DIR) ? readdirSync(DIR).filter((f) => f.endsWith('.json')).sort() : [];
const common = ordinaryEnglishWords();
const isOrdinary = (word: string): boolean => common.has(word);
const pct = (a: number, b: number): string => (b === 0 ? '100.0' : ((100 * a) / b).toFixed(1));

describe('scoreDetection', () => {
  const gold: NewsGold = {
    page: 'x.html', topic: 't', about: 'a',
    names: [{ quote: 'Tom Hendry', name: null, type: 'person', count: 2 }, { quote: 'Hendry', name: null, type: 'person', count: 1 }],
    never: [['Read More', 'a button']],
  };
  it('pools occurrences by quote and sorts stray marks into never, ordinary and extra', () => {
    const marks: Mark[] = [
      { quote: 'Tom Hendry', unknown: true }, { quote: 'Hendry', unknown: true }, { quote: 'Read More', unknown: true },
      { quote: 'Little Table', unknown: true }, { quote: 'Snorbridge', unknown: true },
    ];
    expect(scoreDetection(gold, marks, (w) => ['little', 'table'].includes(w))).toEqual({
      expected: 3, found: 2, missed: ['Tom Hendry (1/2)'], never: ['Read More (never: Read More)'], ordinary: ['Little Table'], extra: ['Snorbridge'],
    });
  });
});

describe.runIf(GOLDS.length > 0)('golden news pages: detection recall (KB + unknown)', () => {
  let linker: Linker;
  const scores = new Map<string, DetectionScore>();
  beforeAll(async () => {
    const kb = await loadKb();
    linker = linkerFor(kb);
    const kbNames = kbNameKeys(kb);
    for (const file of GOLDS) {
      const gold = JSON.parse(readFileSync(join(DIR, file), 'utf8')) as NewsGold;
      const doc = annotateHtml(linker, gold.page, readFileSync(join(DIR, gold.page), 'utf8'));
      const marks: Mark[] = [
        ...doc.mentions.map((m) => ({ quote: m.quote, unknown: false })),
        ...unknownNamesIn(doc.text, doc.mentions, kbNames).map((u) => ({ quote: u.quote, unknown: true })),
      ];
      const score = scoreDetection(gold, marks, isOrdinary);
      scores.set(file, score);
      console.log(`${gold.page.padEnd(32)} recall ${pct(score.found, score.expected)}% (${score.found}/${score.expected})  never ${score.never.length}  ordinary ${score.ordinary.length}  extra ${score.extra.length}`);
      if (score.missed.length) console.log(`  missed: ${score.missed.join('; ')}`);
      if (score.never.length + score.ordinary.length) console.log(`  never: ${score.never.join('; ')}  marks of ordinary words only, to review: ${score.ordinary.join('; ')}`);
      if (score.extra.length) console.log(`  not in gold: ${score.extra.join('; ')}`);
    }
    const all = [...scores.values()];
    const found = all.reduce((n, s) => n + s.found, 0);
    const expected = all.reduce((n, s) => n + s.expected, 0);
    console.log(`ALL ${GOLDS.length} pages: detection recall ${pct(found, expected)}% (${found}/${expected}), goal 95%; never-words marked ${all.reduce((n, s) => n + s.never.length, 0)}; marks of ordinary words only ${all.reduce((n, s) => n + s.ordinary.length, 0)}`);
  }, 120_000);

  it.each(GOLDS)('%s: nothing the page lists under "never" is marked', (file) => {
    // KB look-alikes news-pages.test.ts already tracks (and fails on when fixed) are not counted twice.
    const known = (KNOWN_LOOKALIKE_LINKS[file.replace(/\.json$/, '.html')] ?? []).map((pair) => pair.split(' → ')[0]);
    expect((scores.get(file) as DetectionScore).never.filter((hit) => !known.some((quote) => hit.startsWith(`${quote} (never:`)))).toEqual([]);
  });

  // Measured 63.3% (706/1116) on the 17 pages on 2026-12-06 with the full KB; 71.3% (796/1116) the
  // same day after the layout and running-text cues (detect-recall); 88.0% (982/1116) with the
  // regions, sport, public-body and politician sources and the place, garble and sport rules
  // (merged 2026-12-06). The floor sits two points below.
  it('finds most names a reader wants a card for (a floor under the 95% goal, to catch regressions)', () => {
    const all = [...scores.values()];
    expect(all.reduce((n, s) => n + s.found, 0) / all.reduce((n, s) => n + s.expected, 0)).toBeGreaterThanOrEqual(0.86);
  });
});
