import { describe, expect, it } from 'vitest';
import { anchor } from '../../../src/anchor/anchor.ts';
import { describe as describeSpan } from '../../../src/anchor/describe.ts';

const ARTICLE = [
  'Officials in London said on Tuesday that a group known as APT29 had targeted several embassies.',
  'The group, which Britain attributes to Russia\'s foreign intelligence service, used fake invitations.',
  'A spokesperson for the embassy declined to comment on the allegations when contacted by reporters.',
  'Analysts said the campaign resembled earlier operations against European foreign ministries.',
].join('\n\n');

function selectorsFor(text: string, passage: string) {
  const start = text.indexOf(passage);
  if (start < 0) throw new Error('test passage not in text');
  return describeSpan(text, start, start + passage.length);
}

const PASSAGE = 'used fake invitations';

describe('anchor', () => {
  it('finds an unchanged passage at its stored position', () => {
    const selectors = selectorsFor(ARTICLE, PASSAGE);
    expect(anchor(ARTICLE, selectors)).toEqual({ ...selectors.position, how: 'position' });
  });

  it('finds moved text by its quote when the position hint is stale', () => {
    const selectors = selectorsFor(ARTICLE, PASSAGE);
    const edited = `BREAKING: a new paragraph was inserted at the top of the page.\n\n${ARTICLE}`;
    const found = anchor(edited, selectors);
    expect(found?.how).toBe('exact');
    expect(edited.slice(found!.start, found!.end)).toBe(PASSAGE);
  });

  it('picks the right one of repeated quotes by context, not just proximity', () => {
    const text = 'Alpha said no. Beta said no. Gamma said no.';
    const start = text.indexOf('said no', text.indexOf('Gamma'));
    const selectors = describeSpan(text, start, start + 7);
    // The page grew at the top so the old offset now points near the *first* occurrence.
    const shifted = { ...selectors, position: { start: 6, end: 13 } };
    const found = anchor(text, shifted);
    expect(found).toEqual({ start, end: start + 7, how: 'exact' });
  });

  it('finds slightly edited text fuzzily', () => {
    const passage = 'which Britain attributes to Russia\'s foreign intelligence service';
    const selectors = selectorsFor(ARTICLE, passage);
    const edited = ARTICLE.replace('Russia\'s foreign intelligence service', 'Russia\u2019s Foreign Intelligence Service (SVR)');
    const found = anchor(edited, selectors);
    expect(found?.how).toBe('fuzzy');
    const hit = edited.slice(found!.start, found!.end);
    expect(hit.startsWith('which Britain attributes')).toBe(true);
    expect(hit).toContain('Intelligence Serv');
  });

  it('returns null when the passage is gone', () => {
    const selectors = selectorsFor(ARTICLE, 'A spokesperson for the embassy declined to comment on the allegations');
    const without = ARTICLE.split('\n\n').filter((p) => !p.startsWith('A spokesperson')).join('\n\n');
    expect(anchor(without, selectors)).toBeNull();
    expect(anchor('', selectors)).toBeNull();
  });

  it('anchors without a position hint (imported W3C annotations)', () => {
    const { quote } = selectorsFor(ARTICLE, PASSAGE);
    const found = anchor(ARTICLE, { quote });
    expect(found?.how).toBe('exact');
    expect(ARTICLE.slice(found!.start, found!.end)).toBe(PASSAGE);
  });

  it('finds an edited passage (fuzzy) at the end of a long page', () => {
    const long = `${'Unrelated filler text about markets and weather. '.repeat(4000)}${ARTICLE}`;
    const selectors = selectorsFor(ARTICLE, 'Analysts said the campaign resembled earlier operations');
    const edited = long.replace('resembled earlier', 'closely resembled earlier');
    const found = anchor(edited, selectors);
    expect(found?.how).toBe('fuzzy');
    expect(edited.slice(found!.start, found!.end)).toContain('closely resembled earlier');
  });
});
