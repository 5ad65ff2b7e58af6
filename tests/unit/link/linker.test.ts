import { describe, expect, it } from 'vitest';
import { buildLinkerIndex, createLinker, type Mention } from '../../../src/link/index.ts';
import { MINI_KB } from './mini-kb.ts';

const linker = createLinker(buildLinkerIndex(MINI_KB));
const links = (text: string): [string, string, string][] => linker.link(text).map((m: Mention) => [m.quote, m.entityName, m.how]);
const linked = (text: string, quote: string): Mention | undefined => linker.link(text).find((m) => m.quote === quote);

describe('alias matching', () => {
  it('links names and aliases on word boundaries with offsets into the text', () => {
    const text = 'Hackers from Cozy Bear struck; the Kremlin denied it.';
    const mentions = linker.link(text);
    expect(mentions.map((m) => [m.quote, m.entityId])).toEqual([['Cozy Bear', 'attack:G0016'], ['Kremlin', 'org:kremlin']]);
    for (const m of mentions) expect(text.slice(m.start, m.end)).toBe(m.quote);
  });
  it('folds British spelling, possessives and odd apostrophes', () => {
    expect(links("Britain´s exit and the Labor Party's plans")).toEqual([
      ['Britain', 'United Kingdom', 'alias'],
      ['Labor Party', 'Labour Party', 'variant'],
    ]);
  });
  it('needs capitals where the name has them, and exact case for acronyms', () => {
    expect(links('the kremlin wall and a cozy bear')).toEqual([]);
    expect(links('we ate at the Ncsc canteen')).toEqual([]);
    expect(linked('Bear markets fell.', 'Bear')).toBeUndefined();
  });
  it('demonyms set the scene but are not marked', () => {
    expect(links('A British official and a Russian diplomat met.')).toEqual([]);
  });
});

describe('context-dependent aliases', () => {
  it('links DAX to the index in a market report', () => {
    expect(linked('The DAX rose 2 per cent to 15,000 points as shares in Frankfurt rallied.', 'DAX')?.entityId).toBe('index:dax');
  });
  it('does not link a common-word alias without support', () => {
    expect(linked('Play resumed after the rain delay.', 'Play')).toBeUndefined();
    expect(linked('Ransomware group Play claimed the attack on the hospital network.', 'Play')?.entityId).toBe('attack:G9999');
  });
  it('lets context choose between two agencies with one acronym', () => {
    expect(linked('The British NCSC said UK networks were targeted.', 'NCSC')?.entityId).toBe('agency:ncsc-gb');
    expect(linked('The American NCSC, part of the US intelligence community, warned.', 'NCSC')?.entityId).toBe('agency:ncsc-us');
  });
});

describe('spelling variants of people', () => {
  it('matches transliterated given names', () => {
    expect(linked('Russian presidential spokesman Dimitri Peskov said.', 'Dimitri Peskov')).toMatchObject({ entityName: 'Dmitry Peskov', how: 'variant' });
    expect(linked('former Russian agent Sergey Skripal', 'Sergey Skripal')?.entityName).toBe('Sergei Skripal');
  });
  it('matches sound-alike surnames when the context speaks for the person', () => {
    expect(linked('British Foreign Secretary Dominic Rapp said it was unacceptable.', 'Dominic Rapp')).toMatchObject({ entityName: 'Dominic Raab', how: 'phonetic' });
    expect(linked('The opposition Labour leader Jeremy Corbin said.', 'Jeremy Corbin')?.entityName).toBe('Jeremy Corbyn');
  });
  it('never matches a different given name or a lower-case word', () => {
    expect(links('Julius Raab, the Austrian chancellor, signed the treaty.').map((l) => l[1])).not.toContain('Dominic Raab');
    expect(links('British Foreign Secretary Dominic Raab likes rap music.').filter((l) => l[0] === 'rap')).toEqual([]);
    expect(links('Dominic Rapp, a baker from Ohio, opened a shop.')).toEqual([]);
  });
  it('explains how a mention matched', () => {
    expect(linked('British Foreign Secretary Dominic Rapp said so.', 'Dominic Rapp')?.explanation).toBe('matched "Dominic Rapp" as a sound-alike spelling of Dominic Raab');
  });
});

describe('code-like names', () => {
  it('matches one wrong letter when the context is about the entity', () => {
    expect(linked('The hacker group IPT29 attacked vaccine research.', 'IPT29')).toMatchObject({ entityName: 'APT29', how: 'fuzzy' });
    expect(linked('a vaccine against SARS-Cove 2 is being researched', 'SARS-Cove 2')?.entityName).toBe('SARS-CoV-2');
  });
  it('keeps digits exact and needs context for a near miss', () => {
    expect(linked('The hacker group APT28 attacked.', 'APT28')?.entityName).toBe('APT28');
    expect(links('The IPT29 form is due on Friday.')).toEqual([]);
    expect(links('Hackers of group APT27 struck.')).toEqual([]);
  });
});

describe('organisation names in other words', () => {
  it('matches reordered, translated and country-qualified names', () => {
    expect(linked("the UK's National Center for Cyber Security said", 'National Center for Cyber Security')?.entityId).toBe('agency:ncsc-gb');
    expect(linked('The National Center for British Electronic Security confirmed it.', 'National Center for British Electronic Security')?.entityId).toBe('agency:ncsc-gb');
  });
  it('rejects a country adjective that contradicts the entity', () => {
    expect(links('The National Center for Russian Cyber Security confirmed it.').map((l) => l[1])).not.toContain('National Cyber Security Centre');
  });
});

describe('names the page gives', () => {
  it('links every name of a "known as" list to the one it knows, over a look-alike', () => {
    const text = 'The pirate group "is known as IPT29" as well as "DAX" and "Cozy Bear", and works for Russian intelligence.';
    expect(links(text)).toEqual([
      ['IPT29', 'APT29', 'fuzzy'],
      ['DAX', 'APT29', 'appositive'],
      ['Cozy Bear', 'APT29', 'alias'],
    ]);
  });
  it('links a parenthetical acronym, and the acronym again later', () => {
    const text = 'The National Cyber Security Centre (NCSC) warned. Later the NCSC repeated it.';
    expect(linker.link(text).filter((m) => m.quote === 'NCSC').map((m) => m.entityId)).toEqual(['agency:ncsc-gb', 'agency:ncsc-gb']);
  });
});

describe('coreference', () => {
  it('links surnames and initials back to the full name on the page', () => {
    const text = 'Andrei Kelin, the ambassador, spoke. "Nothing," said Kelin. It was said by A. Kelin.';
    expect(links(text)).toEqual([
      ['Andrei Kelin', 'Andrei Kelin', 'exact'],
      ['Kelin', 'Andrei Kelin', 'coreference'],
      ['A. Kelin', 'Andrei Kelin', 'coreference'],
    ]);
  });
  it('follows a garbled full name to its garbled surname', () => {
    expect(links('Labour leader Jeremy Corbin said. Corbin considered it a conspiracy.').slice(-1)).toEqual([['Corbin', 'Jeremy Corbyn', 'coreference']]);
  });
  it('leaves a surname alone when it refers back to someone else', () => {
    expect(links('Julius Raab, the Austrian chancellor, signed. Raab said Austria was free.').map((l) => l[1])).not.toContain('Dominic Raab');
  });
  it('rejects an initial that contradicts the given name', () => {
    expect(links('Andrei Kelin spoke. Then B. Kelin, his cousin, left.').map((l) => l[0])).not.toContain('B. Kelin');
  });
  it('links a lone surname to a prominent person only when the page is about their world', () => {
    const uk = 'The United Kingdom and Britain accused Russia. The UK foreign secretary spoke. Raab said the UK would act.';
    expect(linked(uk, 'Raab')?.entityName).toBe('Dominic Raab');
    expect(linked('The band played on. Raab said the guitar was new.', 'Raab')).toBeUndefined();
  });
});

describe('given names', () => {
  it('treats romanisations as one name but not names of another gender', async () => {
    const { sameGivenName } = await import('../../../src/link/name-keys.ts');
    expect(sameGivenName('volodimir', 'volodymyr')).toBe(true);
    expect(sameGivenName('dimitri', 'dmitry')).toBe(true);
    expect(sameGivenName('aleksandr', 'alexander')).toBe(true);
    expect(sameGivenName('maria', 'mario')).toBe(false);
    expect(sameGivenName('dominic', 'dmitry')).toBe(false);
    expect(sameGivenName('marc', 'mark')).toBe(true);
    expect(sameGivenName('julia', 'yulia')).toBe(true);
    // Listed spellings keep to their own group though their keys collide (julia, ilya).
    expect(sameGivenName('julia', 'ilya')).toBe(false);
    expect(sameGivenName('jelena', 'olena')).toBe(true);
  });
});
