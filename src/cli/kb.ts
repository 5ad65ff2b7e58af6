/**
 * `dossier kb build|stats|find|validate`: compile the shipped KB, inspect it, check a user pack.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Entity, KnowledgeBase } from '../kb/model.ts';
import { normalizeKey } from '../kb/keys.ts';
import { formatIssue } from '../kb/validate.ts';
import { parseUserPack } from '../kb/user-pack.ts';
import { parseCommandArgs, type ArgSpec, type ParsedArgs } from './args.ts';
import { searchEntities, type FoundEntity } from './kb-find.ts';
import { DEFAULT_KB_FILE } from './kb-sources.ts';
import { compileSources, kbMeta, loadKb, writeKb } from './load-kb.ts';

const USAGE = `usage: dossier kb build [--out FILE]
       dossier kb stats [--json]
       dossier kb find TEXT [--json] [--all]
       dossier kb validate PACK.json|PACK.csv`;
/** Results `kb find` prints unless `--all`. */
const FIND_LIMIT = 20;

const out = (s: string): void => void process.stdout.write(`${s}\n`);
const err = (s: string): void => void process.stderr.write(`${s}\n`);

function build(args: ParsedArgs): number {
  const target = args.values.get('out');
  const file = target ? resolve(target) : DEFAULT_KB_FILE;
  const started = performance.now();
  const { kb, errors, warnings } = compileSources();
  if (errors.length > 0) {
    for (const issue of errors) err(`error: ${formatIssue(issue)}`);
    err(`kb build: ${errors.length} error(s); nothing written`);
    return 1;
  }
  const metaFile = writeKb(kb, file);
  out(`wrote ${file} and ${metaFile}: ${kb.entities.length} entities, ${kb.contentVersion} (${warnings.length} shared aliases, ${Math.round(performance.now() - started)} ms)`);
  return 0;
}

async function stats(args: ParsedArgs): Promise<number> {
  const kb = await loadKb();
  const meta = kbMeta(kb);
  const aliases = kb.entities.reduce((n, e) => n + e.aliases.length, 0);
  const attack = kb.entities.filter((e) => e.id.startsWith('attack:')).length;
  const other = kb.entities.length - attack - (meta.byType.country ?? 0);
  const report = { ...meta, aliases, nonCountryNonAttack: other };
  if (args.flags.has('json')) out(JSON.stringify(report, null, 2));
  else {
    out(`schema ${meta.schemaVersion}, content ${meta.contentVersion}`);
    out(`${meta.entities} entities, ${aliases} aliases; ${other} besides countries and ATT&CK groups`);
    for (const [type, n] of Object.entries(meta.byType).sort((a, b) => b[1] - a[1])) out(`  ${type.padEnd(14)} ${n}`);
    out(`by source (${meta.bulk} in the bulk layer; an entity two sources gave counts under both):`);
    for (const [source, n] of Object.entries(meta.bySource).sort((a, b) => b[1] - a[1])) out(`  ${source.padEnd(24)} ${n}`);
  }
  return 0;
}

/** Entities with a name or alias equal (normalised) to the text (`kb find` also matches words: kb-find.ts). */
export function findEntities(kb: KnowledgeBase, text: string): Entity[] {
  const key = normalizeKey(text);
  return kb.entities.filter((e) => normalizeKey(e.name) === key || e.aliases.some((a) => normalizeKey(a.text) === key));
}

/** An alias's flags, as `kb find` prints them (explained in its legend and the README). */
const aliasNote = (a: Entity['aliases'][number]): string => (a.caseSensitive ? ' (Aa)' : '') + (a.contextDependent ? ' (ctx)' : '');

/** How `kb find` says which name matched. */
const MATCHED: Record<FoundEntity['match'], string> = { exact: 'the alias', words: 'the words of', prefixes: 'word beginnings of', contains: 'part of' };

function printFound(found: FoundEntity[], all: boolean): void {
  const shown = all ? found : found.slice(0, FIND_LIMIT);
  let flagged = false;
  for (const { entity: e, match, via } of shown) {
    out(`${e.id}  [${e.type}]  ${e.name}: ${e.description}`);
    if (via !== e.name || match !== 'exact') out(`    matched ${MATCHED[match]} "${via}"`);
    if (e.aliases.length) out(`    aliases: ${e.aliases.map((a) => a.text + aliasNote(a)).join('; ')}`);
    flagged ||= e.aliases.some((a) => a.caseSensitive || a.contextDependent);
  }
  if (shown.length < found.length) out(`… and ${found.length - shown.length} more (--all shows every one)`);
  if (flagged) out('(Aa): matches only in this exact case; (ctx): linked only when the page supports it (a common word or an ambiguous name)');
}

async function find(args: ParsedArgs): Promise<number> {
  const text = args.positionals.join(' ');
  if (!text) return err(USAGE), 2;
  const found = searchEntities(await loadKb(), text);
  if (args.flags.has('json')) out(JSON.stringify(found.map((f) => ({ ...f.entity, match: f.match, matchedName: f.via })), null, 2));
  else if (found.length === 0) out(`no entity matches "${text}" (searched names and aliases by whole name, word and word beginning)`);
  else printFound(found, args.flags.has('all'));
  return found.length > 0 ? 0 : 1;
}

function validate(args: ParsedArgs): number {
  const [path, extra] = args.positionals;
  if (!path) return err(USAGE), 2;
  if (extra !== undefined) return err(`dossier kb validate: unexpected argument ${extra}\n${USAGE}`), 2;
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    return err(`dossier kb validate: ${path}: cannot read (${(error as NodeJS.ErrnoException).code ?? String(error)})`), 1;
  }
  const { entities, errors } = parseUserPack(text, path.toLowerCase().endsWith('.csv') ? 'csv' : undefined);
  for (const e of errors) err(`${path}: ${e.where}: ${e.message}`);
  if (errors.length > 0) return err(`${errors.length} error(s); the pack would not be imported`), 1;
  out(`${path}: ${entities.length} valid entities`);
  return 0;
}

/** Each subcommand and the options it accepts. */
const SUBCOMMANDS: Record<string, { spec: ArgSpec; run: (args: ParsedArgs) => number | Promise<number> }> = {
  build: { spec: { values: ['out'] }, run: build },
  stats: { spec: { flags: ['json'] }, run: stats },
  find: { spec: { flags: ['json', 'all'] }, run: find },
  validate: { spec: {}, run: validate },
};

/** Entry point for `dossier kb …`; returns the exit code. */
export async function kbCommand(args: string[]): Promise<number> {
  const [sub, ...rest] = args;
  if (sub === undefined || sub === '--help' || sub === '-h') return out(USAGE), 0;
  const command = Object.hasOwn(SUBCOMMANDS, sub) ? SUBCOMMANDS[sub] : undefined;
  if (!command) return err(`dossier kb: unknown command "${sub}"\n${USAGE}`), 2;
  const parsed = parseCommandArgs(rest, command.spec);
  if (typeof parsed === 'string') return err(`dossier kb ${sub}: ${parsed}\n${USAGE}`), 2;
  return command.run(parsed);
}
