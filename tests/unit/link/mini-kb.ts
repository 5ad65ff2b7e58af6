/** A small hand-written KB for the linker's unit tests: real names only, a few look-alikes. */
import type { Entity } from '../../../src/kb/model.ts';

const e = (x: Partial<Entity> & Pick<Entity, 'id' | 'name' | 'type'>): Entity => ({ aliases: [], description: '', ...x });

export const MINI_KB: Entity[] = [
  e({ id: 'country:GB', name: 'United Kingdom', type: 'country', country: 'GB', aliases: [{ text: 'UK', caseSensitive: true }, { text: 'Britain' }, { text: 'British', kind: 'demonym' }] }),
  e({ id: 'country:RU', name: 'Russia', type: 'country', country: 'RU', aliases: [{ text: 'Russian Federation' }, { text: 'Russian', kind: 'demonym' }] }),
  e({ id: 'country:US', name: 'United States', type: 'country', country: 'US', aliases: [{ text: 'US', caseSensitive: true }, { text: 'American', kind: 'demonym' }] }),
  e({ id: 'country:AT', name: 'Austria', type: 'country', country: 'AT', aliases: [{ text: 'Austrian', kind: 'demonym' }] }),
  e({ id: 'wd:Q268584', name: 'Dominic Raab', type: 'person', country: 'GB', prominence: 0.8, description: 'British Conservative politician; Foreign Secretary 2019–2021.', roles: [{ title: 'Foreign Secretary', country: 'GB', from: '2019-07-24', to: '2021-09-15' }] }),
  e({ id: 'person:dmitry-peskov', name: 'Dmitry Peskov', type: 'person', country: 'RU', prominence: 0.8, description: 'Press secretary of the Russian president.', relations: [{ type: 'spokesperson-of', target: 'org:kremlin' }] }),
  e({ id: 'person:sergei-skripal', name: 'Sergei Skripal', type: 'person', country: 'RU', prominence: 0.5, description: 'Former Russian military intelligence officer poisoned in Salisbury in 2018.' }),
  e({ id: 'wd:Q291169', name: 'Jeremy Corbyn', type: 'person', country: 'GB', prominence: 0.7, description: 'British politician, leader of the Labour Party 2015–2020.', relations: [{ type: 'member-of', target: 'party:labour-uk' }] }),
  e({ id: 'person:andrei-kelin', name: 'Andrei Kelin', type: 'person', country: 'RU', prominence: 0.5, description: 'Russian diplomat; ambassador to the United Kingdom.', aliases: [{ text: 'Andrey Kelin' }] }),
  e({ id: 'attack:G0016', name: 'APT29', type: 'threat-actor', country: 'RU', description: 'Threat-actor group attributed to Russia.', aliases: [{ text: 'Cozy Bear' }, { text: 'The Dukes' }, { text: 'NOBELIUM', caseSensitive: true }], relations: [{ type: 'attributed-to', target: 'agency:svr' }] }),
  e({ id: 'attack:G0007', name: 'APT28', type: 'threat-actor', country: 'RU', description: 'Threat-actor group attributed to Russia.', aliases: [{ text: 'Fancy Bear' }] }),
  e({ id: 'attack:G9999', name: 'Play', type: 'threat-actor', description: 'Ransomware group.', aliases: [{ text: 'Play', contextDependent: true, caseSensitive: true }] }),
  e({ id: 'agency:svr', name: 'Foreign Intelligence Service', type: 'agency', country: 'RU', aliases: [{ text: 'SVR', caseSensitive: true }] }),
  e({ id: 'index:dax', name: 'DAX', type: 'other', country: 'DE', description: 'German stock market index of 40 companies.', cues: ['index', 'shares', 'stocks', 'points', 'frankfurt', 'market'], aliases: [{ text: 'DAX', caseSensitive: true, contextDependent: true }] }),
  e({ id: 'agency:ncsc-gb', name: 'National Cyber Security Centre', type: 'agency', country: 'GB', description: 'UK cyber security agency, part of GCHQ.', aliases: [{ text: 'NCSC', caseSensitive: true }] }),
  e({ id: 'agency:ncsc-us', name: 'National Counterintelligence and Security Center', type: 'agency', country: 'US', description: 'US counterintelligence centre under the Director of National Intelligence.', aliases: [{ text: 'NCSC', caseSensitive: true }] }),
  e({ id: 'org:kremlin', name: 'Kremlin', type: 'organization', country: 'RU' }),
  e({ id: 'party:labour-uk', name: 'Labour Party', type: 'organization', country: 'GB', aliases: [{ text: 'Labour', contextDependent: true }] }),
  e({ id: 'other:sars-cov-2', name: 'SARS-CoV-2', type: 'other', description: 'The coronavirus that causes COVID-19.', cues: ['virus', 'vaccine'] }),
  e({ id: 'other:covid-19', name: 'COVID-19', type: 'other', description: 'Disease caused by SARS-CoV-2.' }),
];
