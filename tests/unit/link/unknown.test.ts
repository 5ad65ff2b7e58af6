/**
 * Unknown-name detection (src/link/unknown): names of people, organisations and places no KB
 * entity explains, from the text alone; and the words that must never be taken for one.
 */
import { describe, expect, it } from 'vitest';
import { ordinaryEnglishWords } from '../../../src/cli/ordinary-words.ts';
import { buildLinkerIndex, createLinker } from '../../../src/link/index.ts';
import { findUnknownNames } from '../../../src/link/unknown/index.ts';
import { MINI_KB } from './mini-kb.ts';

const common = ordinaryEnglishWords();
const options = { isOrdinary: (key: string) => common.has(key) };
const detect = (text: string, linked: { start: number; end: number }[] = []) => findUnknownNames(text, linked, options);
const quotes = (text: string) => detect(text).map((m) => m.quote);
const one = (text: string, quote: string) => {
  const found = detect(text).find((m) => m.quote === quote);
  expect(found, `${quote} in ${text}`).toBeDefined();
  return found!;
};

describe('unknown names: never an ordinary word', () => {
  const negatives: [string, string][] = [
    ['The council met on Monday. However, nothing was agreed.', 'sentence openers and days'],
    ['Breaking News\nPremier League Table\nRead More\nSign In', 'page chrome in Title Case'],
    ['Council Approves New Budget For Village Hall\nThe plan was approved.', 'a Title Case headline'],
    ['Reading the ruling, the judge said it was wrong. Meanwhile the markets fell.', 'a sentence-opening verb'],
    ['Prices rose in January and fell in March. Last Week was quiet.', 'months'],
    ['She spoke English and wore a Scottish kilt at the Christian festival.', 'adjectives of language and nationality'],
    ['The Prime Minister and the Chief Executive met the Finance Director.', 'titles with no name'],
    ['WATCH LIVE: GDP data and the CEO of the year', 'capitals and acronyms with no definition'],
    ['Photo: Getty Images | Share | Comments (12)', 'credits and buttons'],
    ['Most Read\nLatest Stories\nTerms of Use\nPrivacy Policy', 'footer links'],
    ['They met in the converted Methodist chapel, where Marxism and Buddhism were debated.', 'words of a creed or doctrine'],
    ['The jury said the Conservatoire could do without her.', 'a noun capitalised after "the"'],
    ['Copyright © 2026 All Rights Reserved.\n© All rights reserved', 'a copyright line with no publisher'],
    ['Please read our Privacy Policy and sign up for your Morning Briefing. It was Game Over for them.', 'capitalised phrases after a possessive or "was"'],
    ['Photograph: Getty Images\nBy Staff Reporters\nBy the way, it rained.', 'a credit with no person and a byline with no name'],
    ['Quenlox rose. Prices fell.', 'an unknown word opening a sentence, with nothing to back it'],
  ];
  for (const [text, why] of negatives) {
    it(`marks nothing in ${why}`, () => expect(quotes(text)).toEqual([]));
  }

  it('marks nothing a KB mention covers, nor a part of a KB-linked name', () => {
    const text = 'Dominic Raab met Tom Hendry at dawn. Raab said Hendry was right.';
    const raab = [{ start: 0, end: 12 }, { start: text.lastIndexOf('Raab'), end: text.lastIndexOf('Raab') + 4 }];
    const found = detect(text, raab).map((m) => m.quote);
    expect(found).toEqual(['Tom Hendry', 'Hendry']);
  });

  it('never shows a KB entity as unknown when fed the real linker', () => {
    const linker = createLinker(buildLinkerIndex(MINI_KB));
    const text = 'Dominic Raab met the Kremlin envoy Andrei Kelin and the farmer Tom Hendry. Kelin and Raab later spoke to Hendry.';
    const kb = linker.link(text);
    const unknown = findUnknownNames(text, kb, options);
    for (const u of unknown) for (const m of kb) expect(u.end <= m.start || u.start >= m.end).toBe(true);
    expect(unknown.map((u) => u.quote)).toEqual(['Tom Hendry', 'Hendry']);
  });
});

describe('unknown names: a name the KB has is never unknown', () => {
  it('drops a name whose folded keys are a KB name or alias, even where the linker left it unlinked', () => {
    const text = 'The fans of Bath City FC cheered Tom Hendry.';
    expect(detect(text).map((m) => m.quote)).toEqual(['Bath City FC', 'Tom Hendry']);
    const kb = new Set(['bath city fc']);
    expect(findUnknownNames(text, [], { ...options, isKbName: (keys) => kb.has(keys) }).map((m) => m.quote)).toEqual(['Tom Hendry']);
  });
});

describe('unknown names: people', () => {
  it('finds a given name and surname, its appositive role and sentence, and the later surname', () => {
    const text = 'Talks stalled. Tom Hendry, the trade adviser, said the deal was close. Later Hendry left.';
    const found = detect(text);
    expect(found.map((m) => m.quote)).toEqual(['Tom Hendry', 'Hendry']);
    expect(found[1]!.name).toBe('Tom Hendry');
    expect(found[0]!.type).toBe('person');
    expect(found[0]!.evidence.role).toBe('the trade adviser');
    expect(found[0]!.evidence.sentence).toBe('Tom Hendry, the trade adviser, said the deal was close.');
  });

  it('reads a role before the name ("the chief executive, Y") and titles (Mr, Dr., Sen.)', () => {
    expect(one('The chief executive, Maria Okonkwo, declined to comment.', 'Maria Okonkwo').evidence.role).toBe('The chief executive');
    expect(one('It was left to Mr Patel to reply.', 'Patel').type).toBe('person');
    expect(one('A letter from Dr. Ahmed Siddiqui arrived.', 'Ahmed Siddiqui').evidence.reasons.join(' ')).toContain('Dr');
    expect(one('The bill was backed by Sen. Joan Whitfield on Tuesday.', 'Joan Whitfield').type).toBe('person');
  });

  it('keeps names with particles, hyphens and apostrophes whole', () => {
    expect(quotes('The report was written by Anna van der Berg and Liam O’Sullivan-Hart last year.')).toEqual(['Anna van der Berg', 'Liam O’Sullivan-Hart']);
  });

  it('takes a name made of ordinary words only when the page says it is a person', () => {
    expect(quotes('The song was Mark Brown Sugar all along.')).toEqual([]);
    expect(quotes('In the end Mark Brown said he would stay.')).toEqual(['Mark Brown']);
  });
});

describe('unknown names: organisations and places', () => {
  it('types organisations by their suffix or head', () => {
    expect(one('Shares in Golden Arrow Bakery Ltd fell.', 'Golden Arrow Bakery Ltd').type).toBe('company');
    expect(one('She studied at the University of East Wessex last year.', 'University of East Wessex').type).toBe('university');
    expect(one('A ruling by the Fenland Magistrates Court was quashed.', 'Fenland Magistrates Court').evidence.reasons[0]).toContain('Court');
    expect(one('Staff at Harwick Analytics Group were told.', 'Harwick Analytics Group').type).toBe('company');
  });

  it('links an acronym the page defines to its full name', () => {
    const found = detect('The Norfolk Rural Skills Institute (NRSI) said it would help. The NRSI has 40 staff.');
    expect(found.map((m) => [m.quote, m.name])).toEqual([
      ['Norfolk Rural Skills Institute', 'Norfolk Rural Skills Institute'],
      ['NRSI', 'Norfolk Rural Skills Institute'],
      ['NRSI', 'Norfolk Rural Skills Institute'],
    ]);
  });

  it('finds places from their cues', () => {
    expect(one('The fete was held in Little Snoring at the weekend.', 'Little Snoring').type).toBe('place');
    expect(one('Residents of the village of Upper Wallop objected.', 'Upper Wallop').type).toBe('place');
    expect(one('Kettleby, a village in Leicestershire, flooded.', 'Kettleby').type).toBe('place');
  });

  it('takes a lone capitalised word no dictionary lists, inside a sentence, for a name', () => {
    expect(quotes('The phones were assembled by Quenlox and shipped from Varnholm last week.')).toEqual(['Quenlox', 'Varnholm']);
    expect(one('Phones made by Quenlox sold.', 'Quenlox').evidence.reasons.join(' ')).toContain('no ordinary word');
  });

  it('takes the publisher from the copyright line, and the site name it gives from masthead and footer', () => {
    const found = detect('The Harbour Lantern\nHome News Sport\nA story.\nThe Harbour Lantern · About · Contact\n© 2026 Harbour Lantern Media Ltd');
    expect(found.map((m) => [m.quote, m.type])).toEqual([
      ['The Harbour Lantern', 'media'], ['The Harbour Lantern', 'media'], ['Harbour Lantern Media Ltd', 'company'],
    ]);
    // One ordinary word left after the company words is not searched for again.
    expect(quotes('The Daily Courier\nSport\n© 2026 Courier Media Group')).toEqual(['Courier Media Group']);
  });

  it('takes capitalised ordinary words inside running text for a name', () => {
    expect(quotes('They signed with Island Records in June and toured behind the Iron Curtain.')).toEqual(['Island Records', 'Iron Curtain']);
    expect(quotes('About Us · Cookie Settings\nIsland Records')).toEqual([]);
  });

  it('keeps a possessive inside a name before an ordinary word, not before another name', () => {
    expect(quotes("Pupils from St Winifred's Primary School met Bukayo Saka's coach, Arsenal's Tom Hendry.")).toEqual(["St Winifred's Primary School", 'Bukayo Saka', 'Tom Hendry']);
  });

  it('reads bylines and picture credits, even in Title Case lines, but not a heading that opens with "From"', () => {
    const found = detect('By Harriet Vale, Football Correspondent\nFrom Tom Ashcroft, Cricket Writer\nPhotograph: Rosa Keel/PA Wire\nFrom Assembly To Ecosystem\nText.');
    expect(found.map((m) => [m.quote, m.type])).toEqual([['Harriet Vale', 'person'], ['Tom Ashcroft', 'person'], ['Rosa Keel', 'person'], ['PA Wire', 'agency']]);
  });

  it("keeps a venue's possessive after a preposition, not a person's", () => {
    expect(quotes("She played at Ronnie Scott's in Soho, and later met Tom Hendry's wife.")).toEqual(["Ronnie Scott's", 'Soho', 'Tom Hendry']);
  });

  it('takes a lone word after an article only before the noun it names ("the Yaba district")', () => {
    expect(quotes('He lives in the Yaba district, but the Conservatoire could wait.')).toEqual(['Yaba']);
  });

  it('finds a known name again in a heading, but not ordinary words around it', () => {
    const found = detect('Hendry Backs Plan\nThe farmer Tom Hendry backed the plan.');
    expect(found.map((m) => m.quote)).toEqual(['Hendry', 'Tom Hendry']);
  });
});
