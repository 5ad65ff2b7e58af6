import { describe, expect, it } from 'vitest';
import { describe as describeSpan } from '../../../src/anchor/describe.ts';
import { findAll } from '../../../extension/content/highlights/find-again.ts';
import { statusOf, upsert } from '../../../extension/content/highlights/find-result.ts';

const PAGE = 'Intro line.\nMoscow immediately dismissed the allegations as unfounded, and the ambassador told the BBC.\nMore text follows here.';

function saved(id: string, text: string, quote: string) {
  const start = text.indexOf(quote);
  return { id, selectors: describeSpan(text, start, start + quote.length) };
}

describe('findAll', () => {
  it('places a passage where it was saved, and one that moved by its quote', () => {
    const h = saved('a', PAGE, 'dismissed the allegations');
    const moved = `An inserted paragraph at the top.\n${PAGE}`;
    expect(findAll(PAGE, [h]).placed).toEqual([{ id: 'a', start: PAGE.indexOf('dismissed'), end: PAGE.indexOf('dismissed') + 25, how: 'position' }]);
    const again = findAll(moved, [h]).placed[0];
    expect(moved.slice(again.start, again.end)).toBe('dismissed the allegations');
    expect(again.how).toBe('exact');
  });

  it('finds a passage with one word changed (fuzzy) and reports a vanished one as an orphan', () => {
    const quote = 'Moscow immediately dismissed the allegations as unfounded';
    const h = [saved('kept', PAGE, quote), saved('gone', PAGE, 'More text follows here.')];
    const changed = PAGE.replace('dismissed', 'rejected').replace('More text follows here.', 'Something else entirely, nothing alike.');
    const result = findAll(changed, h);
    expect(result.orphaned).toEqual(['gone']);
    expect(result.placed.map((p) => [p.id, p.how])).toEqual([['kept', 'fuzzy']]);
    const p = result.placed[0];
    expect(changed.slice(p.start, p.end)).toContain('rejected the allegations');
  });

  it('keeps every orphan (none dropped) when the page has no text at all', () => {
    const h = [saved('x', PAGE, 'Intro line.'), saved('y', PAGE, 'the BBC')];
    expect(findAll('', h)).toEqual({ placed: [], orphaned: ['x', 'y'] });
  });
});

describe('statusOf', () => {
  it('lists anchored and orphaned ids, sorted', () => {
    const status = statusOf({ placed: [{ id: 'b', start: 0, end: 1, how: 'exact' }, { id: 'a', start: 2, end: 3, how: 'fuzzy' }], orphaned: ['d', 'c'] });
    expect(status).toEqual({ anchored: ['a', 'b'], orphaned: ['c', 'd'] });
  });
});

describe('upsert', () => {
  it('adds a new id and replaces an existing one without duplicating it', () => {
    const list = [{ id: 'a', v: 1 }, { id: 'b', v: 1 }];
    expect(upsert(list, { id: 'c', v: 1 })).toHaveLength(3);
    const replaced = upsert(list, { id: 'a', v: 2 });
    expect(replaced.filter((h) => h.id === 'a')).toEqual([{ id: 'a', v: 2 }]);
    expect(list[0]).toEqual({ id: 'a', v: 1 }); // input untouched
  });
});
