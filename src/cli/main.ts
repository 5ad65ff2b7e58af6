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
  annotate [--json | --csv] [--main] FILE...   link entity mentions in saved HTML pages
  eval [--json] [--seeds DIR]                  score annotate against the seed articles' gold mentions
  kb build|stats|find|validate ...             build or inspect the knowledge base, check a user pack
  convert EXPORT.json --to w3c|csv|markdown|stix|json [-o FILE]`;

/** Runs `dossier ARGV…`; returns the exit code (0 ok, 1 failed, 2 bad usage). */
export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const load = Object.hasOwn(commands, name) ? commands[name] : undefined;
  if (!load) {
    process.stderr.write(`dossier: unknown ${name.startsWith('-') ? 'option' : 'command'} "${name}"\n${USAGE}\n`);
    return 2;
  }
  return (await load())(rest);
}
