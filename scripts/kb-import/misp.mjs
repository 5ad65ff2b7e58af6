#!/usr/bin/env node
// MISP galaxy clusters (github.com/MISP/misp-galaxy, CC0) at a pinned commit → kb/bulk/misp.ndjson.gz:
// surveillance-technology vendors and the terrorist groups of the Canadian listed-entities cluster.
// (software-vendor.json is left out: its values are GitHub account names, not company names.)
// Usage: node scripts/kb-import/misp.mjs [--git-dir DIR]
import { aliasesOf, gitShow, mirror, slug, writeBulk } from './lib.mjs';

const REPO = 'MISP/misp-galaxy';
const COMMIT = '9434ace4eb925c9a1c9b3bccf014a25f9d14f0b0';
const cluster = (name) => JSON.parse(gitShow(mirror(REPO), COMMIT, `clusters/${name}.json`)).values;

const entities = [];
for (const v of cluster('surveillance-vendor')) {
  if (!v.value) continue;
  const products = (v.meta?.products ?? []).slice(0, 3);
  entities.push({
    id: `misp:${v.uuid}`,
    name: v.value,
    type: 'company',
    aliases: aliasesOf(v.value, v.meta?.synonyms ?? []),
    description: `Vendor of surveillance technology${products.length ? ` (products: ${products.join(', ')})` : ''} (MISP galaxy).`,
    ids: { misp: v.uuid },
    sources: undefined,
    prominence: 0.1,
    cues: ['surveillance', 'spyware', 'vendor', 'interception'],
  });
}
for (const v of cluster('terrorist-groups')) {
  // "Abdallah Azzam Brigades (AAB)": the name and its acronym; the summary lists other names, ";"-separated.
  const m = /^(.*?)\s*\(([^)]+)\)$/.exec(v.value);
  const name = m ? m[1] : v.value;
  const others = (v.meta?.summary ?? '').replace(/\.$/, '').split(/;\s*(?:and\s+)?/).map((s) => s.trim().replace(/^the\s+/i, '')).filter((s) => s.length < 80);
  entities.push({
    id: `misp:${slug(name)}`,
    name,
    type: 'organization',
    aliases: aliasesOf(name, [m?.[2], ...others]),
    description: `Group listed as a terrorist entity by the Government of Canada${v.meta?.published ? ` (listed ${v.meta.published.slice(0, 4)})` : ''} (MISP galaxy).`,
    ids: { misp: v.uuid },
    prominence: 0.25,
    cues: ['militant', 'militants', 'terrorist', 'terror', 'attack', 'attacks', 'group', 'insurgents', 'jihadist'],
  });
}
writeBulk('misp', { label: 'MISP galaxy', name: 'MISP galaxy: surveillance vendors, terrorist groups', version: `${REPO}@${COMMIT}`, licence: 'CC0 1.0', url: 'https://github.com/MISP/misp-galaxy' }, entities);
