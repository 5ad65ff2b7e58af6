import { describe, expect, it } from 'vitest';
import { formatOf, readPack } from '../../../extension/ui/options/pack-file.ts';

describe('pack file', () => {
  it('takes the format from the file name, or leaves it to the parser', () => {
    expect(formatOf('people.CSV')).toBe('csv');
    expect(formatOf('pack.json')).toBe('json');
    expect(formatOf('notes.txt')).toBeUndefined();
  });

  it('validates a chosen file without storing anything', async () => {
    const bad = new File(['name,type,aliases,description,url\nAcme,not-a-type,,,\n'], 'p.csv');
    const result = await readPack(bad);
    expect(result.entities).toEqual([]);
    expect(result.errors.length).toBeGreaterThan(0);
    expect(result.errors[0].where).toMatch(/line 2/);
  });
});
