/**
 * The `dossier` command line as a user runs it: a real process, real files.
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDirs } from './cli-helpers.ts';

const SEEDS = join(process.cwd(), 'tests', 'fixtures', 'seeds');
const tempDir = tempDirs('dossier-cli-');
/**
 * Safety nets only: a command that reads the full KB (425,000 entities) takes ~15 s on an idle
 * core and several times that on a busy machine, and the tests assert what it prints, never how fast.
 */
const RUN_MS = 300_000;
const TEST_MS = 2 * RUN_MS + 60_000;
const run = (...args: string[]) => spawnSync(process.execPath, ['bin/dossier.mjs', ...args], { encoding: 'utf8', timeout: RUN_MS });

interface Unknown { name: string; type: string; evidence: { role?: string; sentence?: string; reasons: string[] } }
interface Doc { source: string; title: string; mentions: { quote: string; start: number; end: number; entity: { id: string; name: string; type: string; aliases: string[] } | null; unknown?: Unknown; confidence: number; how: string }[] }

describe('dossier annotate', () => {
  it('prints linked mentions of each page as JSON, and a one-line error per bad file', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'notes.txt'), 'plain text, not a page');
    const seed = join(SEEDS, 'london-accuses-russian-pirates.html');
    const result = run('annotate', '--json', seed, join(dir, 'missing.html'), join(dir, 'notes.txt'));
    expect(result.status).toBe(1);
    expect(result.stderr.trim().split('\n').filter((l) => l.startsWith('dossier annotate:'))).toEqual([
      `dossier annotate: ${join(dir, 'missing.html')}: cannot read (ENOENT)`,
      `dossier annotate: ${join(dir, 'notes.txt')}: not an HTML document`,
    ]);
    const { documents } = JSON.parse(result.stdout) as { documents: Doc[] };
    expect(documents).toHaveLength(1);
    const [doc] = documents as [Doc];
    expect(doc.title).toMatch(/^London accuses Russian pirates/);
    const rapp = doc.mentions.find((m) => m.quote === 'Dominic Rapp');
    expect(rapp?.entity).toMatchObject({ name: 'Dominic Raab', type: 'person' });
    expect(rapp?.how).toBe('phonetic');
    for (const m of doc.mentions) {
      expect(m.end - m.start).toBe(m.quote.length);
      if (!m.entity) continue; // a name the KB does not know: no confidence to speak of
      expect(m.confidence).toBeGreaterThan(0);
      expect(m.confidence).toBeLessThanOrEqual(1);
    }
    expect(doc.mentions.map((m) => m.start)).toEqual([...doc.mentions.map((m) => m.start)].sort((a, b) => a - b));
  }, TEST_MS);

  it('reports names the KB does not know with "entity": null and the page\'s evidence, and lists them apart in text', () => {
    const dir = tempDir();
    const page = join(dir, 'local.html');
    writeFileSync(page, '<html><body><p>Dominic Raab met Tom Hendry, the parish council chairman, in Little Snoring. Hendry said little.</p></body></html>');
    const json = run('annotate', '--json', page);
    const [doc] = (JSON.parse(json.stdout) as { documents: Doc[] }).documents as [Doc];
    expect(doc.mentions.find((m) => m.quote === 'Dominic Raab')?.entity?.name).toBe('Dominic Raab');
    const hendry = doc.mentions.filter((m) => m.entity === null && m.unknown?.name === 'Tom Hendry');
    expect(hendry.map((m) => m.quote)).toEqual(['Tom Hendry', 'Hendry']);
    expect(hendry[0]?.unknown).toMatchObject({ type: 'person', evidence: { role: 'the parish council chairman' } });
    expect(doc.mentions.find((m) => m.quote === 'Little Snoring')?.unknown?.type).toBe('place');
    const text = run('annotate', page).stdout;
    expect(text).toMatch(/Not in the knowledge base:\n\s+Tom Hendry \[person\] ×2 — the parish council chairman/);
  }, TEST_MS);

  it('prints CSV with a header row', () => {
    const result = run('annotate', '--csv', join(SEEDS, 'uk-convinced-moscow-helped.html'));
    expect(result.status).toBe(0);
    const lines = result.stdout.trim().split('\r\n');
    expect(lines[0]).toBe('source,quote,start,end,entity_id,entity_name,entity_type,confidence,how');
    expect(lines.some((l) => l.includes(',A. Kelin,') && l.includes('Andrei Kelin'))).toBe(true);
  }, TEST_MS);
});

describe('dossier usage errors', () => {
  it('names an unknown command or option, exit 2, and prints help on --help', () => {
    const unknown = run('frobnicate');
    expect(unknown.status).toBe(2);
    expect(unknown.stderr.split('\n')[0]).toBe('dossier: unknown command "frobnicate"');
    const flag = run('annotate', '--jsn', join(SEEDS, 'uk-convinced-moscow-helped.html'));
    expect(flag.status).toBe(2);
    expect(flag.stderr.split('\n')[0]).toBe('dossier annotate: unknown option --jsn');
    expect(flag.stdout).toBe('');
    const help = run('--help');
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^usage: dossier <command>/);
  }, TEST_MS);

  it('annotate --json with no readable file prints the error only, nothing on stdout', () => {
    const missing = join(tempDir(), 'missing.html');
    const result = run('annotate', '--json', missing);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim()).toBe(`dossier annotate: ${missing}: cannot read (ENOENT)`);
  }, TEST_MS);
});

describe('dossier eval', () => {
  it('names the gold file it needs when the seeds folder has none', () => {
    const empty = tempDir();
    const result = run('eval', '--seeds', empty);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(`no gold file at ${join(empty, 'gold.json')}`);
    expect(run('eval', '--sedes', empty).stderr.split('\n')[0]).toBe('dossier eval: unknown option --sedes');
  }, TEST_MS);

  it('prints recall per tier, precision and negatives', () => {
    const result = run('eval');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/recall, required\s+\d+\.\d%/);
    expect(result.stdout).toMatch(/precision\s+\d+\.\d%/);
    expect(result.stdout).toMatch(/negatives linked\s+0/);
  }, TEST_MS);
});
