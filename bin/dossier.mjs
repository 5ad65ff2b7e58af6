#!/usr/bin/env node
// Runs the TypeScript CLI directly (tsx), so `npx dossier` works on a fresh checkout without a build.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  process.stderr.write(`dossier: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
}
