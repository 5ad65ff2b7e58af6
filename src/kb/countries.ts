/**
 * Country entities built from the `world-countries` package (ODbL 1.0, credited on the licences page):
 * common and official names, real alternative spellings, English demonyms.
 */
import { normalizeKey } from './keys.ts';
import countries from 'world-countries';
import type { Alias, Entity } from './model.ts';

/** Codes people actually write; every other bare ISO code in altSpellings is skipped. */
const KNOWN_CODES = new Set(['UK', 'US', 'USA', 'UAE', 'DRC', 'PRC', 'DPRK', 'ROK']);
/** Real names world-countries lacks. */
const EXTRA: Record<string, Alias[]> = {
  GB: [{ text: 'Britain', kind: 'short' }, { text: 'Great Britain', kind: 'short' }],
  US: [{ text: 'America', kind: 'short', contextDependent: true }, { text: 'U.S.', kind: 'acronym', caseSensitive: true }],
  // The English name most news still uses since the country asked to be called Türkiye; also a bird.
  TR: [{ text: 'Turkey', kind: 'short', caseSensitive: true, contextDependent: true }],
};
/** Countries international news names most; the rest get a lower default. */
export const PROMINENT = new Set(['GB', 'US', 'RU', 'UA', 'CN', 'FR', 'DE', 'CA', 'IN', 'JP', 'IR', 'IL', 'KP', 'TR', 'IT', 'BR', 'AU', 'PL', 'BY', 'SA']);

const isCode = (s: string): boolean => /^[A-Z]{2,4}$/.test(s);

function countryAliases(c: (typeof countries)[number]): Alias[] {
  const out: Alias[] = [...(EXTRA[c.cca2] ?? [])];
  if (c.name.official !== c.name.common) out.push({ text: c.name.official, kind: 'official' });
  for (const alt of c.altSpellings) {
    if (isCode(alt)) {
      if (KNOWN_CODES.has(alt)) out.push({ text: alt, kind: 'acronym', caseSensitive: true });
    } else {
      // A one-word alternative ("Island" for Iceland, "Mann" for the Isle of Man) is as often something else.
      const oneWord = !/\s/.test(alt.trim());
      out.push({ text: alt, kind: /^[\p{Script=Latin}\p{P}\p{N}\s]+$/u.test(alt) ? 'other' : 'native', ...(oneWord ? { contextDependent: true } : {}) });
    }
  }
  const eng = c.demonyms?.eng;
  for (const d of new Set([eng?.m, eng?.f])) if (d) out.push({ text: d, kind: 'demonym' });
  // "Táiwān" folds to the key of "Taiwan": a spelling the name already covers adds nothing.
  const seen = new Set([normalizeKey(c.name.common)]);
  return out.filter((a) => !seen.has(normalizeKey(a.text)) && !!seen.add(normalizeKey(a.text)));
}

function describe(c: (typeof countries)[number]): string {
  const where = c.subregion || c.region;
  const capital = c.capital?.length ? ` Capital: ${c.capital.join(', ')}.` : '';
  return `${c.independent === false ? 'Territory' : 'Country'}${where ? ` in ${where}` : ''}.${capital}`;
}

/** One entity per country, id `country:XX`. */
export function buildCountries(): Entity[] {
  return countries.map((c) => ({
    id: `country:${c.cca2}`,
    name: c.name.common,
    type: 'country' as const,
    aliases: countryAliases(c),
    description: describe(c),
    country: c.cca2,
    ids: { isoAlpha2: c.cca2, isoAlpha3: c.cca3 },
    sources: [{ label: 'world-countries (ODbL 1.0)', url: 'https://github.com/mledoze/countries' }],
    prominence: PROMINENT.has(c.cca2) ? 0.9 : 0.6,
    origin: 'shipped' as const,
  }));
}
