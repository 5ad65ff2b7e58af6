/**
 * The linker's whole output on every fixture page and on 1 MB of generated name-dense text, as
 * JSON (argv[2]): run it before and after a change meant to leave linking alone (a speed-up, a
 * tidy-up) and compare the two files byte for byte. The golden-page tests check quality floors;
 * this checks sameness. KB as the CLI loads it (DOSSIER_KB=core for the curated one).
 *   node --import tsx scripts/bench/link-outputs.ts before.json   … change …   … after.json; cmp before.json after.json
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { annotateHtml, linkerFor } from '../../src/cli/annotate-core.ts';
import { loadKb } from '../../src/cli/load-kb.ts';
import { syntheticText } from './synthetic.ts';

const DIRS = ['tests/fixtures/news', 'tests/fixtures/linking/pages', 'tests/fixtures/pages', 'tests/fixtures/pages/variants', 'tests/fixtures/seeds'];

const kb = await loadKb();
const linker = linkerFor(kb);
const out: Record<string, unknown> = {};
for (const dir of DIRS) {
  for (const file of readdirSync(dir).filter((f) => /\.(html|txt)$/.test(f)).sort()) {
    const text = readFileSync(join(dir, file), 'utf8');
    if (file.endsWith('.html')) out[`${dir}/${file}`] = annotateHtml(linker, file, text).mentions;
    else if (file.endsWith('.txt')) out[`${dir}/${file}`] = linker.link(text);
  }
}
// Names of every kind, aliases and page furniture (credits, datelines, market quotes) in news-like prose.
const names = kb.entities.filter((e) => e.layer !== 'bulk' && e.type !== 'country').slice(0, 3000).map((e) => e.name);
const aliases = kb.entities.flatMap((e) => e.aliases.map((a) => a.text)).filter((_, i) => i % 7 === 0).slice(0, 3000);
const furniture = ['Photo: AP, AFP', 'Reporting by Reuters', 'LONDON (Reuters) —', 'BERLIN (dpa) —', 'FTSE 100 7,500 ▲ 1.1%', 'DAX 15,000 ▲ 0.4%'];
out.generated = linker.link(syntheticText(1_000_000, [...names, ...aliases, ...furniture], 5));
writeFileSync(process.argv[2] ?? 'link-outputs.json', JSON.stringify(out).replace(/\],"/g, '],\n"'));
console.log(`${Object.keys(out).length} texts, ${Object.values(out).reduce((n: number, m) => n + (m as unknown[]).length, 0)} mentions`);
