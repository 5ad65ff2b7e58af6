import { describe, expect, it } from 'vitest';
import { MAX_IDLE_MS, MAX_SESSIONS, SessionTable } from '../../../extension/linker/sessions.ts';
import { buildLinkerIndex, createLinker } from '../../../src/link/index.ts';
import { linkChunk } from '../../../extension/linker/worker.ts';
import { MINI_KB } from '../link/mini-kb.ts';

describe('linker sessions', () => {
  it('keeps one session per page and counts its chunks and entities', () => {
    const table = new SessionTable();
    const linker = createLinker(buildLinkerIndex(MINI_KB));
    const spans = linkChunk(linker, table, '7:0:a', 'Dominic Raab met Jeremy Corbyn in London.');
    expect(spans.map((s) => [s.kind, s.kind === 'entity' ? s.entityName : s.kind === 'unknown' ? s.name : ''])).toEqual(expect.arrayContaining([['entity', 'Dominic Raab'], ['entity', 'Jeremy Corbyn']]));
    linkChunk(linker, table, '7:0:a', 'Raab left.');
    const session = table.use('7:0:a');
    expect(session.chunks).toBe(2);
    expect(session.entities.get('wd:Q268584')).toBeGreaterThanOrEqual(1);
  });

  it('a new page in the same tab and frame ends the one before; other frames and tabs stay', () => {
    const table = new SessionTable();
    table.use('1:0:old');
    table.use('1:3:frame');
    table.use('2:0:other');
    table.use('1:0:new');
    expect(table.size).toBe(3);
    table.drop('1:*');
    expect(table.size).toBe(1);
    table.drop('2:0:other');
    expect(table.size).toBe(0);
  });

  it('forgets the least recently used pages beyond the cap, and pages idle too long', () => {
    let now = 0;
    const table = new SessionTable(() => now);
    for (let tab = 0; tab < MAX_SESSIONS + 5; tab++) table.use(`${tab}:0:p`);
    expect(table.size).toBe(MAX_SESSIONS);
    now += MAX_IDLE_MS + 1;
    table.use('999:0:p');
    expect(table.size).toBe(1);
  });
});
