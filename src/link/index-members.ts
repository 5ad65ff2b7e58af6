/**
 * A company named in a story about a stock index it belongs to: "Shares in BP and Shell rose" in
 * a FTSE 100 report is BP plc. The KB says a company's index in its description ("Company listed
 * in the FTSE 100"), whose words are the company's cue words; an index is an entity whose own cue
 * words include "index". An index linked on the page is evidence of each company that names it.
 */
import { hashWord, scanTokens } from '../text/tokens.ts';
import type { PageContext } from './context.ts';
import type { EntityTable } from './entity-table.ts';
import type { IndexEntity } from './linker-index.ts';
import { cueHashes } from './support.ts';

const INDEX = hashWord('index');
const NAME_WORDS = new WeakMap<IndexEntity, number[]>();

/** An index's identifying name words as cue words keep them: letters only, three or more ("FTSE 100" → ftse). */
function nameWords(e: IndexEntity): number[] {
  let words = NAME_WORDS.get(e);
  if (!words) {
    const tokens = scanTokens(e.name);
    words = [];
    for (let i = 0; i < tokens.length; i++) if (/^\p{L}{3,}$/u.test(tokens.get(i).key)) words.push(tokens.hash[i] as number);
    NAME_WORDS.set(e, words);
  }
  return words;
}

/** Whether a stock index linked on the page is one the company's KB entry says it belongs to. */
export function memberOfLinkedIndex(ctx: PageContext, entities: EntityTable, entity: number): boolean {
  if (entities.type(entity) !== 'company') return false;
  const e = entities.get(entity);
  if (!e?.cues) return false;
  const cues = cueHashes(e);
  for (const k of ctx.linked.keys()) {
    if (entities.type(k) !== 'other') continue; // an index is of type other: read from the column, most linked entities are not
    const index = entities.get(k);
    if (!index || index.type !== 'other' || !cueHashes(index).has(INDEX)) continue;
    const words = nameWords(index);
    if (words.length > 0 && words.every((w) => cues.has(w))) return true;
  }
  return false;
}
