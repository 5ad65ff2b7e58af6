import { describe, expect, it } from 'vitest';
import { saveHighlight } from '../../../extension/content/highlights/save-call.ts';
import type { ContentContext } from '../../../extension/content/types.ts';
import { HIGHLIGHT_ID } from '../../../src/export/model.ts';

const DESCRIBED = { url: 'https://news.example/a', title: 'T', quote: 'APT29', prefix: '', suffix: '', start: 0, end: 5, entityIds: [] };

/** A context whose `call` answers from `replies` in turn (an Error is thrown), recording every call. */
function contextAnswering(...replies: (Error | { id: string })[]) {
  const calls: { method: string; params: { id: string } }[] = [];
  const ctx = {
    call: async (method: string, params: { id: string }) => {
      calls.push({ method, params });
      const reply = replies.shift();
      if (!reply || reply instanceof Error) throw reply ?? new Error('no reply');
      return reply;
    },
  } as unknown as ContentContext;
  return { ctx, calls };
}

describe('saveHighlight (content side)', () => {
  it('sends the passage under a fresh id', async () => {
    const { ctx, calls } = contextAnswering({ id: 'x' });
    await saveHighlight(ctx, DESCRIBED);
    expect(calls).toHaveLength(1);
    expect(calls[0]?.params).toMatchObject(DESCRIBED);
    expect(calls[0]?.params.id).toMatch(HIGHLIGHT_ID);
  });

  it('after a failed call (worker stopped) sends the same save once more and reports its answer', async () => {
    const { ctx, calls } = contextAnswering(new Error('The message port closed before a response was received.'), { id: 'stored' });
    expect(await saveHighlight(ctx, DESCRIBED)).toEqual({ id: 'stored' });
    expect(calls.map((c) => c.params.id)).toEqual([calls[0]?.params.id, calls[0]?.params.id]);
  });

  it('fails when the second try fails too, with that error', async () => {
    const { ctx, calls } = contextAnswering(new Error('gone'), new Error('Browser storage for Dossier is full'));
    await expect(saveHighlight(ctx, DESCRIBED)).rejects.toThrow(/storage .* full/);
    expect(calls).toHaveLength(2);
  });

  it('gives each save its own id', async () => {
    const { ctx, calls } = contextAnswering({ id: 'a' }, { id: 'b' });
    await saveHighlight(ctx, DESCRIBED);
    await saveHighlight(ctx, DESCRIBED);
    expect(calls[0]?.params.id).not.toBe(calls[1]?.params.id);
  });
});
