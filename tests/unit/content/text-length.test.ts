import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { textLengthUpTo } from '../../../extension/content/session.ts';

describe('textLengthUpTo', () => {
  const { document } = parseHTML('<html><body><main><p>abc</p><p>defgh</p><ul><li>ij</li></ul></main></body></html>');
  const main = document.querySelector('main') as unknown as Node;
  it('counts all text under a root when it is under the limit', () => {
    expect(textLengthUpTo(main, 100)).toBe(10);
  });
  it('stops counting once past the limit (a big <main> is not read whole)', () => {
    expect(textLengthUpTo(main, 4)).toBe(8);
    expect(textLengthUpTo(main, 1)).toBe(3);
  });
});
