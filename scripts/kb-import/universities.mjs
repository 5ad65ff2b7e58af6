#!/usr/bin/env node
// Universities of Hipo/university-domains-list (MIT) at a pinned commit → kb/bulk/universities.ndjson.gz.
// Most are also in ROR and fold into it by name and country; this adds those ROR lacks.
// Usage: node scripts/kb-import/universities.mjs [--git-dir DIR]
import { countryName, gitShow, mirror, slug, writeBulk } from './lib.mjs';

const REPO = 'Hipo/university-domains-list';
const COMMIT = 'bb07faf064e1c68be9b26fb71de31f01e361f974';
const list = JSON.parse(gitShow(mirror(REPO), COMMIT, 'world_universities_and_domains.json'));
const entities = list.filter((u) => u.name && u.alpha_two_code).map((u) => ({
  id: `uni:${slug(u.name)}-${u.alpha_two_code.toLowerCase()}`,
  name: u.name.trim(),
  type: 'university',
  description: `University in ${[u['state-province'], countryName(u.alpha_two_code)].filter(Boolean).join(', ')}${u.domains?.[0] ? ` (${u.domains[0]})` : ''}.`,
  country: u.alpha_two_code,
  ids: { domain: u.domains?.[0] },
  prominence: 0.05,
}));
writeBulk('universities', { label: 'university-domains-list', name: 'Hipo university-domains-list', version: `${REPO}@${COMMIT}`, licence: 'MIT', url: 'https://github.com/Hipo/university-domains-list' }, entities);
