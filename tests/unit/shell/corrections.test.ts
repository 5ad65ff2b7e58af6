import { describe, expect, it } from 'vitest';
import { coveredBy } from '../../../extension/content/card/page-actions.ts';
import type { PageMention } from '../../../extension/content/types.ts';
import { correctionKey, linkKey } from '../../../extension/shared/corrections.ts';

const mention = (entityId: string, quote: string) => ({ entityId, quote }) as PageMention;

describe('the one correction key', () => {
  it('folds the quote as the KB folds names, and keeps entity and site apart', () => {
    expect(linkKey('wd:Q1', 'Dominic  RAAB')).toBe(linkKey('wd:Q1', 'dominic raab'));
    expect(linkKey('wd:Q1', 'Raab')).not.toBe(linkKey('wd:Q2', 'Raab'));
    expect(correctionKey('a.example', 'wd:Q1', 'Raab')).toBe(`a.example|${linkKey('wd:Q1', 'RAAB')}`);
    expect(correctionKey('a.example', 'wd:Q1', 'Raab')).not.toBe(correctionKey('b.example', 'wd:Q1', 'Raab'));
  });

  it('the card takes off exactly the marks the stored correction will suppress', () => {
    const all = [mention('wd:Q1', 'Raab'), mention('wd:Q1', 'RAAB'), mention('wd:Q1', 'Dominic  Raab'), mention('wd:Q2', 'Raab')];
    const covered = coveredBy(all[0] as PageMention, all);
    expect(covered).toEqual(all.filter((m) => linkKey(m.entityId, m.quote) === linkKey('wd:Q1', 'raab')));
    expect(covered).toHaveLength(2);
  });
});
