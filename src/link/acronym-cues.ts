/**
 * Cue words of a bulk-layer body known by an acronym: the distinctive words its acronym stands
 * for ("aeronautics", "space" for NASA; "space" for the European Space Agency). A registry gives
 * such bodies no cue words of their own, and an acronym links only on evidence of this very body
 * (bulk-gate.ts): the words of its full name near it are that evidence ("NASA's Goddard Space
 * Flight Center"). Words that fit any body ("national", "university", "agency") are left out.
 */
import type { Entity } from '../kb/model.ts';
import { tokenize } from '../text/tokens.ts';
import { NAME_STOPWORDS, TYPE_CUES } from './lexicon.ts';

/** Words of many bodies' names: they say what kind of body, not which. */
const GENERIC = new Set([
  ...Object.values(TYPE_CUES).flat(),
  ...('national international european american world global federal central general royal public private ' +
    'society association institute institution foundation corporation limited company group holding holdings ' +
    'council centre center organisation organization administration office ministry department board commission ' +
    'committee federation alliance partners partnership services systems technologies technology industries ' +
    'international inc ltd plc co corp gmbh ag sa').split(' '),
]);

/** The distinctive words of a bulk body's full name when it has an acronym, else none. */
export function acronymCueWords(entity: Entity): string[] {
  if (entity.layer !== 'bulk' || entity.type === 'person') return [];
  const acronyms = entity.aliases.filter((a) => a.caseSensitive && a.kind === 'acronym').map((a) => a.text.toLowerCase());
  if (acronyms.length === 0) return [];
  const name = entity.name.replace(/\([^)]*\)/g, ' ');
  return tokenize(name)
    .map((t) => t.key)
    .filter((w) => w.length > 3 && !NAME_STOPWORDS.has(w) && !GENERIC.has(w) && !acronyms.includes(w));
}
