/**
 * General mechanisms for names garbled by translation and for look-alikes: romanised háček
 * letters, je/ye and c/k spellings, sound-alike initials and given names, one-letter surname
 * slips, threat-actor nicknames that are ordinary words, surnames of people we do not know.
 */
import { describe, expect, it } from 'vitest';
import { isPlainNickname } from '../../../src/kb/alias-rules.ts';
import type { Entity } from '../../../src/kb/model.ts';
import { buildLinkerIndex, createLinker } from '../../../src/link/index.ts';
import { nameKey, phoneticKey, romanKey, ROMANISATION, soundAlikeGivenName, surnameSimilarity, translitKey } from '../../../src/link/name-keys.ts';
import { americanise } from '../../../src/text/normalize.ts';
import { scanTokens } from '../../../src/text/tokens.ts';
import { MINI_KB } from './mini-kb.ts';

const linker = createLinker(buildLinkerIndex(MINI_KB));
const quotes = (text: string, name: string): string[] => linker.link(text).filter((m) => m.entityName === name).map((m) => m.quote);
const UK = 'The United Kingdom and Britain accused Russia. The UK foreign secretary spoke.';

describe('name keys', () => {
  it('tells another romanisation from a surname only alike', () => {
    expect(surnameSimilarity('zelenski', 'zelenskyy')).toBe(ROMANISATION);
    expect(surnameSimilarity('poutine', 'putin')).toBe(ROMANISATION);
    expect(surnameSimilarity('schulz', 'scholz')).toBeLessThan(ROMANISATION);
    expect(surnameSimilarity('ritt', 'rutte')).toBeLessThan(ROMANISATION);
    expect(translitKey('shmygal')).toBe(translitKey('shmyhal'));
    expect(romanKey('gill')).not.toBe(romanKey('hill'));
    expect(phoneticKey('selenskyj')).toBe(phoneticKey('zelenskyy'));
  });
  it('romanises háček letters as English does before folding accents away', () => {
    const tokens = scanTokens('Sergej Šojgu and Ždanov');
    expect(nameKey(tokens, 1)).toBe('shojgu');
    expect(nameKey(tokens, 3)).toBe('zhdanov');
    expect(nameKey(tokens, 0)).toBe('sergej');
  });
  it('lets initials a translation confuses meet when the names sound the same', () => {
    expect(surnameSimilarity('butin', 'putin')).toBeGreaterThan(0.8);
    // The same sound one letter off (a final German z spelt tz), not another romanisation: it needs evidence of who is meant.
    expect(surnameSimilarity('scholtz', 'scholz')).toBe(0.85);
    expect(surnameSimilarity('martin', 'putin')).toBe(0);
    expect(soundAlikeGivenName('fladimir', 'vladimir')).toBe(true);
    expect(soundAlikeGivenName('emanuel', 'emmanuel')).toBe(true);
    expect(soundAlikeGivenName('mario', 'maria')).toBe(false);
  });
  it('reads an initial je before a consonant as ye, and a hard c as k', () => {
    expect(romanKey('jermak')).toBe(romanKey('yermak'));
    expect(romanKey('jewgeni')).toBe(romanKey('yevgeni'));
    expect(romanKey('jeon')).not.toBe(romanKey('yeon')); // two Korean surnames
    expect(romanKey('marc')).toBe(romanKey('mark'));
    expect(romanKey('victor')).toBe(romanKey('viktor'));
    expect(romanKey('marcel')).not.toBe(romanKey('markel')); // soft c
    expect(romanKey('tsar')).not.toBe(romanKey('kar')); // a c made from ts stays ts
  });
  it('folds the British spelling of cozy', () => {
    expect(americanise('cosy')).toBe('cozy');
  });
});

describe('threat-actor nicknames', () => {
  const actor = { id: 'attack:G1', name: 'X', type: 'threat-actor', aliases: [], description: '' } as Entity;
  it('reads plain-word nicknames as needing context, codes and group names not', () => {
    expect(isPlainNickname(actor, 'Cozy Bear')).toBe(true);
    expect(isPlainNickname(actor, 'Lazarus')).toBe(true);
    expect(isPlainNickname(actor, 'Guardians of Peace')).toBe(true);
    expect(isPlainNickname(actor, 'APT29')).toBe(false);
    expect(isPlainNickname(actor, 'CozyDuke')).toBe(false);
    expect(isPlainNickname(actor, 'Lazarus Group')).toBe(false);
    expect(isPlainNickname({ ...actor, type: 'organization' }, 'Cozy Bear')).toBe(false);
  });
});

describe('surnames of other people', () => {
  it('leaves a surname right after an unknown given name alone, and its later mentions', () => {
    expect(quotes(`${UK} Esther Raab said the UK would act. Raab left.`, 'Dominic Raab')).toEqual([]);
  });
  it('still reads a title before a surname as a title', () => {
    expect(quotes(`${UK} Foreign Secretary Raab said the UK would act.`, 'Dominic Raab')).toEqual(['Raab']);
  });
  it('links every mention of a surname once the page has shown who it is', () => {
    expect(quotes(`${UK} Raab said the UK would act. It is Raab who decides.`, 'Dominic Raab')).toEqual(['Raab', 'Raab']);
  });
});
