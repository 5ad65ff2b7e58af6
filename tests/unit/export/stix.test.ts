import { describe, expect, it } from 'vitest';
import { toStix } from '../../../src/export/stix.ts';
import { uuidV5 } from '../../../src/export/uuid.ts';
import { H1, H2, H3 } from './fixed-highlights.ts';

// Ids below were computed independently with Python's uuid.uuid5 and Dossier's namespace.
const REPORT_A = 'report--c8bdf6da-d448-511c-9751-a405d91194ec';
const REPORT_B = 'report--4099fff3-ffa0-5c9d-8a78-70ee8509e72e';
const APT29 = 'intrusion-set--f153e563-7db3-5d95-b75a-37e8856f9bba';
const GB = 'location--aac9ce1e-a70d-5cf9-b7cb-1a6001ff2ebe';
const PUTIN = 'identity--055935a3-3399-5c88-baed-c0f2a03a8feb';
const NATO = 'identity--9dc34f46-9b7f-505d-bc20-a5149c2eca4d';
const N1 = 'note--a6b0328c-6b4d-56ce-ba7f-a0ffe1664f0f';
const N2 = 'note--af6b1e01-e3d1-5470-ac07-9327fdc338ad';
const N3 = 'note--8421551d-c340-5fdc-8c81-dea0ed9f9242';

const STIX_ID = /^[a-z][a-z0-9-]+--[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const RFC3339_MS = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

describe('uuidV5', () => {
  it('matches the RFC test vector (python.org in the DNS namespace)', () => {
    expect(uuidV5('python.org', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe('886313e1-3b8a-5372-9b90-0c9aee199e5d');
  });
});

describe('toStix', () => {
  const bundle = JSON.parse(toStix([H1, H2, H3]));

  it('writes the expected bundle', () => {
    const web = (url: string) => [{ source_name: 'web', url }];
    expect(bundle).toEqual({
      type: 'bundle',
      id: 'bundle--2d8d7b1b-876e-5fe9-b47b-56ec3345bec9',
      objects: [
        { type: 'report', spec_version: '2.1', id: REPORT_A, created: '2026-01-02T03:04:05.006Z', modified: '2026-01-04T00:00:00.000Z',
          name: 'Spies, lies & "tape"', published: '2026-01-04T00:00:00.000Z', object_refs: [APT29, GB, N1, PUTIN, N2],
          external_references: web('https://news.example/a') },
        { type: 'report', spec_version: '2.1', id: REPORT_B, created: '2026-02-01T12:00:00.000Z', modified: '2026-02-01T12:00:00.000Z',
          name: 'https://other.example/b', published: '2026-02-01T12:00:00.000Z', object_refs: [NATO, N3],
          external_references: web('https://other.example/b') },
        { type: 'intrusion-set', spec_version: '2.1', id: APT29, created: '2026-01-02T03:04:05.006Z', modified: '2026-01-02T03:04:05.006Z',
          name: 'APT29', external_references: [{ source_name: 'dossier', external_id: 'attack:G0016' }, { source_name: 'mitre-attack', external_id: 'G0016' }] },
        { type: 'location', spec_version: '2.1', id: GB, created: '2026-01-02T03:04:05.006Z', modified: '2026-01-02T03:04:05.006Z',
          name: 'United Kingdom', country: 'GB', external_references: [{ source_name: 'dossier', external_id: 'country:GB' }] },
        { type: 'identity', spec_version: '2.1', id: PUTIN, created: '2026-01-03T00:00:00.000Z', modified: '2026-01-04T00:00:00.000Z',
          name: 'Vladimir Putin', identity_class: 'individual', external_references: [{ source_name: 'dossier', external_id: 'wd:Q7747' }] },
        { type: 'identity', spec_version: '2.1', id: NATO, created: '2026-02-01T12:00:00.000Z', modified: '2026-02-01T12:00:00.000Z',
          name: 'NATO', identity_class: 'organization', external_references: [{ source_name: 'dossier', external_id: 'org:nato' }] },
        { type: 'note', spec_version: '2.1', id: N1, created: '2026-01-02T03:04:05.006Z', modified: '2026-01-02T03:04:05.006Z',
          abstract: 'APT29 hit the UK', content: 'Line one\nLine "two", with comma', object_refs: [REPORT_A, APT29, GB], labels: ['apt', 'urgent'],
          external_references: [{ source_name: 'dossier', external_id: H1.id, url: 'https://news.example/a' }] },
        { type: 'note', spec_version: '2.1', id: N2, created: '2026-01-03T00:00:00.000Z', modified: '2026-01-04T00:00:00.000Z',
          abstract: '# Putin *said*\n- no', content: '=SUM(A1)', object_refs: [REPORT_A, PUTIN],
          external_references: [{ source_name: 'dossier', external_id: H2.id, url: 'https://news.example/a' }] },
        { type: 'note', spec_version: '2.1', id: N3, created: '2026-02-01T12:00:00.000Z', modified: '2026-02-01T12:00:00.000Z',
          abstract: 'NATO met in Kyiv', content: 'NATO met in Kyiv', object_refs: [REPORT_B, NATO], labels: ['x'],
          external_references: [{ source_name: 'dossier', external_id: H3.id, url: 'https://other.example/b' }] },
      ],
    });
  });

  it('gives every object a valid type--uuid id, spec_version 2.1 and ms timestamps', () => {
    for (const o of bundle.objects) {
      expect(o.id).toMatch(STIX_ID);
      expect(o.id.startsWith(`${o.type}--`)).toBe(true);
      expect(o.spec_version).toBe('2.1');
      expect(o.created).toMatch(RFC3339_MS);
      expect(o.modified).toMatch(RFC3339_MS);
      expect(o.modified >= o.created).toBe(true);
    }
    expect(bundle.id).toMatch(STIX_ID);
  });

  it('resolves every object_ref inside the bundle', () => {
    const ids = new Set(bundle.objects.map((o: { id: string }) => o.id));
    for (const o of bundle.objects) for (const ref of o.object_refs ?? []) expect(ids.has(ref)).toBe(true);
  });

  it('places a place when the KB knows its country, and is stable across exports', () => {
    const withKyiv = JSON.parse(toStix([H3], { countryOf: (id) => (id === 'place:kyiv' ? 'ua' : undefined) }));
    const kyiv = withKyiv.objects.find((o: { name?: string }) => o.name === 'Kyiv');
    expect(kyiv).toMatchObject({ type: 'location', country: 'UA' });
    expect(toStix([H1, H2, H3])).toBe(toStix([H1, H2, H3]));
  });
});
