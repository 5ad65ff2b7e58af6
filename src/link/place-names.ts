/**
 * A place named with the state or province it lies in: "Odessa, Texas", "Moscow, Idaho",
 * "Athens, Georgia", "London, Ontario". A US state or Canadian province after a comma says the
 * place is that country's namesake, not the KB's city of another country: both matches go
 * (the region too, since "Georgia" there is no country).
 */
import type { LinkState } from './state.ts';

/** Folded names of US states and Canadian provinces → country, by their first word; multi-word ones spelt out. */
const REGIONS = new Map<string, [string[], string][]>();
const US = 'alabama alaska arizona arkansas california colorado connecticut delaware florida georgia hawaii idaho illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota mississippi missouri montana nebraska nevada ohio oklahoma oregon pennsylvania tennessee texas utah vermont virginia washington wisconsin wyoming|new hampshire|new jersey|new mexico|new york|north carolina|north dakota|rhode island|south carolina|south dakota|west virginia';
const CA = 'alberta manitoba ontario quebec saskatchewan yukon|british columbia|new brunswick|nova scotia|prince edward island';
for (const [list, code] of [[US, 'US'], [CA, 'CA']] as const) {
  const [singles = '', ...multi] = list.split('|');
  for (const name of [...singles.split(' ').map((w) => [w]), ...multi.map((m) => m.split(' '))]) {
    const first = name[0] as string;
    REGIONS.set(first, [...(REGIONS.get(first) ?? []), [name, code]]);
  }
}

/** The region's country and end token when tokens from `at` spell a US state or Canadian province. */
function regionAt(state: LinkState, at: number): { code: string; to: number } | null {
  const { tokens } = state;
  if (at >= tokens.length || !tokens.cap(at)) return null;
  for (const [words, code] of REGIONS.get(tokens.get(at).key) ?? []) {
    if (at + words.length > tokens.length) continue;
    if (words.every((w, k) => tokens.get(at + k).key === w)) return { code, to: at + words.length };
  }
  return null;
}

/** Drops places (and countries) of another country that a ", State" qualifies. */
export function dropQualifiedPlaces(state: LinkState): void {
  const { tokens } = state;
  state.accepted.forEach((c, id) => {
    if (!c || c.to >= tokens.length) return;
    const e = state.entities.get(c.entity);
    if (!e || (e.type !== 'place' && e.type !== 'country')) return;
    // A comma right after the name first (most places have none), then the whole gap.
    if (tokens.text.charCodeAt(tokens.end[c.to - 1] as number) !== 44 || !/^,[ \t\u00a0]+$/.test(tokens.get(c.to).gap)) return;
    const region = regionAt(state, c.to);
    if (!region || region.code === e.country) return;
    const countries = state.overlapping(c.to, region.to).filter((other) => state.entities.get(state.accepted[other]?.entity ?? -1)?.type === 'country');
    // "Batumi, Georgia" names the country Georgia: the place is in it.
    if (countries.some((other) => state.entities.get(state.accepted[other]?.entity ?? -1)?.country === e.country)) return;
    state.remove(id);
    for (const other of countries) state.remove(other);
  });
}
