/**
 * Reads the linker index from the background in parts of JSON text (Chromium's offscreen host
 * cannot open the background's database, and one 2 MB message is slow to deserialise). A part
 * from another version (the KB changed meanwhile) starts the transfer again.
 */
import type { BackgroundCalls } from '../shared/protocol.ts';

const ATTEMPTS = 3;

/** The one call this needs, so a test can serve it. */
export type IndexPartCall = (method: 'getLinkerIndexPart', params: { part: number }) => Promise<ReturnType<BackgroundCalls['getLinkerIndexPart']>>;

/** The current linker index as JSON text, with its version, read part by part through `call`. */
export async function fetchIndexText(call: IndexPartCall): Promise<{ version: string; text: string }> {
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const first = await call('getLinkerIndexPart', { part: 0 });
    const texts = [first.text];
    for (let part = 1; part < first.parts; part++) {
      const next = await call('getLinkerIndexPart', { part });
      if (next.version !== first.version) break;
      texts.push(next.text);
    }
    if (texts.length === first.parts) return { version: first.version, text: texts.join('') };
  }
  throw new Error('the knowledge base kept changing while its linker index was read');
}
