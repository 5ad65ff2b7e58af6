#!/usr/bin/env node
// Ministers, heads of state or government and legislators of 75 governments (73 countries, Scotland
// and Wales) (every-politician-scrapers/<country>-ministers, -cabinet: office holders to mid-2022,
// queried from Wikidata, CC0; the repositories carry no licence file) → kb/bulk/politicians.ndjson.gz.
// Each repository's html/holders21.csv lists the government's offices (position, person, QID, start,
// end, birth, English Wikipedia title), html/legislators.csv the members of its legislatures
// (national, regional, international assemblies) in the same shape; meta.json names the country. The curated KB already holds the UK, US, Russian, Ukrainian
// and Canadian governments (same QIDs, so they fold together); these add the rest of the world.
// Card text: the holder's newest two offices with their years, "as of" the repository's last
// commit (offices open then may have ended since). Prominence by office and whether it was open.
// Usage: node scripts/kb-import/politicians.mjs [--root DIR]  (DIR holds <owner>+<name>/repo mirrors)
import { tsImport } from 'tsx/esm/api';
import countries from 'world-countries';
import { execFileSync } from 'node:child_process';
import { aliasesOf, countryCode, gitList, gitShow, mirror, qid, writeBulk } from './lib.mjs';

const { parseCsv } = await tsImport('../../src/kb/csv.ts', import.meta.url);
const OWNER = 'every-politician-scrapers';
/** Repository → pinned commit (each repository's last commit, July 2022). */
const PINS = {
  'albania-cabinet': 'e8d362eb360459d1ffad1dbf5eec480294ef4746',
  'angola': '3e46a94f1c478495da9e44762ad61981f5f5bf68',
  'argentina-ministers': '98105f511ea6ad6c9730e979190909cf34d9343b',
  'armenia-ministers': '0f97f894d1206191bcc52e5925f00bac9a0299bf',
  'australia-cabinet': '4c35a6ef087d076eb343b6177814574b2d6e43b8',
  'belarus-ministers': '3edd7c7cbcba709c6165f7df09653dcbf50c7712',
  'brazil-ministers': 'de58065b42edc0c0f310185ffda9174540e9af5f',
  'bulgaria-cabinet': '2068236a3e5af84bd30f347afe86bcc089d6fd5d',
  'cameroon': '647bbdf2093fd92077f35c7b7a93bef37aa33919',
  'chile-ministers': '412eb050c5f72daf9c0f31b6482c61180501c83a',
  'china-ministers': '300341654d57cd10776238bae41c89b6ea315276',
  'congo-kinshasa-ministers': 'fb78ee2e1afcd31cb21afcb2c18c01e01608b18d',
  'czech-ministers': '1e53f23f9405feacef64241294c342ab8eca0319',
  'denmark-cabinet': '1599847eacdd27202c9b84387407cef25458f309',
  'ecuador-ministers': 'b5360d52c89e2c9742019d3ea9c37972a737e243',
  'egypt-ministers': 'f3820a30ce92a8557e3503202fed731e9d91275c',
  'estonia': '27ed68480fd69b680a523eab604b6ccf26ed4332',
  'ethiopia-ministers': 'e025c9ca8d02cc7f3a5522afd30d49350e64c5cf',
  'finland-cabinet': '56412ba38703d3181b5dd5675b8410b95f6a5487',
  'france-cabinet': '7ff37baf3297a83711c90ac84b1d3b2ecb50a541',
  'georgia-ministers': 'e843205baddb9cd7321170ede5d08210b1bf6c78',
  'ghana-ministers': '6301043ab47efa25fa0c944b6a4b523ea5a2eebe',
  'greece-cabinet': '34bf1d17b4c2afa95e6063f93742e53f3d4c7454',
  'hungary-cabinet': 'aee95092e592403fee7a5d87f0d6b8eeeda1e9ca',
  'india-ministers': '66f344bbf207d35eaa3225edf5584ae0bb164fe8',
  'indonesia-ministers': '66eaaf57191eff7e9d28eea926358bf83d443114',
  'iran-ministers': 'a8e7c2fb16372b8b77a09303ae27d46a9ea21e67',
  'iraq-ministers': 'ab7f90c8298be91e36248b2ca5d7f268cee0b173',
  'ireland-ministers': '562aee81a3802e59acc4cf21c8fce6a8ca35f76e',
  'israel-ministers': '81da8707e865df568c7ba8b0b89bf95e7ffd4ae1',
  'italy-ministers': '4f9e038f62f3c71f737fd7e30a4e35df1686f4eb',
  'jamaica-ministers': 'f5c6abbdb4d9d0799242d2e7219e9e9d20d5c172',
  'japan-ministers': '8ba3cb1992bee87f5b8dc566da87db2be8550a1a',
  'jordan-ministers': '34bc64166cbe64a6a784a7b134f2fd55872fa5f7',
  'kazakhstan-cabinet': 'caf651f97dc0efed4955887c17fd6fadcdf7b111',
  'kenya': '845fa144b1aa18652748624528d836b81e51b7d0',
  'kuwait-ministers': 'e663bce8539370de83f3f06eecb0e8d4ec50b14e',
  'lithuania': '2743892fbc8f4eca6fc0b2ead37936dc8d5229d9',
  'malaysia-ministers': 'bab25025f0c68e7c1c623e0ee7e4888032550e16',
  'mexico-ministers': '87f5ae7dc992a800173a7c9de53ccbe25661dc61',
  'mozambique': '4800218ca8ce02cb4d1bb3a665189fc245e27d99',
  'nepal-ministers': '14d843634275aae72439958fd190e33ad048df17',
  'netherlands-cabinet': 'a542323a663b1a7232e6f8e4843eda1f019a8705',
  'new-zealand-cabinet': 'dbf5f248a1d55fc1a111112bc904c8e7e8e26950',
  'nigeria': '1f5d4aad9ba42a810e353d0d7b4378fedc4429e6',
  'norway-cabinet': 'c0bc52971dac1a8734320e298a714903adae5b83',
  'pakistan-ministers': '065accdb5d8d693e89c0bc559862c10f66d443d1',
  'philippines-ministers': '1f396f9a8c2e3397cfe392fca350c8943aa1d5f5',
  'poland-cabinet': 'c6b228df3eed6e9ba89f02bf424f870a66ea47a6',
  'portugal-cabinet': '49dd0287a8d715a217ba067c04d574b2632864af',
  'romania-cabinet': '63e9c5d352fa9a477e708ecc2ac4523af9534cfe',
  'rwanda-ministers': 'aa6c19c3d4087e54df8d38f6b245da15f7f0922f',
  'saudi-ministers': '566c58806bee4d91167f3dcbd19abbb596e65497',
  'scotland-cabinet': '082f5ce4eda96d7e9ea8af82df53fefd85962cca',
  'senegal-ministers': '780217b3c6b59c29a8e18d88727f9200fb1a4953',
  'singapore-ministers': '7c68317a86e9ab14712685cc12d6e2afc028d410',
  'slovenia-cabinet': '7a1dca9809cba7fb945c7a21154edf494d043879',
  'south-africa-cabinet': '0558a872c69856bba752bd3b8b3604e4e4479252',
  'south-korea-ministers': '6f17960017c672790f0997885e5b2ff5937305de',
  'spain-ministers': '1e1550ca85af4c39b71e6a462fead133849fe078',
  'sri-lanka-cabinet': 'a90dbcf77133b1b9dcb94abe2c51b7ba2d9c5bee',
  'sudan': 'bd56d436414d49f53c21baf0601962478a431ac2',
  'sweden-cabinet': '6756a7c9de57d94b64628365d3715a344c3ad9a7',
  'taiwan': '45c981ac5a15e4bdacfda83f77a64d275156ca4b',
  'tanzania-ministers': '08687f4096fe6f1952764a24a09134ab45d370c8',
  'tunisia-ministers': '6e35fc4e7f3d8c1f0bbb453d3b522177a7820dfe',
  'turkey-ministers': '288fbd45ee3fa59f8a226437bf43d726c9845f4f',
  'uae-ministers': '9478e53b0ada6f31a1877fddb499f33207efa368',
  'uruguay-ministers': '38b3bd143359d2f70e9454b431803fbbddc09931',
  'uzbekistan-ministers': 'b7cd8a1eaca2bb365d5ade7bdc9870d1ed31bde9',
  'vietnam': '906e493fe5ae307bf6184baa4fa9e48d75f9866d',
  'wales-cabinet': '929c9e07a44fc9bf62e43f54c9edbcedc70d92d9',
  'yemen': '993e1a6176b9082c7053cd67ff59dc52ee71f71b',
  'zambia-ministers': 'e5aaa198749da6ee572efc2522908a2e697ad463',
  'zimbabwe': 'f991ac9839ca9297ec838f7420994fbb1c854c00',
};
const at = process.argv.indexOf('--root');
const ROOT = at > 0 ? process.argv[at + 1] : '/work/.mirror';
const dirOf = (name) => mirror(`${OWNER}/${name}`, ['', '', '--git-dir', `${ROOT}/${OWNER}+${name}/repo`]);
const demonym = new Map(countries.map((c) => [c.cca2, c.demonyms?.eng?.m]));
const year = (d) => (d ? d.slice(0, 4) : '');

/** How often news names a holder of this office, 0..0.48 (people stay below the bare-surname bar). */
function officeWeight(title, open) {
  const t = title.toLowerCase();
  let p;
  if (/^(president|prime minister|king|queen|emir|sultan|chancellor|crown prince|premier|taoiseach|supreme leader)\b/.test(t) && !/\bof the (senate|assembly|parliament|court)/.test(t)) p = 0.46;
  else if (/\b(deputy|vice|assistant|state secretary|secretary of state for|parliamentary|junior|under)/.test(t)) p = 0.28;
  else if (/foreign|defen[cs]e|interior|home affairs|finance|treasury|economy|oil|energy|petroleum/.test(t)) p = 0.4;
  else p = 0.34;
  return open ? p : p - 0.08;
}

/** A member of a legislature: national chambers above regional and international assemblies. */
const REGIONAL = /\b(regional|prefectur|provinc|municipal|city|county|landtag|state assembly|legislative assembly|cortes of|parliament of (catalonia|galicia|andalusia|navarre|the basque|the balearic|la rioja|cantabria|aragon|scotland|wales)|basque|catalonia|council of europe|nato|andean|pan-african|parlacen|parliamentary assembly|substitute|deputy member)\b/i;
function seatWeight(title, open) {
  return (REGIONAL.test(title) ? 0.1 : 0.2) - (open ? 0 : 0.05);
}

/** "Ashwini Vaishnaw (politician)" → "Ashwini Vaishnaw": a Wikipedia title is a name once its note is gone. */
const titleName = (t) => (t ? t.replace(/\s*\([^)]*\)$/, '').trim() : undefined);

const people = new Map();
for (const [name, commit] of Object.entries(PINS)) {
  const dir = dirOf(name);
  const meta = JSON.parse(gitShow(dir, commit, 'meta.json'));
  // The repository's name says the country where meta.json's name is not one world-countries knows.
  const cc = countryCode(String(meta.jurisdiction?.name ?? '').replace(/^the /i, '')) ?? countryCode(name.replace(/-(ministers|cabinet)$/, '').replace(/-/g, ' '));
  const asOf = execFileSync('git', ['--git-dir', dir, 'log', '-1', '--format=%cs', commit]).toString().trim();
  const table = (path) => {
    const [header, ...rows] = parseCsv(gitShow(dir, commit, path)).records.map((x) => x.fields);
    return rows.map((f) => Object.fromEntries(header.map((h, i) => [h, (f[i] ?? '').trim()])));
  };
  const offices = table('html/holders21.csv').map((r) => ({ ...r, seat: false }));
  const seats = gitList(dir, commit, 'html').includes('html/legislators.csv') ? table('html/legislators.csv').map((r) => ({ ...r, seat: true })) : [];
  for (const r of [...offices, ...seats]) {
    const id = qid(r.personID);
    // A person with no English label is listed in the native script; the Wikipedia title is the English name.
    const label = /\p{Script=Latin}/u.test(r.person) ? r.person : titleName(r.enwiki);
    if (!id || !label || /^Q\d+$/.test(label) || !r.position) continue;
    const p = people.get(id) ?? { id, name: label, cc, asOf, born: r.DOB, died: r.DOD, enwiki: r.enwiki, roles: [] };
    p.roles.push({ title: r.position, from: r.start, to: r.end, seat: r.seat });
    people.set(id, p);
  }
}

const span = (r) => (r.from && r.to ? (year(r.from) === year(r.to) ? year(r.from) : `${year(r.from)}–${year(r.to)}`) : r.from ? `from ${year(r.from)}` : '');

const entities = [];
for (const p of people.values()) {
  const roles = p.roles.map((r) => ({ ...r, open: !r.to && !p.died, weight: 0 }));
  for (const r of roles) r.weight = r.seat ? seatWeight(r.title, r.open) : officeWeight(r.title, r.open);
  // Offices of government first, then seats; open ones first, newest first.
  roles.sort((a, b) => Number(a.seat) - Number(b.seat) || Number(b.open) - Number(a.open) || (b.to || b.from || '').localeCompare(a.to || a.from || ''));
  const shown = [];
  for (const r of roles) if (shown.length < 2 && !shown.some((s) => s.title === r.title)) shown.push(r);
  const dem = demonym.get(p.cc);
  const offices = shown.map((r) => `${r.title[0].toUpperCase()}${r.title.slice(1)}${span(r) ? ` ${span(r)}` : ''}`).join('; ');
  const born = /^\d{4}/.test(p.born ?? '') ? p.born : undefined;
  const prominence = Math.round(Math.max(...roles.map((r) => r.weight)) * 100) / 100;
  // A one-word name ("Moeldoko") is a given name or a word elsewhere: kept for heads of state only.
  if (!p.name.includes(' ') && prominence < 0.46) continue;
  entities.push({
    id: `ep:${p.id}`,
    name: p.name,
    type: 'person',
    aliases: aliasesOf(p.name, [titleName(p.enwiki)]),
    description: `${dem ? `${dem} politician` : 'Politician'}. ${offices} (as of ${p.asOf}; Wikidata via EveryPolitician).`,
    country: p.cc,
    born,
    died: /^\d{4}/.test(p.died ?? '') ? p.died : undefined,
    ids: { wikidata: p.id },
    sources: p.enwiki ? [{ label: 'Wikipedia', url: `https://en.wikipedia.org/wiki/${encodeURIComponent(p.enwiki.replace(/ /g, '_'))}` }] : undefined,
    prominence,
    cues: roles.some((r) => !r.seat) ? ['minister', 'ministry', 'government', 'cabinet', 'president', 'prime minister'] : ['mp', 'lawmaker', 'legislator', 'deputy', 'senator', 'parliament'],
  });
}
writeBulk('politicians', { label: 'EveryPolitician', name: 'every-politician-scrapers office holders (from Wikidata)', version: `${OWNER}/* (75 repositories, July 2022; commits in scripts/kb-import/ministers.mjs)`, licence: 'Wikidata CC0 1.0 (the repositories carry no licence file)', url: 'https://github.com/every-politician-scrapers' }, entities);
