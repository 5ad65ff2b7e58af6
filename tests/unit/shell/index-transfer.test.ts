import { describe, expect, it } from 'vitest';
import { fetchIndexText, type IndexPartCall } from '../../../extension/linker/index-transfer.ts';

const INDEX = { version: 6, aliasKeys: ['apt29', 'cozy bear'], note: 'x'.repeat(50) };
const TEXT = JSON.stringify(INDEX);

/** A background serving `TEXT` in `parts` slices; `versionOf(call number)` says which version answers. */
function serving(parts: number, versionOf: (n: number) => string) {
  let calls = 0;
  const size = Math.ceil(TEXT.length / parts);
  const call = (async (_method: string, { part }: { part: number }) => {
    calls += 1;
    return { version: versionOf(calls), parts, text: TEXT.slice(part * size, (part + 1) * size) };
  }) as IndexPartCall;
  return { call, calls: () => calls };
}

describe('fetchIndexText', () => {
  it('joins the parts into the index text, with its version', async () => {
    const { call, calls } = serving(4, () => 'v1');
    expect(await fetchIndexText(call)).toEqual({ version: 'v1', text: TEXT });
    expect(calls()).toBe(4);
  });

  it('starts again when a part comes from another version (the KB changed meanwhile)', async () => {
    const { call, calls } = serving(3, (n) => (n <= 2 ? 'v1' : 'v2'));
    expect(await fetchIndexText(call)).toEqual({ version: 'v2', text: TEXT });
    expect(calls()).toBe(6); // v1, v1, then v2 for the last part: dropped; the second round is v2 ×3
  });

  it('gives up with an error when the version never holds still', async () => {
    const { call } = serving(2, (n) => `v${n}`);
    await expect(fetchIndexText(call)).rejects.toThrow(/kept changing/);
  });
});
