/**
 * Teams named by their place (src/link/sports-teams.ts): on a page about sport, a country or town
 * that plays ("England 362", "Bath scored", "India's captain") is its team in that sport, or no
 * link when the KB has no such team; a place in its own role ("a scan in Leeds") stays the place;
 * a word of a linked team ("City") is that team again. A small KB of real names.
 */
import { describe, expect, it } from 'vitest';
import type { Entity } from '../../../src/kb/model.ts';
import { buildLinkerIndex, createLinker } from '../../../src/link/index.ts';

const e = (x: Partial<Entity> & Pick<Entity, 'id' | 'name' | 'type'>): Entity => ({ aliases: [], description: '', prominence: 0.5, ...x });

const PLACES: Entity[] = [
  e({ id: 'place:england', name: 'England', type: 'place', country: 'GB', prominence: 0.8 }),
  e({ id: 'country:IN', name: 'India', type: 'country', country: 'IN', prominence: 0.9 }),
  e({ id: 'place:leeds', name: 'Leeds', type: 'place', country: 'GB' }),
  e({ id: 'place:manchester', name: 'Manchester', type: 'place', country: 'GB' }),
  e({ id: 'place:exeter', name: 'Exeter', type: 'place', country: 'GB' }),
];
const TEAMS: Entity[] = [
  e({ id: 'team:eng-cricket', name: 'England cricket team', type: 'sports-team', country: 'GB', description: 'National cricket team of England and Wales.', cues: ['cricket', 'test'] }),
  e({ id: 'team:eng-football', name: 'England national football team', type: 'sports-team', country: 'GB', description: 'National football team of England.', cues: ['football', 'fifa'] }),
  e({ id: 'team:ind-cricket', name: 'India national cricket team', type: 'sports-team', country: 'IN', description: 'National cricket team of India.', cues: ['cricket', 'test'] }),
  e({ id: 'team:exeter-chiefs', name: 'Exeter Chiefs', type: 'sports-team', country: 'GB', description: 'Rugby union club in Exeter.', cues: ['rugby', 'premiership'] }),
  e({ id: 'team:exeter-city', name: 'Exeter City F.C.', type: 'sports-team', country: 'GB', description: 'Football club in Exeter.', cues: ['football'], aliases: [{ text: 'Exeter City' }] }),
  e({ id: 'team:man-city', name: 'Manchester City F.C.', type: 'sports-team', country: 'GB', description: 'Football club in Manchester.', cues: ['football'], aliases: [{ text: 'Manchester City' }] }),
];

const CRICKET =
  'England 362 v India 298. India were bowled out on the second day of the Test at Headingley. ' +
  "England's first-innings lead was 64 runs when the match resumed. The seamer took four wickets on debut. " +
  "India's captain said the team would fight back. Archer had a scan in Leeds before the next match. " +
  'The crowd of fans cheered every wicket. The series is level at one match each.';

const FOOTBALL =
  'Manchester City beat Everton 3-1 in the league on Saturday. City took the lead after ten minutes through their striker. ' +
  'The goal came from a corner. The manager praised his players after the match. ' +
  'Fans in Manchester celebrated the win. The club now top the league table by a point.';

const linkerOf = (entities: Entity[]) => createLinker(buildLinkerIndex(entities));
const pairs = (entities: Entity[], text: string): [string, string][] => linkerOf(entities).link(text).map((m) => [m.quote, m.entityId]);

describe('teams named by their place', () => {
  it('a country that plays is its team in the page sport; a place after "in" stays the place', () => {
    const found = pairs([...PLACES, ...TEAMS], CRICKET);
    expect(found).toContainEqual(['England', 'team:eng-cricket']);
    expect(found).toContainEqual(['India', 'team:ind-cricket']);
    expect(found).not.toContainEqual(['England', 'team:eng-football']);
    expect(found).not.toContainEqual(['England', 'place:england']);
    expect(found).toContainEqual(['Leeds', 'place:leeds']);
  });

  it('without its team in the KB, a country that plays is not linked to the country', () => {
    const found = pairs(PLACES, CRICKET);
    expect(found.filter(([q]) => q === 'England' || q === 'India')).toEqual([]);
    expect(found).toContainEqual(['Leeds', 'place:leeds']);
  });

  it('a word of a linked club names the club again; its city after "in" is the city', () => {
    const found = pairs([...PLACES, ...TEAMS], FOOTBALL);
    expect(found).toContainEqual(['Manchester City', 'team:man-city']);
    expect(found).toContainEqual(['City', 'team:man-city']);
    expect(found).toContainEqual(['Manchester', 'place:manchester']);
  });

  it('a town that plays is the club of the sport the page is about', () => {
    const rugby =
      'Exeter 27-24 Bath. Exeter scored a try with the last move of the match. The referee sent a flanker to the sin-bin. ' +
      'The fly-half kicked three penalties. The club stay second in the Premiership after the win. ' +
      'Rugby fans at Sandy Park saw a late try settle the game.';
    expect(pairs([...PLACES, ...TEAMS], rugby)).toContainEqual(['Exeter', 'team:exeter-chiefs']);
  });

  it('off the sports pages a country is the country', () => {
    const text = 'England 362 miles of coast were surveyed. The government of India said exports rose. India were the largest buyer of oil.';
    const found = pairs([...PLACES, ...TEAMS], text);
    expect(found).toContainEqual(['India', 'country:IN']);
    expect(found.some(([, id]) => id.startsWith('team:'))).toBe(false);
  });
});
