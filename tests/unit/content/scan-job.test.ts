import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { createIdleQueue } from '../../../extension/content/idle.ts';
import { createPieceLinker, scanJob } from '../../../extension/content/scanner.ts';
import type { PageMention } from '../../../extension/content/types.ts';
import type { EntitySpan } from '../../../extension/linker/messages.ts';
import { buildLinkerIndex, createLinker } from '../../../src/link/index.ts';
import { MINI_KB } from '../link/mini-kb.ts';

const linker = createLinker(buildLinkerIndex(MINI_KB));
/** The real linker behind an asynchronous boundary, as the Worker is. */
const remote = async (text: string): Promise<EntitySpan[]> => linker.link(text).map((m) => ({ kind: 'entity', ...m }));

function body(html: string): HTMLElement {
  return parseHTML(`<html><body>${html}</body></html>`).document.body as unknown as HTMLElement;
}

/** Runs a job to its end in a queue driven by timers (Node has no idle callbacks). */
function runJob(job: () => boolean | Promise<unknown>): Promise<void> {
  return new Promise((resolve) => {
    const queue = createIdleQueue((error) => {
      throw error;
    });
    queue.push(job);
    queue.push(() => (resolve(), true));
  });
}

describe('scanning through a remote linker', () => {
  it('places every reply in the DOM, in reading order, over many chunks in flight', async () => {
    const root = body(Array.from({ length: 40 }, (_, i) => `<p>Item ${i}: Dominic Raab spoke to Jeremy Corbyn.</p>`).join(''));
    const runs: PageMention[][] = [];
    await runJob(scanJob(root, createPieceLinker(remote, () => false), (m) => runs.push(m), { firstChars: 200 }));
    const all = runs.flat();
    expect(all.filter((m) => m.entityName === 'Dominic Raab')).toHaveLength(40);
    for (const m of all) expect(m.startNode.data.slice(m.startOffset, m.endOffset)).toBe(m.quote);
    const paragraphs = all.map((m) => [...root.children].indexOf(m.startNode.parentElement as Element));
    expect(paragraphs).toEqual([...paragraphs].sort((a, b) => a - b));
  });

  it('drops a reply whose text changed while it was linked, and suppressed links', async () => {
    const root = body('<p>Dominic Raab met Jeremy Corbyn.</p>');
    const text = root.querySelector('p')?.firstChild as Text;
    const slow = async (t: string): Promise<EntitySpan[]> => {
      const spans = await remote(t);
      text.data = 'Someone else met nobody at all here.';
      return spans;
    };
    const link = createPieceLinker(slow, () => false);
    const runs: PageMention[][] = [];
    await runJob(scanJob(root, link, (m) => runs.push(m)));
    expect(runs.flat()).toEqual([]);

    const root2 = body('<p>Dominic Raab met Jeremy Corbyn.</p>');
    const kept: PageMention[][] = [];
    await runJob(scanJob(root2, createPieceLinker(remote, (_quote, id) => id === 'wd:Q268584'), (m) => kept.push(m)));
    expect(kept.flat().map((m) => m.entityName)).toEqual(['Jeremy Corbyn']);
  });
});
