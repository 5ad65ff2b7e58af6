import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from '../../../src/export/csv.ts';
import { H1, H2, H3 } from './fixed-highlights.ts';

describe('toCsv', () => {
  it('writes RFC 4180 rows with CRLF, quoting and joined lists', () => {
    const expected = [
      'id,source,title,created,modified,quote,prefix,suffix,start,end,note,tags,colour,entity_ids,entity_names,entity_types',
      'urn:uuid:11111111-1111-4111-8111-111111111111,https://news.example/a,"Spies, lies & ""tape""",2026-01-02T03:04:05.006Z,2026-01-02T03:04:05.006Z,APT29 hit the UK,said , on Monday,10,26,"Line one\nLine ""two"", with comma",apt; urgent,yellow,attack:G0016; country:GB,APT29; United Kingdom,threat-actor; country',
      'urn:uuid:22222222-2222-4222-8222-222222222222,https://news.example/a,"Spies, lies & ""tape""",2026-01-03T00:00:00.000Z,2026-01-04T00:00:00.000Z,"# Putin *said*\n- no",,,0,19,\'=SUM(A1),,pink,wd:Q7747,Vladimir Putin,person',
      'urn:uuid:33333333-3333-4333-8333-333333333333,https://other.example/b,,2026-02-01T12:00:00.000Z,2026-02-01T12:00:00.000Z,NATO met in Kyiv,Yesterday ,.,,,,x,green,org:nato; place:kyiv,NATO; Kyiv,organization; place',
      '',
    ].join('\r\n');
    expect(toCsv([H1, H2, H3])).toBe(expected);
  });

  it('neutralises every formula-starting cell with a leading apostrophe', () => {
    expect(csvCell('=1+1')).toBe("'=1+1");
    expect(csvCell('+44 20')).toBe("'+44 20");
    expect(csvCell('-5%')).toBe("'-5%");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\t=cmd')).toBe("'\t=cmd");
    expect(csvCell('\r=cmd')).toBe('"\'\r=cmd"');
    expect(csvCell('=HYPERLINK("x", "y")')).toBe('"\'=HYPERLINK(""x"", ""y"")"');
    expect(csvCell('a = b')).toBe('a = b');
    expect(csvCell('')).toBe('');
  });

  it('neutralises injection in every column, not just the note', () => {
    const evil = { ...H1, title: '@evil', tags: ['-tag'], entities: [{ id: '=x', name: '+y', type: 'other' as const }] };
    const row = toCsv([evil]).split('\r\n')[1];
    expect(row).toContain(",'@evil,");
    expect(row).toContain(",'-tag,");
    expect(row.endsWith(",'=x,'+y,other")).toBe(true);
  });

  it('writes just the header for no highlights', () => {
    expect(toCsv([])).toBe('id,source,title,created,modified,quote,prefix,suffix,start,end,note,tags,colour,entity_ids,entity_names,entity_types\r\n');
  });
});
