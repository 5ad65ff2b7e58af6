/**
 * `dossier convert EXPORT.json --to w3c|csv|markdown|stix [-o FILE]`: turns a Dossier export
 * (or a W3C annotation file) into another format, on stdout unless `-o` names a file.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { exportHighlights, isExportFormat, type ExportFormat } from '../export/index.ts';
import { parseImport } from '../export/import.ts';

const USAGE = 'usage: dossier convert EXPORT.json --to w3c|csv|markdown|stix|json [-o FILE]';

interface ConvertArgs {
  input: string;
  format: ExportFormat;
  output?: string;
}

/** Parses the arguments, or returns an error message. */
export function parseConvertArgs(args: string[]): ConvertArgs | string {
  let input: string | undefined;
  let to: string | undefined;
  let output: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = () => inline ?? args[++i];
    if (flag === '--to') to = value();
    else if (flag === '-o' || flag === '--output') output = value();
    else if (arg.startsWith('-') && arg !== '-') return `unknown option ${arg}`;
    else if (input === undefined) input = arg;
    else return `unexpected argument ${arg}`;
  }
  if (!input) return 'missing EXPORT.json';
  if (!to) return 'missing --to FORMAT';
  if (!isExportFormat(to)) return `unknown format ${JSON.stringify(to)}`;
  if (output === undefined && args.some((a) => a === '-o' || a === '--output')) return 'missing FILE after -o';
  return { input, format: to, output };
}

/** Runs `dossier convert`; returns the exit code (0 ok, 1 bad file, 2 bad usage). */
export async function convertCommand(args: string[]): Promise<number> {
  const parsed = parseConvertArgs(args);
  if (typeof parsed === 'string') {
    process.stderr.write(`dossier convert: ${parsed}\n${USAGE}\n`);
    return 2;
  }
  let text: string;
  try {
    text = await readFile(parsed.input, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    process.stderr.write(`dossier convert: ${parsed.input}: cannot read (${code ?? String(error)})\n`);
    return 1;
  }
  let out: string;
  try {
    out = exportHighlights(parsed.format, parseImport(text).highlights);
  } catch (error) {
    process.stderr.write(`dossier convert: ${parsed.input}: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
  if (parsed.output) await writeFile(parsed.output, out, 'utf8');
  else process.stdout.write(out);
  return 0;
}
