/**
 * Capital-city entities built from the `world-countries` package (ODbL 1.0, like the countries), id
 * `place:<slug>`. A capital the curated sources already describe (London, "Washington, D.C.") takes the
 * curated entry's id (`adoptIds`), so the compiler merges the curated fields over it instead of duplicating it.
 */
import countries from 'world-countries';
import type { Alias, Entity } from './model.ts';
import { normalizeKey, slugify } from './keys.ts';
import { PROMINENT } from './countries.ts';

type Country = (typeof countries)[number];

/** Capitals whose name, on its own, more often means something else (a person, another city, a word). */
const AMBIGUOUS = new Set(['victoria', 'kingston', 'santiago', 'san jose', 'panama city', 'saint john s', 'st john s', 'nassau',
  'wellington', 'sofia', 'sucre', 'male', 'georgetown', 'hamilton', 'douglas', 'stanley', 'jamestown', 'george town', 'plymouth',
  'the valley', 'the bottom', 'west island', 'saint denis', 'san juan', 'city of victoria', 'road town', 'saint pierre', 'avarua']);
/** Territories whose capitals news names as plainly as a country's. */
const WELL_KNOWN_TERRITORY = new Set(['TW', 'PS', 'XK', 'HK', 'PR']);
/** Capitals whose status is disputed get our own neutral wording. */
const DESCRIPTIONS: Record<string, string> = {
  ramallah: 'City in the West Bank, seat of the Palestinian Authority.',
  jerusalem: 'City that Israel holds as its capital; its status is disputed internationally, and Palestinians claim East Jerusalem as the capital of a Palestinian state.',
};
const THE = /^(United|Czech|Dominican|Central African|Marshall|Solomon|Cayman|Bahamas|Gambia|Netherlands|Philippines|Comoros|Maldives|Seychelles|Democratic|Republic)/;

const plain = (s: string): string => s.normalize('NFKD').replace(/\p{M}+/gu, '');
const countryName = (c: Country): string => (THE.test(c.name.common) ? `the ${c.name.common}` : c.name.common);

function describe(c: Country, capital: string): string {
  const special = DESCRIPTIONS[normalizeKey(capital)];
  if (special) return special;
  const one = c.capital.length > 1 ? 'One of the capitals' : 'Capital';
  const territory = c.independent === false && !WELL_KNOWN_TERRITORY.has(c.cca2);
  return `${one} of ${territory ? 'the territory of ' : ''}${countryName(c)}.`;
}

function aliasesOf(capital: string, ambiguous: boolean): Alias[] {
  const out: Alias[] = [];
  // The flag sits on an alias equal to the name, which the linker merges into the name.
  if (ambiguous) out.push({ text: capital, contextDependent: true, caseSensitive: true });
  if (plain(capital) !== capital) out.push({ text: plain(capital), kind: 'other', ...(ambiguous ? { contextDependent: true, caseSensitive: true } : {}) });
  return out;
}

/** One entity per capital of every country and territory; ids are suffixed with the country code when two capitals share a slug. */
export function buildCapitals(): Entity[] {
  const pairs = countries.flatMap((c) => (c.capital ?? [])
    // A city-state's capital is the country itself (Singapore, Monaco): the country entity stands for it.
    .filter((cap) => normalizeKey(cap) !== normalizeKey(c.name.common))
    .map((cap) => ({ c, cap })));
  const slugCount = new Map<string, number>();
  for (const { cap } of pairs) slugCount.set(slugify(cap), (slugCount.get(slugify(cap)) ?? 0) + 1);
  return pairs.map(({ c, cap }) => {
    const slug = slugify(cap);
    const territory = c.independent === false && !WELL_KNOWN_TERRITORY.has(c.cca2);
    const ambiguous = territory || AMBIGUOUS.has(normalizeKey(cap));
    return {
      id: `place:${(slugCount.get(slug) ?? 0) > 1 ? `${slug}-${c.cca2.toLowerCase()}` : slug}`,
      name: cap,
      type: 'place' as const,
      aliases: aliasesOf(cap, ambiguous),
      description: describe(c, cap),
      country: c.cca2,
      relations: [{ type: 'capital-of', target: `country:${c.cca2}` }],
      sources: [{ label: 'world-countries (ODbL 1.0)', url: 'https://github.com/mledoze/countries' }],
      prominence: PROMINENT.has(c.cca2) ? 0.7 : territory ? 0.25 : 0.5,
      cues: ['capital', 'city', c.name.common.toLowerCase()],
      origin: 'shipped' as const,
    };
  });
}

/** Maps `XX|key` of every place name and alias to the place's id. */
function placeIndex(entities: Iterable<Entity>): Map<string, string> {
  const index = new Map<string, string>();
  for (const e of entities) {
    if (e.type !== 'place') continue;
    for (const text of [e.name, ...e.aliases.map((a) => a.text)]) index.set(`${e.country ?? ''}|${normalizeKey(text)}`, e.id);
  }
  return index;
}

/**
 * Gives each generated capital that a sourced place of the same country already names that place's id;
 * a capital whose own id a source uses for another place gets its country code appended instead.
 */
export function adoptIds(capitals: Entity[], sourced: Entity[]): Entity[] {
  const index = placeIndex(sourced);
  const ids = new Set(sourced.map((e) => e.id));
  return capitals.map((cap) => {
    const known = index.get(`${cap.country}|${normalizeKey(cap.name)}`);
    if (known) return { ...cap, id: known };
    return ids.has(cap.id) ? { ...cap, id: `${cap.id}-${cap.country!.toLowerCase()}` } : cap;
  });
}
