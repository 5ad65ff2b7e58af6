// Generates the two large benchmark pages from our own prose naming KB entities, deterministically
// (same KB → same bytes), so runs on different days compare:
//   long-read.html   ~200 KB article: headline, standfirst, ~300 paragraphs with links and emphasis
//   live-blog.html   ~2 MB live blog: ~2,000 timestamped posts, ~20k text nodes
// Usage: node scripts/bench/gen-pages.mjs [kb.json] [outDir]
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** mulberry32, as in synthetic.ts: a tiny seeded PRNG. */
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const VERBS = ['said', 'told reporters', 'warned', 'denied', 'confirmed', 'claimed', 'insisted', 'suggested'];
const CLAUSES = [
  'that talks would resume within days', 'that the sanctions had been agreed in principle',
  'that officials were investigating the intrusion', 'that the attack had been anticipated for months',
  'that no decision had yet been taken', 'that the agreement remained fragile',
  'that further measures could follow', 'that the delegation would travel on Thursday',
  'that the report overstated the damage', 'that the evidence pointed to a state-backed group',
];
const FILLER = ('Analysts cautioned that the picture remained unclear . Markets were calm in early trading . ' +
  'A spokesperson declined to comment further . The ministry published a short statement late on Monday . ' +
  'Diplomats said the meeting had been tense but constructive .').split(' . ');

const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A writer of sentences naming entities drawn from `names` (people, organisations, places). */
function prose(kb, seed) {
  const next = rng(seed);
  const pick = (list) => list[Math.floor(next() * list.length)];
  const byType = (types) => kb.entities.filter((e) => types.includes(e.type)).map((e) => e.name);
  const people = byType(['person']);
  const bodies = byType(['organization', 'agency', 'threat-actor']);
  const places = byType(['country', 'place']);
  return {
    next,
    pick,
    /** One sentence as HTML; about one in three names is wrapped in a link or emphasis (more text nodes). */
    sentence() {
      const wrap = (name) => {
        const r = next();
        if (r < 0.05) return `<a href="#${encodeURIComponent(name)}">${esc(name)}</a>`;
        if (r < 0.1) return `<strong>${esc(name)}</strong>`;
        return esc(name);
      };
      if (next() < 0.2) return `${pick(FILLER)}.`;
      return `${wrap(pick(people))} of ${wrap(pick(bodies))} ${pick(VERBS)} in ${wrap(pick(places))} ${pick(CLAUSES)}.`;
    },
  };
}

const page = (title, body) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${esc(title)}</title>
<style>body{font:16px/1.5 Georgia,serif;max-width:42rem;margin:2rem auto;padding:0 1rem}time{color:#666}</style>
</head><body>${body}</body></html>
`;

/** ~200 KB long-read article. */
export function longRead(kb, bytes = 200_000) {
  const w = prose(kb, 11);
  const parts = ['<article><h1>The long war in the wires</h1><p class="standfirst"><em>How a decade of intrusions reshaped diplomacy</em></p>'];
  let size = parts[0].length;
  while (size < bytes) {
    const p = `<p>${Array.from({ length: 5 }, () => w.sentence()).join(' ')}</p>`;
    parts.push(p);
    size += p.length;
    if (parts.length % 25 === 0) parts.push(`<h2>${esc(w.sentence().replace(/<[^>]+>/g, ''))}</h2>`);
  }
  parts.push('</article>');
  return page('The long war in the wires', parts.join('\n'));
}

/** ~2 MB live blog: posts with a time, a headline and paragraphs; ~10 text nodes each. */
export function liveBlog(kb, bytes = 2_000_000) {
  const w = prose(kb, 23);
  const parts = ['<main><h1>Live: the summit, the sanctions and the leaks</h1>'];
  let size = parts[0].length;
  for (let i = 0; size < bytes; i++) {
    const hh = String(23 - Math.floor(i / 60) % 24).padStart(2, '0');
    const mm = String(59 - (i % 60)).padStart(2, '0');
    const post = `<section class="post"><time>${hh}:${mm}</time><h3>${w.sentence()}</h3>` +
      `<p>${w.sentence()} ${w.sentence()}</p><p>${w.sentence()}</p></section>`;
    parts.push(post);
    size += post.length;
  }
  parts.push('</main>');
  // No whitespace between posts: the ~20k text nodes are all words.
  return page('Live: the summit, the sanctions and the leaks', parts.join(''));
}

/** Writes both pages into `outDir`; returns their file names. */
export function writePages(kb, outDir) {
  fs.mkdirSync(outDir, { recursive: true });
  fs.writeFileSync(path.join(outDir, 'long-read.html'), longRead(kb));
  fs.writeFileSync(path.join(outDir, 'live-blog.html'), liveBlog(kb));
  return ['long-read.html', 'live-blog.html'];
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [kbFile = 'public/kb/kb.json', outDir = '.tmp/bench-pages'] = process.argv.slice(2);
  const names = writePages(JSON.parse(fs.readFileSync(kbFile, 'utf8')), outDir);
  for (const name of names) console.log(`${path.join(outDir, name)}  ${fs.statSync(path.join(outDir, name)).size} bytes`);
}
