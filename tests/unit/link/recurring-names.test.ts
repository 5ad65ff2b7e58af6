/**
 * A KB name inside a longer name the page keeps using (a site's masthead and footer, "The Kremlin
 * Courier") is part of that name, even in a Title Case line or a menu; alone it is linked
 * (src/link/longer-names.ts).
 */
import { describe, expect, it } from 'vitest';
import { buildLinkerIndex, createLinker } from '../../../src/link/index.ts';
import { MINI_KB } from './mini-kb.ts';

const linker = createLinker(buildLinkerIndex(MINI_KB));

describe('a longer name the page repeats', () => {
  it('swallows the KB name inside it; the name alone is linked', () => {
    const text =
      'The Kremlin Courier World Politics Sport Business\n' +
      'Dmitry Peskov said the Kremlin would not comment on the talks.\n' +
      'The Kremlin Courier · About us · Contact · Privacy · Terms\n';
    const kremlin = linker.link(text).filter((m) => m.entityId === 'org:kremlin');
    expect(kremlin.map((m) => text.slice(m.start - 4, m.end))).toEqual(['the Kremlin']);
  });

  it('a name that occurs once in a menu line is still linked there', () => {
    const text = 'Home World Kremlin Politics Sport Business\nDmitry Peskov said the talks would go on.\n';
    expect(linker.link(text).filter((m) => m.entityId === 'org:kremlin')).toHaveLength(1);
  });
});
