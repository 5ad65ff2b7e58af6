/**
 * `dossier` command line: the same core as the extension, on files.
 * Each subcommand lives in its own module and returns an exit code.
 */
type Command = (args: string[]) => Promise<number>;

const commands: Record<string, () => Promise<Command>> = {
  annotate: async () => (await import('./annotate.ts')).annotateCommand,
  eval: async () => (await import('./eval.ts')).evalCommand,
  kb: async () => (await import('./kb.ts')).kbCommand,
  convert: async () => (await import('./convert.ts')).convertCommand,
};

const USAGE = `usage: dossier <command> [options]
  annotate [--json | --csv] FILE...   link entity mentions in saved HTML pages
  eval [--json]                       score annotate against the seed gold mentions
  kb stats|find|validate ...          inspect the knowledge base, check a user pack
  convert EXPORT.json --to w3c|csv|markdown|stix [-o FILE]`;

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  const load = name ? commands[name] : undefined;
  if (!load) {
    process.stderr.write(`${USAGE}\n`);
    return name === undefined || name === '--help' || name === '-h' ? 0 : 2;
  }
  return (await load())(rest);
}
