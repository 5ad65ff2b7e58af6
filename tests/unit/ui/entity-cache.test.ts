import { describe, expect, it } from 'vitest';
import { createEntityLoader } from '../../../extension/content/card/entity-cache.ts';
import type { ContentContext } from '../../../extension/content/types.ts';

describe('entity loader', () => {
  it('asks the background once per entity and retries after a failure', async () => {
    const asked: string[] = [];
    let fail = true;
    const call = (async (_method: string, params: { id: string }) => {
      asked.push(params.id);
      if (params.id === 'flaky' && fail) throw new Error('background asleep');
      return { entity: { id: params.id }, related: [] };
    }) as unknown as ContentContext['call'];
    const load = createEntityLoader({ call });
    const [a1, a2] = await Promise.all([load('a'), load('a')]);
    expect(a1).toBe(a2);
    await expect(load('flaky')).rejects.toThrow('background asleep');
    fail = false;
    await expect(load('flaky')).resolves.toMatchObject({ entity: { id: 'flaky' } });
    expect(asked).toEqual(['a', 'flaky', 'flaky']);
  });
});
