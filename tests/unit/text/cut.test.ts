/** Cutting a long run of text where no name can be cut in two. */
import { describe, expect, it } from 'vitest';
import { safeCut } from '../../../src/text/cut.ts';

describe('safeCut', () => {
  it('cuts after a sentence end in the stretch asked', () => {
    const text = 'Dominic Raab met NATO officials. The Kremlin denied it. Dmitry Peskov said so.';
    const cut = safeCut(text, 20, 60);
    expect(text.slice(0, cut)).toBe('Dominic Raab met NATO officials. The Kremlin denied it. ');
  });

  it('never cuts after a short abbreviation or initial, which may stand before a name', () => {
    const text = 'Foreign Secretary Mr. Raab and Gen. Valery Gerasimov met U.S. officials';
    // No sentence end here: the cut falls before a lower-case word instead.
    const cut = safeCut(text, 10, 40);
    expect(cut).toBeGreaterThan(0);
    expect(text.slice(cut)).toMatch(/^\p{Ll}/u);
    expect(text.slice(0, cut)).toBe('Foreign Secretary Mr. Raab ');
  });

  it('never cuts before a name particle', () => {
    const text = 'Commission President Ursula von der Leyen Emmanuel Macron';
    expect(safeCut(text, 0, 50)).toBe(-1);
  });

  it('gives -1 when the stretch has no safe place', () => {
    expect(safeCut('Dominic Raab Boris Johnson Liz Truss', 5, 30)).toBe(-1);
  });
});
