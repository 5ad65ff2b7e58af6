/** Tables built stepwise: the same table at once or in slices, and a pause whenever a slice runs long. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildLinkerIndex } from '../../../src/link/index.ts';
import { buildOrgTable, orgTableBuild } from '../../../src/link/org-table.ts';
import { buildPersonTable, personTableBuild } from '../../../src/link/person-names.ts';
import { indexEntities, indexEntitiesBuild } from '../../../src/link/linker-index.ts';
import { buildInSlices, buildNow, ITEMS_PER_YIELD, yieldsAt, type Build } from '../../../src/link/stepwise.ts';
import { MINI_KB } from './mini-kb.ts';

/** A fake clock (performance.now), so slices are counted exactly whatever the machine's load. */
let clock = 0;
afterEach(() => vi.restoreAllMocks());

/** A build of `steps` steps, each taking `ms` on the fake clock. */
function* slow(steps: number, ms: number): Build<number> {
  for (let i = 0; i < steps; i++) {
    clock += ms;
    yield;
  }
  return steps;
}

describe('stepwise builds', () => {
  it('yield once every ITEMS_PER_YIELD items', () => {
    const at = Array.from({ length: ITEMS_PER_YIELD * 3 }, (_, i) => i).filter(yieldsAt);
    expect(at).toEqual([ITEMS_PER_YIELD - 1, 2 * ITEMS_PER_YIELD - 1, 3 * ITEMS_PER_YIELD - 1]);
  });

  it('pause whenever a slice has run its time, and finish with the build value', async () => {
    clock = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => clock);
    let pauses = 0;
    const value = await buildInSlices(slow(12, 2), async () => { pauses += 1; }, 5);
    expect(value).toBe(12);
    // 12 steps of 2 ms in slices of 5 ms: a slice ends after every third step (6 ms).
    expect(pauses).toBe(4);
    expect(buildNow(slow(3, 0))).toBe(3);
  });

  it('give the same tables built at once as built in slices', async () => {
    const index = buildLinkerIndex(MINI_KB);
    const tiny = async <T>(build: Build<T>): Promise<T> => buildInSlices(build, async () => undefined, 0);
    expect(await tiny(indexEntitiesBuild(index))).toEqual(indexEntities(index));
    expect(await tiny(personTableBuild(index))).toEqual(buildPersonTable(index));
    expect(await tiny(orgTableBuild(index))).toEqual(buildOrgTable(index));
  });
});
