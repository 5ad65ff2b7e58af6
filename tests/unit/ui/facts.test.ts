import { describe, expect, it } from 'vitest';
import { countryName, formatDates, identifierLinks, percent, readableDate, safeUrl, yearOf } from '../../../extension/content/card/facts.ts';

describe('card facts', () => {
  it('formats date ranges as years, never ISO pairs', () => {
    expect(formatDates('2019-07-24', '2021-09-15', 'present')).toBe('2019–2021');
    expect(formatDates('2019-07', '2021-09', 'present')).toBe('2019–2021');
    expect(formatDates('2020', undefined, 'present')).toBe('2020–present');
    expect(formatDates(undefined, '2012', 'present')).toBe('–2012');
    expect(formatDates('2001-01-01', '2001-12-31', 'present')).toBe('2001');
    expect(formatDates(undefined, undefined, 'present')).toBe('');
    expect(yearOf('-0044-03-15')).toBe('-0044');
    expect(yearOf('circa 1900')).toBe('circa 1900');
  });

  it('writes single dates the way people read them', () => {
    expect(readableDate('1974-02-25')).toBe('25 February 1974');
    expect(readableDate('1949-04')).toBe('April 1949');
    expect(readableDate('1949')).toBe('1949');
    expect(readableDate('1974-13-45')).toBe('1974-13-45');
  });

  it('names countries by code', () => {
    expect(countryName('ru')).toBe('Russia');
    expect(countryName('not a code')).toBe('not a code');
  });

  it('links Wikidata and ATT&CK identifiers and leaves others as text', () => {
    const links = identifierLinks({ wikidata: 'Q268584', mitreAttack: 'G0016', ticker: 'DAX', stix: 'intrusion-set--899ce53f-13a0-479b-a0e4' });
    expect(links.find((l) => l.scheme === 'wikidata')?.url).toBe('https://www.wikidata.org/wiki/Q268584');
    expect(links.find((l) => l.scheme === 'mitreAttack')?.url).toBe('https://attack.mitre.org/groups/G0016/');
    expect(links.find((l) => l.scheme === 'ticker')).toEqual({ scheme: 'ticker', label: 'ticker', value: 'DAX' });
    expect(identifierLinks({ mitreAttack: 'T1566.001' })[0].url).toBe('https://attack.mitre.org/techniques/T1566/001/');
    expect(links.map((l) => l.scheme)).toEqual(['wikidata', 'mitreAttack', 'ticker']);
    expect(identifierLinks({ wikidata: 'javascript:alert(1)' })[0].url).toBeUndefined();
    expect(identifierLinks(undefined)).toEqual([]);
  });

  it('shows only http(s) source links', () => {
    expect(safeUrl('https://example.org/a')).toBe('https://example.org/a');
    expect(safeUrl('javascript:alert(1)')).toBeUndefined();
    expect(safeUrl('not a url')).toBeUndefined();
  });

  it('turns confidence into a clamped whole percentage', () => {
    expect(percent(0.834)).toBe('83');
    expect(percent(1.2)).toBe('100');
    expect(percent(Number.NaN)).toBe('0');
  });
});
