/**
 * Strict argument parsing for every `dossier` command: an unknown option or a missing value is a
 * usage error that names it, never silently ignored.
 */
import { parseArgs } from 'node:util';

/** What a command accepts: boolean flags and options that take a value (long names, optional short ones). */
export interface ArgSpec {
  flags?: string[];
  values?: string[];
  short?: Record<string, string>;
}

export interface ParsedArgs {
  flags: Set<string>;
  values: Map<string, string>;
  positionals: string[];
}

/** Parses `args` against `spec`; returns the parts, or a one-line message naming what is wrong. */
export function parseCommandArgs(args: string[], spec: ArgSpec): ParsedArgs | string {
  const options: Record<string, { type: 'boolean' | 'string'; short?: string }> = {};
  for (const f of spec.flags ?? []) options[f] = { type: 'boolean' };
  for (const v of spec.values ?? []) options[v] = { type: 'string' };
  for (const [letter, long] of Object.entries(spec.short ?? {})) if (options[long]) options[long].short = letter;
  try {
    const { values, positionals } = parseArgs({ args, options, allowPositionals: true, strict: true });
    const parsed: ParsedArgs = { flags: new Set(), values: new Map(), positionals };
    for (const [key, value] of Object.entries(values)) {
      if (value === true) parsed.flags.add(key);
      else if (typeof value === 'string') parsed.values.set(key, value);
    }
    return parsed;
  } catch (error) {
    return usageMessage(error);
  }
}

/** Node's parser errors, said in a line: "unknown option --jsn", "--to needs a value". */
function usageMessage(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const unknown = /Unknown option '([^']+)'/.exec(message);
  if (unknown) return `unknown option ${unknown[1]}`;
  const needs = /Option '(?:-\w, )?(--[\w-]+)[^']*' argument missing/.exec(message);
  if (needs) return `${needs[1]} needs a value`;
  const noValue = /Option '(--[\w-]+)' does not take an argument/.exec(message);
  if (noValue) return `${noValue[1]} takes no value`;
  return message.split('. ')[0] ?? message;
}
