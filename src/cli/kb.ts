/**
 * `dossier kb build|stats|find|validate`: compile the shipped KB, inspect it, check a user pack.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Entity, KnowledgeBase } from '../kb/model.ts';
import { normalizeKey } from '../kb/keys.ts';
import { formatIssue } from '../kb/validate.ts';
import { parseUserPack } from '../kb/user-pack.ts';
import { DEFAULT_KB_FILE } from './kb-sources.ts';
import { compileSources, kbMeta, loadKb, writeKb } from './load-kb.ts';

const USAGE = `usage: dossier kb build [--out FILE]
       dossier kb stats [--json]
       dossier kb find TEXT [--json]
       dossier kb validate PACK.json|PACK.csv`;

const out = (s: string): void => void process.stdout.write(`${s}\n`);
const err = (s: string): void => void process.stderr.write(`${s}\n`);

function build(args: string[]): number {
  const at = args.indexOf('--out');
  const file = at >= 0 && args[at + 1] ? resolve(args[at + 1]) : DEFAULT_KB_FILE;
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

async function stats(args: string[]): Promise<number> {
  const kb = await loadKb();
  const meta = kbMeta(kb);
  const aliases = kb.entities.reduce((n, e) => n + e.aliases.length, 0);
  const attack = kb.entities.filter((e) => e.id.startsWith('attack:')).length;
  const other = kb.entities.length - attack - (meta.byType.country ?? 0);
  const report = { ...meta, aliases, nonCountryNonAttack: other };
  if (args.includes('--json')) out(JSON.stringify(report, null, 2));
  else {
    out(`schema ${meta.schemaVersion}, content ${meta.contentVersion}`);
    out(`${meta.entities} entities, ${aliases} aliases; ${other} besides countries and ATT&CK groups`);
    for (const [type, n] of Object.entries(meta.byType).sort((a, b) => b[1] - a[1])) out(`  ${type.padEnd(14)} ${n}`);
    out(`by source (${meta.bulk} in the bulk layer; an entity two sources gave counts under both):`);
    for (const [source, n] of Object.entries(meta.bySource).sort((a, b) => b[1] - a[1])) out(`  ${source.padEnd(24)} ${n}`);
  }
  return 0;
}

/** Entities with a name or alias equal (normalised) to the text. */
export function findEntities(kb: KnowledgeBase, text: string): Entity[] {
  const key = normalizeKey(text);
  return kb.entities.filter((e) => normalizeKey(e.name) === key || e.aliases.some((a) => normalizeKey(a.text) === key));
}

async function find(args: string[]): Promise<number> {
  const text = args.filter((a) => a !== '--json').join(' ');
  if (!text) return err(USAGE), 2;
  const found = findEntities(await loadKb(), text);
  if (args.includes('--json')) out(JSON.stringify(found, null, 2));
  else if (found.length === 0) out(`no entity named "${text}"`);
  else for (const e of found) {
    out(`${e.id}  [${e.type}]  ${e.name}: ${e.description}`);
    if (e.aliases.length) out(`    aliases: ${e.aliases.map((a) => a.text + (a.caseSensitive ? ' (Aa)' : '') + (a.contextDependent ? ' (ctx)' : '')).join('; ')}`);
  }
  return found.length > 0 ? 0 : 1;
}

function validate(args: string[]): number {
  const path = args[0];
  if (!path) return err(USAGE), 2;
  const { entities, errors } = parseUserPack(readFileSync(path, 'utf8'), path.toLowerCase().endsWith('.csv') ? 'csv' : undefined);
  for (const e of errors) err(`${path}: ${e.where}: ${e.message}`);
  if (errors.length > 0) return err(`${errors.length} error(s); the pack would not be imported`), 1;
  out(`${path}: ${entities.length} valid entities`);
  return 0;
}

/** Entry point for `dossier kb …`; returns the exit code. */
export async function kbCommand(args: string[]): Promise<number> {
  const [sub, ...rest] = args;
  switch (sub) {
    case 'build': return build(rest);
    case 'stats': return stats(rest);
    case 'find': return find(rest);
    case 'validate': return validate(rest);
    default:
      err(USAGE);
      return sub === undefined || sub === '--help' ? 0 : 2;
  }
}
