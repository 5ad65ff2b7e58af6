/** The linking engine: compile entities into a compact index, then link text against it. */
export { buildLinkerIndex, LINKER_INDEX_VERSION, type LinkerIndex } from './linker-index.ts';
export { createLinker, linkerOver, type Linker, type LinkOptions } from './linker.ts';
export type { Mention, MatchHow } from './types.ts';
export { PageState, type ChunkUpgrade } from './page-state.ts';
