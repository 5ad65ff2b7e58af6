import { describe, expect, it } from 'vitest';
import { toJson } from '../../../src/export/json.ts';
import { parseImport } from '../../../src/export/import.ts';
import { H1, H3, NOW } from './fixed-highlights.ts';

describe('toJson', () => {
  it('writes the versioned document, fields in schema order', () => {
    const out = toJson([H3], { now: NOW });
    expect(out).toBe(`{
  "format": "dossier-highlights",
  "version": 1,
  "exported": "2026-03-01T00:00:00.000Z",
  "highlights": [
    {
      "id": "urn:uuid:33333333-3333-4333-8333-333333333333",
      "source": "https://other.example/b",
      "title": "",
      "created": "2026-02-01T12:00:00.000Z",
      "modified": "2026-02-01T12:00:00.000Z",
      "note": "",
      "tags": [
        "x"
      ],
      "colour": "green",
      "entities": [
        {
          "id": "org:nato",
          "name": "NATO",
          "type": "organization"
        },
        {
          "id": "place:kyiv",
          "name": "Kyiv",
          "type": "place"
        }
      ],
      "selectors": {
        "quote": {
          "exact": "NATO met in Kyiv",
          "prefix": "Yesterday ",
          "suffix": "."
        }
      }
    }
  ]
}
`);
  });

  it('round-trips through parseImport unchanged', () => {
    const back = parseImport(toJson([H1, H3], { now: NOW }));
    expect(back.format).toBe('dossier');
    expect(back.highlights).toEqual([H1, H3]);
  });

  it('reports progress in steps and at the end', () => {
    const many = Array.from({ length: 600 }, (_, i) => ({ ...H1, id: `urn:uuid:11111111-1111-4111-8111-${String(i).padStart(12, '0')}` }));
    const calls: [number, number][] = [];
    toJson(many, { onProgress: (done, total) => calls.push([done, total]) });
    expect(calls).toEqual([[250, 600], [500, 600], [600, 600]]);
  });
});
