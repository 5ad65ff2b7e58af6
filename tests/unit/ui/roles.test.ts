import { describe, expect, it } from 'vitest';
import { formatRoleLine, formatSpans, isSeat, roleLines } from '../../../extension/content/card/roles.ts';
import type { Role } from '../../../src/kb/model.ts';

const lines = (roles: Role[], home?: string): string[] => roleLines(roles, home).map((l) => formatRoleLine(l, 'present'));

describe('card roles', () => {
  it('ranks offices above assembly seats, the most recent first, undated last', () => {
    const roles: Role[] = [
      { title: 'Member of Parliament for Esher and Walton', country: 'GB', from: '2010', to: '2024' },
      { title: 'Minister of State for Housing', country: 'GB', from: '2018-01-09', to: '2018-07-09' },
      { title: 'Honorary fellow' },
      { title: 'Foreign Secretary', country: 'GB', from: '2019-07-24', to: '2021-09-15' },
      { title: 'Senator', from: '2001' },
    ];
    expect(lines(roles, 'GB')).toEqual([
      'Foreign Secretary, 2019–2021',
      'Minister of State for Housing, 2018',
      'Honorary fellow',
      'Senator, 2001–present',
      'Member of Parliament for Esher and Walton, 2010–2024',
    ]);
  });

  it('tells seats from offices by the kind of title', () => {
    expect(isSeat('Member of the 58th Parliament of the United Kingdom')).toBe(true);
    expect(isSeat('MEP for London')).toBe(true);
    expect(isSeat('Deputy Prime Minister')).toBe(false);
    expect(isSeat('Memberships secretary')).toBe(false);
  });

  it('joins terms of one office and names only a foreign country', () => {
    const roles: Role[] = [
      { title: 'Deputy Prime Minister', country: 'GB', from: '2021-09-15', to: '2022-09-06' },
      { title: 'Ambassador to France', country: 'FR', from: '2001', to: '2005' },
      { title: 'Deputy Prime Minister', country: 'GB', from: '2022-10-25', to: '2023-04-21' },
    ];
    expect(lines(roles, 'GB')).toEqual(['Deputy Prime Minister, 2021–2023', 'Ambassador to France (France), 2001–2005']);
    expect(lines(roles)).toEqual(['Deputy Prime Minister (United Kingdom), 2021–2023', 'Ambassador to France (France), 2001–2005']);
  });

  it('keeps gaps between terms and an open term open', () => {
    expect(formatSpans([{ from: '2010', to: '2015' }, { from: '2017', to: '2019' }], 'present')).toBe('2010–2015, 2017–2019');
    expect(formatSpans([{ from: '2010', to: '2015' }, { from: '2015' }], 'present')).toBe('2010–present');
    expect(formatSpans([{ to: '1999' }, {}], 'present')).toBe('–1999');
  });
});
