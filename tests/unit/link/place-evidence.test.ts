/**
 * Places by the page's evidence (src/link/place-evidence.ts): shared town names link when the
 * words around them say which place is meant (a qualifier of the same country, an office held for
 * it, a dateline, a preposition on a page of its country, a prominent place leading its
 * namesakes), and stay unlinked where the page is silent or the word is something else.
 */
import { describe, expect, it } from 'vitest';
import { applyAliasRules } from '../../../src/kb/alias-rules.ts';
import type { Entity } from '../../../src/kb/model.ts';
import { buildLinkerIndex, createLinker } from '../../../src/link/index.ts';
import { MINI_KB } from './mini-kb.ts';

const place = (id: string, name: string, country: string, prominence: number, cues?: string[]): Entity =>
  ({ id, name, type: 'place', country, prominence, aliases: [], description: 'From a registry.', layer: 'bulk', ...(cues ? { cues } : {}) });

const PLACES: Entity[] = [
  place('gb:kendal', 'Kendal', 'GB', 0.25),
  place('us:kendal', 'Kendal', 'US', 0.2),
  place('gb:cumbria', 'Cumbria', 'GB', 0.37, ['county', 'region']),
  place('gb:bangor', 'Bangor', 'GB', 0.2),
  place('us:bangor', 'Bangor', 'US', 0.25),
  place('us:maine', 'Maine', 'US', 0.43, ['state', 'region']),
  place('us:maine-town', 'Maine', 'US', 0.07),
  place('gb:tiverton', 'Tiverton', 'GB', 0.21),
  place('us:tiverton', 'Tiverton', 'US', 0.2),
  place('gb:exeter', 'Exeter', 'GB', 0.35),
  place('us:exeter', 'Exeter', 'US', 0.15),
  place('gb:kent', 'Kent', 'GB', 0.45, ['county', 'region']),
  place('us:kent', 'Kent', 'US', 0.3),
  place('us:seattle', 'Seattle', 'US', 0.44),
  place('us:seattle-small', 'Seattle', 'US', 0.03),
  place('gb:bath', 'Bath', 'GB', 0.31),
  place('ng:lagos', 'Lagos', 'NG', 0.6),
  place('de:zwickau', 'Zwickau', 'DE', 0.31),
  place('us:baxter', 'Baxter', 'US', 0.12),
  place('gb:stockport', 'Stockport', 'GB', 0.38),
  place('us:stockport', 'Stockport', 'US', 0.05),
  place('ng:lekki', 'Lekki', 'NG', 0.4),
  place('pt:lagos', 'Lagos', 'PT', 0.2),
];
const entities = [...MINI_KB, ...PLACES].map((e) => ({ ...e, aliases: e.aliases.map((a) => ({ ...a })) }));
applyAliasRules(entities, new Set(['bath', 'reading', 'maine']));
const linker = createLinker(buildLinkerIndex(entities));
const ids = (text: string): [string, string][] => linker.link(text).map((m) => [m.quote, m.entityId]);

describe('places by the evidence around them', () => {
  it('"X in Y" and "X, Y": two places of one country qualify each other', () => {
    expect(ids('Flooding hit Kendal in Cumbria overnight.')).toEqual([['Kendal', 'gb:kendal'], ['Cumbria', 'gb:cumbria']]);
    expect(ids('The airport in Bangor, Maine, reopened on Monday.')).toEqual([['Bangor', 'us:bangor'], ['Maine', 'us:maine']]);
  });

  it('an office held for a place names it: "the senator for Maine"', () => {
    expect(ids('The senator for Maine voted against the bill.')).toEqual([['Maine', 'us:maine']]);
  });

  it("a preposition of place on a page of the place's country: the page's country chooses among namesakes", () => {
    const text = 'Britain faces more storms, the UK forecaster said. British insurers expect claims. Teams will inspect defences at Exeter and Tiverton.';
    expect(ids(text).filter(([q]) => q === 'Exeter' || q === 'Tiverton')).toEqual([['Exeter', 'gb:exeter'], ['Tiverton', 'gb:tiverton']]);
  });

  it('where the page is silent, a small shared town stays unlinked and a prominent one leading its namesakes links', () => {
    expect(ids('Defences at Tiverton were inspected.')).toEqual([]);
    expect(ids('Similar trials are under way in Seattle, where schools start later.')).toEqual([['Seattle', 'us:seattle']]);
  });

  it("a dateline's place is the place: the most prominent of its name", () => {
    expect(ids('LAGOS (Reuters) — Fuel prices fell on Monday.')).toContainEqual(['LAGOS', 'ng:lagos']);
  });

  it('a preposition before the only thing the KB knows by that name: a town of 20,000 or more', () => {
    expect(ids('Workers will move to the plant in Zwickau next year.')).toEqual([['Zwickau', 'de:zwickau']]);
    expect(ids('Workers will move to the plant in Baxter next year.')).toEqual([]);
  });

  it('"<place>\'s MP" and "the <place> peninsula" say the name is a place', () => {
    expect(ids("Stockport's MP welcomed the plan.")).toEqual([['Stockport', 'gb:stockport']]);
    expect(ids('The refinery stands on the Lekki peninsula.')).toEqual([['Lekki', 'ng:lekki']]);
  });

  it("a person's name before the comma qualifies nothing: \"Rob Baxter, Exeter's director\"", () => {
    expect(ids("Rob Baxter, Exeter's director of rugby, was proud.")).toEqual([]);
  });

  it('a repeat of a linked place is the same place', () => {
    const text = 'Flooding hit Kendal in Cumbria. Roads north of Kendal were closed overnight.';
    expect(ids(text).filter(([q]) => q === 'Kendal')).toEqual([['Kendal', 'gb:kendal'], ['Kendal', 'gb:kendal']]);
  });

  it('look-alikes stay unlinked: a speaker, "the" before the name, a word the page writes in lower case, a longer name', () => {
    const uk = 'Britain and the UK and British voters. ';
    expect(ids(`${uk}Kent said the figures were wrong.`).filter(([q]) => q === 'Kent')).toEqual([]);
    expect(ids(`${uk}Mr Kent disagreed, and the Kent declined too.`).filter(([q]) => q === 'Kent')).toEqual([]);
    expect(ids(`${uk}Bath night was Friday, and a hot bath was a treat.`).filter(([q]) => q === 'Bath')).toEqual([]);
    expect(ids(`${uk}Kendal Mint Cake sold well in Kent shops.`).filter(([q]) => q === 'Kendal')).toEqual([]);
  });
});
