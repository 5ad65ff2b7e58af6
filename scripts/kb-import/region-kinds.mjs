// What a country calls its first- and second-level divisions, for regions.mjs: the card's label
// ("State of India"), the word a clashing name takes ("Delta State") and the cue words that, near
// a mention, say the page means the division ("the state of Gujarat", "Kent County Council").

/** First-level division words by ISO country code; others are "region". */
const FIRST = {
  state: 'US IN NG AU BR MX DE AT MY VE SS SD MM',
  province: 'CA CN PK ZA AR NL BE ID TH VN KR IR TR AF LK PH CU ZW ZM PG NP',
  region: 'FR IT PE CL GH SN CM CZ DK',
  county: 'SE NO KE LR HU RO HR EE',
  prefecture: 'JP',
  'federal subject': 'RU',
  oblast: 'UA BG KZ',
  canton: 'CH',
  voivodeship: 'PL',
  department: 'CO UY BO PY GT HN SV NI',
  governorate: 'EG IQ SY JO YE TN LB',
  'autonomous community': 'ES',
  province_ie: 'IE',
  country: 'GB',
};
const SECOND = { GB: 'county', IE: 'county', US: 'county' };
/** Countries whose own usage also tells a division from its city by the kind word ("Lagos State", "New York State", "Osaka Prefecture"). */
const SUFFIXED = new Set(['US', 'NG', 'BR', 'JP', 'CN']);

const firstByCountry = new Map();
for (const [word, codes] of Object.entries(FIRST)) for (const cc of codes.split(' ')) firstByCountry.set(cc, word.replace(/_\w+$/, ''));

const title = (s) => s[0].toUpperCase() + s.slice(1);

/** {name, label, cues, suffix} of a division of country `cc` at `level` 1 or 2 (`suffix`: written "<name> <kind>"). */
export function regionKind(cc, level) {
  const word = level === 1 ? (firstByCountry.get(cc) ?? 'region') : (SECOND[cc] ?? 'district');
  const cues = [...new Set([word, 'region', level === 2 ? 'county' : 'state'])].filter((w) => !w.includes(' '));
  if (cc === 'GB' && level === 2) return { name: 'County', label: 'County or council area', cues: ['county', 'council', 'region'], suffix: false };
  return { name: title(word), label: title(word), cues, suffix: level === 1 && SUFFIXED.has(cc) };
}
