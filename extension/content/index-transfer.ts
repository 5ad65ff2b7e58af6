/**
 * Fetches the linker index in parts. As one 2 MB message it was deserialised in a single task
 * of 40–50 ms in the page; as JSON text in slices each message is a cheap string, and the one
 * parse runs in a task of its own. A part from another version (the KB changed meanwhile)
 * starts the transfer again.
 */
import type { LinkerIndex } from '../../src/link/index.ts';
import { nextTask } from './idle.ts';
import type { ContentContext } from './types.ts';

const ATTEMPTS = 3;

/** The current linker index, read part by part through `call`. */
export async function fetchLinkerIndex(call: ContentContext['call']): Promise<LinkerIndex> {
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const first = await call('getLinkerIndexPart', { part: 0 });
    const texts = [first.text];
    for (let part = 1; part < first.parts; part++) {
      const next = await call('getLinkerIndexPart', { part });
      if (next.version !== first.version) break;
      texts.push(next.text);
    }
    if (texts.length !== first.parts) continue;
    await nextTask();
    return JSON.parse(texts.join('')) as LinkerIndex;
  }
  throw new Error('the knowledge base kept changing while its linker index was read');
}
