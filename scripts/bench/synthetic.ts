/**
 * Generated names and text for benchmarks: deterministic pseudo-words, so runs compare.
 */
import type { Entity } from '../../src/kb/model.ts';

/** A small deterministic PRNG (mulberry32). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES = 'ka lo mi ra zen tor vak bel dun sha pri gor nel tes vu rim dax lor qua fen'.split(' ');

function word(next: () => number): string {
  const n = 2 + Math.floor(next() * 2);
  let w = '';
  for (let i = 0; i < n; i++) w += SYLLABLES[Math.floor(next() * SYLLABLES.length)];
  return w[0]!.toUpperCase() + w.slice(1);
}

/**
 * `count` entities with one alias each (so aliases ≈ 2 × count), names of 1–3 pseudo-words and
 * a number that keeps them unique. With `numbered: false` names are words only, as real names
 * are (a name with digits is code-like, "APT29", and goes to the linker's code table too):
 * people get a given name and a surname, organisations two or three words.
 */
export function syntheticEntities(count: number, seed = 1, { numbered = true } = {}): Entity[] {
  const next = rng(seed);
  const out: Entity[] = [];
  for (let i = 0; i < count; i++) {
    const person = i % 5 === 0;
    const words = numbered ? 1 + Math.floor(next() * 3) : person ? 2 : 2 + Math.floor(next() * 2);
    const name = Array.from({ length: words }, () => word(next)).join(' ');
    const alias = `${word(next)} ${word(next)}`;
    out.push({
      id: `syn:${i}`, name: numbered ? `${name} ${i}` : name, type: person ? 'person' : 'organization',
      aliases: [{ text: numbered ? `${alias} ${i}` : alias }], description: '',
    });
  }
  return out;
}

const FILLER = ('the government said on Monday that talks would continue and officials in the capital ' +
  'expected a decision later this week while markets were calm and analysts said the outlook ' +
  'remained uncertain as negotiators met again after months of delay').split(' ');

/** About `bytes` of news-like prose with a generated name every ~40 words. */
export function syntheticText(bytes: number, names: readonly string[], seed = 2): string {
  const next = rng(seed);
  const parts: string[] = [];
  let size = 0;
  let n = 0;
  while (size < bytes) {
    const w = n % 40 === 39 && names.length > 0 ? names[Math.floor(next() * names.length)]! : FILLER[Math.floor(next() * FILLER.length)]!;
    parts.push(w);
    size += w.length + 1;
    n += 1;
    if (n % 25 === 0) parts.push('.\n');
  }
  return parts.join(' ');
}
