import { describe, expect, it } from 'vitest';
import { parseCommandArgs } from '../../../src/cli/args.ts';

describe('CLI argument parsing', () => {
  const spec = { flags: ['json'], values: ['output'], short: { o: 'output' } };

  it('splits flags, values and positionals', () => {
    const parsed = parseCommandArgs(['a.html', '--json', '-o', 'out.txt', 'b.html'], spec);
    expect(parsed).toEqual({ flags: new Set(['json']), values: new Map([['output', 'out.txt']]), positionals: ['a.html', 'b.html'] });
    expect(parseCommandArgs(['--output=x'], spec)).toMatchObject({ values: new Map([['output', 'x']]) });
  });

  it('names an unknown option, a missing value or a value given to a flag', () => {
    expect(parseCommandArgs(['--jsn'], spec)).toBe('unknown option --jsn');
    expect(parseCommandArgs(['-x'], spec)).toBe('unknown option -x');
    expect(parseCommandArgs(['--output'], spec)).toBe('--output needs a value');
    expect(parseCommandArgs(['--json=yes'], spec)).toBe('--json takes no value');
  });
});
