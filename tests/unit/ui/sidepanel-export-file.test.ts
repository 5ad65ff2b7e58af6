import { describe, expect, it } from 'vitest';
import { EXPORT_FORMATS } from '../../../src/export/index.ts';
import { exportFileName } from '../../../extension/ui/sidepanel/export-file.ts';
import { shortQuote } from '../../../extension/ui/sidepanel/highlight-item.tsx';

const DAY = new Date(2026, 2, 6, 23, 30); // local time: the name uses the researcher's calendar day

describe('side panel export file names', () => {
  it('names the scope and the day, with the format extension', () => {
    expect(exportFileName('json', 'all', null, DAY)).toBe('dossier-all-2026-03-06.json');
    expect(exportFileName('csv', 'selection', 'news.example', DAY)).toBe('dossier-selection-2026-03-06.csv');
    expect(exportFileName('markdown', 'page', 'www.bbc.co.uk', DAY)).toBe('dossier-bbc.co.uk-2026-03-06.md');
    expect(exportFileName('w3c', 'page', null, DAY)).toBe('dossier-page-2026-03-06.jsonld');
  });

  it('gives every format a distinct name (STIX and Dossier JSON are both JSON)', () => {
    const names = EXPORT_FORMATS.map((f) => exportFileName(f, 'all', null, DAY));
    expect(new Set(names).size).toBe(EXPORT_FORMATS.length);
    expect(exportFileName('stix', 'all', null, DAY)).toBe('dossier-all-2026-03-06.stix.json');
  });

  it('keeps only safe characters from a host', () => {
    expect(exportFileName('json', 'page', '../ev il/..', DAY)).toBe('dossier-ev-il-2026-03-06.json');
    expect(exportFileName('json', 'page', 'xn--bcher-kva.example:8080', DAY)).toBe('dossier-xn--bcher-kva.example-8080-2026-03-06.json');
  });
});

describe('side panel accessible names', () => {
  it('shortens long quotes with an ellipsis and folds whitespace', () => {
    expect(shortQuote('  APT29\n hit   the UK ')).toBe('APT29 hit the UK');
    const long = shortQuote('x'.repeat(100), 20);
    expect(long).toHaveLength(20);
    expect(long.endsWith('…')).toBe(true);
  });
});
