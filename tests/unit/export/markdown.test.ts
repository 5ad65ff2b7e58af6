import { describe, expect, it } from 'vitest';
import { escapeMarkdown, toMarkdown } from '../../../src/export/markdown.ts';
import { H1, H2, H3 } from './fixed-highlights.ts';

describe('toMarkdown', () => {
  it('groups by page, orders by position, escapes and lists note, entities, tags', () => {
    const expected = `# Dossier highlights

## Spies, lies & "tape"

<https://news.example/a>

> \\# Putin \\*said\\*
> \\- no

**Note:** \\=SUM(A1)

**Entities:** Vladimir Putin (person)

> APT29 hit the UK

**Note:** Line one\\
Line "two", with comma

**Entities:** APT29 (threat-actor), United Kingdom (country)

**Tags:** apt, urgent

## https://other.example/b

<https://other.example/b>

> NATO met in Kyiv

**Entities:** NATO (organization), Kyiv (place)

**Tags:** x
`;
    expect(toMarkdown([H1, H2, H3])).toBe(expected);
  });

  it('escapes markup that would become links, HTML, code or blocks', () => {
    expect(escapeMarkdown('[click](http://x) <img src=x> `code` a_b')).toBe('\\[click\\](http://x) \\<img src=x\\> \\`code\\` a\\_b');
    expect(escapeMarkdown('1. first\n+ plus\n> quote')).toBe('1\\. first\n\\+ plus\n\\> quote');
    expect(escapeMarkdown('AT&T &amp; co')).toBe('AT&T \\&amp; co');
  });

  it('keeps an indented quote line out of a code block and a hostile URL out of the autolink', () => {
    expect(toMarkdown([{ ...H3, source: 'javascript:alert(1)' }])).toContain('\n\njavascript:alert(1)\n\n');
    const h = { ...H3, source: 'javascript:alert(1) <b>', selectors: { quote: { exact: 'a\n        indented', prefix: '', suffix: '' } } };
    const md = toMarkdown([h]);
    expect(md).toContain('> a\n> indented');
    expect(md).toContain('\n\njavascript:alert(1) \\<b\\>\n\n');
  });
});
