/** Three fixed highlights the golden-output tests share: two on one page, one on another. */
import type { Highlight } from '../../../src/export/model.ts';

export const H1: Highlight = {
  id: 'urn:uuid:11111111-1111-4111-8111-111111111111',
  source: 'https://news.example/a',
  title: 'Spies, lies & "tape"',
  created: '2026-01-02T03:04:05.006Z',
  modified: '2026-01-02T03:04:05.006Z',
  note: 'Line one\nLine "two", with comma',
  tags: ['apt', 'urgent'],
  colour: 'yellow',
  entities: [
    { id: 'attack:G0016', name: 'APT29', type: 'threat-actor' },
    { id: 'country:GB', name: 'United Kingdom', type: 'country' },
  ],
  selectors: { quote: { exact: 'APT29 hit the UK', prefix: 'said ', suffix: ' on Monday' }, position: { start: 10, end: 26 } },
};

export const H2: Highlight = {
  id: 'urn:uuid:22222222-2222-4222-8222-222222222222',
  source: 'https://news.example/a',
  title: 'Spies, lies & "tape"',
  created: '2026-01-03T00:00:00.000Z',
  modified: '2026-01-04T00:00:00.000Z',
  note: '=SUM(A1)',
  tags: [],
  colour: 'pink',
  entities: [{ id: 'wd:Q7747', name: 'Vladimir Putin', type: 'person' }],
  selectors: { quote: { exact: '# Putin *said*\n- no', prefix: '', suffix: '' }, position: { start: 0, end: 19 } },
};

export const H3: Highlight = {
  id: 'urn:uuid:33333333-3333-4333-8333-333333333333',
  source: 'https://other.example/b',
  title: '',
  created: '2026-02-01T12:00:00.000Z',
  modified: '2026-02-01T12:00:00.000Z',
  note: '',
  tags: ['x'],
  colour: 'green',
  entities: [
    { id: 'org:nato', name: 'NATO', type: 'organization' },
    { id: 'place:kyiv', name: 'Kyiv', type: 'place' },
  ],
  selectors: { quote: { exact: 'NATO met in Kyiv', prefix: 'Yesterday ', suffix: '.' } },
};

export const NOW = new Date('2026-03-01T00:00:00.000Z');
