import { describe, expect, it } from 'vitest';
import { isTrackingParam, normalisePageUrl } from '../../../src/anchor/url.ts';

describe('normalisePageUrl', () => {
  it('drops the fragment and tracking parameters, keeping the rest in order and encoding', () => {
    expect(normalisePageUrl('https://News.Example.COM:443/World/Story?b=2&utm_source=tw&a=x%20y&fbclid=abc&UTM_Medium=m#comments'))
      .toBe('https://news.example.com/World/Story?b=2&a=x%20y');
    expect(normalisePageUrl('https://ex.com/a?gclid=1&mc_cid=2&mc_eid=3&ocid=4&igshid=5&_ga=6&ref_src=7'))
      .toBe('https://ex.com/a');
    expect(normalisePageUrl('https://ex.com/a?id=7&ref=home')).toBe('https://ex.com/a?id=7&ref=home');
  });

  it('honours a same-site canonical link, relative or absolute, and normalises it too', () => {
    expect(normalisePageUrl('https://m.ex.com/amp/story-1?utm_campaign=x', '/story-1')).toBe('https://m.ex.com/story-1');
    expect(normalisePageUrl('https://m.ex.com/amp/story-1', 'https://www.ex.com/story-1#top')).toBe('https://www.ex.com/story-1');
  });

  it('ignores a cross-site or non-http canonical', () => {
    expect(normalisePageUrl('https://ex.com/story', 'https://attacker.example/other')).toBe('https://ex.com/story');
    expect(normalisePageUrl('https://ex.com/story', 'javascript:alert(1)')).toBe('https://ex.com/story');
    expect(normalisePageUrl('https://notex.com/story', 'https://ex.com/story')).toBe('https://notex.com/story');
  });

  it('is idempotent and leaves unparseable input alone', () => {
    const once = normalisePageUrl('https://ex.com/a?x=1&utm_term=z#f');
    expect(normalisePageUrl(once)).toBe(once);
    expect(normalisePageUrl('  not a url ')).toBe('not a url');
  });

  it('knows tracking names case-insensitively', () => {
    expect(isTrackingParam('utm_content')).toBe(true);
    expect(isTrackingParam('FBCLID')).toBe(true);
    expect(isTrackingParam('page')).toBe(false);
  });
});
