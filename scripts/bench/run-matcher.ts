/**
 * Child process of scripts/bench.mjs (run with --expose-gc, so heap figures are after GC):
 * matcher throughput and size at 1k, 10k, 100k and 1M aliases, seed-page annotate times.
 * Prints the table and writes the figures as JSON to the path in argv[2].
 */
import { writeFileSync } from 'node:fs';
import { benchMatcher, printMatcher } from './matcher.ts';

const result = await benchMatcher();
printMatcher(result);
writeFileSync(process.argv[2] ?? 'matcher.json', JSON.stringify(result));
