import { describe, expect, it } from 'vitest';
// @ts-expect-error -- plain ESM importer helper without type declarations
import { cleanText } from '../../../scripts/kb-import/lib.mjs';

/** What the Wikipedia {{frac}} template leaves in text copied from a rendered page. */
const FRAC_CSS = '.mw-parser-output .frac{white-space:nowrap}.mw-parser-output .frac .num,.mw-parser-output .frac .den{font-size:80%;line-height:0;vertical-align:super}'
  + '.mw-parser-output .frac .den{vertical-align:sub}.mw-parser-output .sr-only{border:0;clip:rect(0,0,0,0);height:1px;margin:-1px;overflow:hidden;padding:0;position:absolute;width:1px}';

describe('cleanText (bulk importers)', () => {
  it('drops MediaWiki TemplateStyles CSS and joins the fraction it styled', () => {
    expect(cleanText(`Naked Gun ${FRAC_CSS}33+1⁄3: The Final Insult`)).toBe('Naked Gun 33⅓: The Final Insult');
    expect(cleanText(`Track ${FRAC_CSS}9+5⁄7`)).toBe('Track 9 5/7');
  });

  it('decodes named and numeric HTML entities once', () => {
    expect(cleanText('News &amp; Messenger')).toBe('News & Messenger');
    expect(cleanText('Crain&#39;s &quot;Detroit&#x22;&nbsp;Business')).toBe('Crain\'s "Detroit" Business');
    expect(cleanText('AT&amp;amp;T')).toBe('AT&amp;T');
    expect(cleanText('R&D &unknown; Lab')).toBe('R&D &unknown; Lab');
  });

  it('collapses white space and leaves clean text as it is', () => {
    expect(cleanText('  The  feast\tof lanterns ')).toBe('The feast of lanterns');
    for (const t of ['The Naked Gun 2½: The Smell of Fear', 'Procter & Gamble', '1+1 Media']) expect(cleanText(t)).toBe(t);
  });
});
