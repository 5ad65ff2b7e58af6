import { describe, expect, it } from 'vitest';
import { parseImport } from '../../../src/export/import.ts';
import { toW3c } from '../../../src/export/w3c.ts';
import { H1, H2, H3, NOW } from './fixed-highlights.ts';

describe('toW3c', () => {
  it('writes an AnnotationCollection with standard bodies, selectors and style', () => {
    const doc = JSON.parse(toW3c([H1, H2], { now: NOW }));
    const id = 'urn:uuid:0f9108c6-fa18-525b-87e0-176d4e414593';
    expect(doc).toEqual({
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      id,
      type: 'AnnotationCollection',
      label: 'Dossier highlights',
      generated: '2026-03-01T00:00:00.000Z',
      total: 2,
      first: {
        id: `${id}#page-1`,
        type: 'AnnotationPage',
        startIndex: 0,
        items: [
          {
            id: 'urn:uuid:11111111-1111-4111-8111-111111111111',
            type: 'Annotation',
            motivation: 'commenting',
            created: '2026-01-02T03:04:05.006Z',
            modified: '2026-01-02T03:04:05.006Z',
            stylesheet: { type: 'CssStylesheet', value: '.dossier-yellow { background-color: #fde68a; }' },
            body: [
              { type: 'TextualBody', purpose: 'commenting', value: 'Line one\nLine "two", with comma', format: 'text/plain' },
              { type: 'TextualBody', purpose: 'tagging', value: 'apt' },
              { type: 'TextualBody', purpose: 'tagging', value: 'urgent' },
              { type: 'SpecificResource', purpose: 'identifying', source: 'urn:dossier:entity:attack:G0016', label: 'APT29', 'dc:type': 'threat-actor' },
              { type: 'SpecificResource', purpose: 'identifying', source: 'urn:dossier:entity:country:GB', label: 'United Kingdom', 'dc:type': 'country' },
            ],
            target: {
              type: 'SpecificResource',
              source: 'https://news.example/a',
              'dc:title': 'Spies, lies & "tape"',
              styleClass: 'dossier-yellow',
              selector: [
                { type: 'TextQuoteSelector', exact: 'APT29 hit the UK', prefix: 'said ', suffix: ' on Monday' },
                { type: 'TextPositionSelector', start: 10, end: 26 },
              ],
            },
          },
          {
            id: 'urn:uuid:22222222-2222-4222-8222-222222222222',
            type: 'Annotation',
            motivation: 'commenting',
            created: '2026-01-03T00:00:00.000Z',
            modified: '2026-01-04T00:00:00.000Z',
            stylesheet: { type: 'CssStylesheet', value: '.dossier-pink { background-color: #fbcfe8; }' },
            body: [
              { type: 'TextualBody', purpose: 'commenting', value: '=SUM(A1)', format: 'text/plain' },
              { type: 'SpecificResource', purpose: 'identifying', source: 'urn:dossier:entity:wd:Q7747', label: 'Vladimir Putin', 'dc:type': 'person' },
            ],
            target: {
              type: 'SpecificResource',
              source: 'https://news.example/a',
              'dc:title': 'Spies, lies & "tape"',
              styleClass: 'dossier-pink',
              selector: [
                { type: 'TextQuoteSelector', exact: '# Putin *said*\n- no' },
                { type: 'TextPositionSelector', start: 0, end: 19 },
              ],
            },
          },
        ],
      },
    });
  });

  it('marks a note-less highlight as highlighting, without a title or position', () => {
    const item = JSON.parse(toW3c([H3])).first.items[0];
    expect(item.motivation).toBe('highlighting');
    expect(item.target['dc:title']).toBeUndefined();
    expect(item.target.selector).toEqual([{ type: 'TextQuoteSelector', exact: 'NATO met in Kyiv', prefix: 'Yesterday ', suffix: '.' }]);
  });

  it('round-trips through parseImport unchanged', () => {
    const back = parseImport(toW3c([H1, H2, H3]));
    expect(back.format).toBe('w3c');
    expect(back.highlights).toEqual([H1, H2, H3]);
  });

  it('imports a foreign (Hypothesis-style) annotation with a stable derived id', () => {
    const foreign = JSON.stringify({
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      id: 'https://hypothes.is/a/abc123',
      type: 'Annotation',
      created: '2025-05-01T10:00:00+02:00',
      body: { type: 'TextualBody', value: 'Interesting' },
      target: [{ source: 'https://example.com/x', selector: { type: 'TextQuoteSelector', exact: 'quoted words' } }],
    });
    const [a] = parseImport(foreign).highlights;
    const [b] = parseImport(foreign).highlights;
    expect(a.id).toMatch(/^urn:uuid:[0-9a-f-]{36}$/);
    expect(a.id).toBe(b.id);
    expect(a).toMatchObject({
      source: 'https://example.com/x', note: 'Interesting', created: '2025-05-01T08:00:00.000Z',
      modified: '2025-05-01T08:00:00.000Z', colour: 'yellow', selectors: { quote: { exact: 'quoted words', prefix: '', suffix: '' } },
    });
    expect(a.selectors.position).toBeUndefined();
  });
});
