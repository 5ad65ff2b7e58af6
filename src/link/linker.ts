/**
 * The linker: text in, linked mentions out. Stages run in order of certainty, each adding to a
 * shared state: alias matches (resolved in context), then spelling variants of people, codes and
 * organisation names, then names the page defines itself, then references back.
 */
import { scanTokens } from '../text/tokens.ts';
import { linkAppositiveLists, linkParentheticalAcronyms } from './appositive.ts';
import { buildCodeTable, linkCodeNames } from './code-names.ts';
import { PageContext } from './context.ts';
import { linkCoreferences } from './coreference.ts';
import { buildAliasTable, findAliasCandidates } from './exact.ts';
import { indexEntities, indexEntitiesBuild, type IndexEntity, type LinkerIndex } from './linker-index.ts';
import { dropInsideLongerNames } from './longer-names.ts';
import { dropNamePartMatches } from './name-parts.ts';
import { linkOrgNames } from './org-names.ts';
import { buildOrgTable, orgTableBuild } from './org-table.ts';
import { buildPersonTable, linkPersonVariants, personTableBuild } from './person-names.ts';
import { dropForeignQualified } from './org-qualifiers.ts';
import { dropQualifiedPlaces } from './place-names.ts';
import { corefMemory, recordChunk, relinkPageEntities, seedFromPage, upgradeEarlier } from './page-link.ts';
import { PageState, rebasePage } from './page-state.ts';
import { resolveAliasCandidates, THRESHOLD } from './resolve.ts';
import { LinkState, type Candidate } from './state.ts';
import { buildInSlices, type Build } from './stepwise.ts';
import type { MatchHow, Mention } from './types.ts';

export interface LinkOptions {
  /** Drops a link the user marked wrong: called with the quote and entity id. */
  suppress?: (quote: string, entityId: string) => boolean;
  /**
   * The page this text is a chunk of (from `startPage()`), and the chunk's number: the chunk is
   * linked with what earlier chunks showed, and adds to it (page-link.ts).
   */
  page?: { state: PageState; chunk: number };
}

export interface Linker {
  link(text: string, options?: LinkOptions): Mention[];
  /**
   * A fresh page state, for linking one page chunk by chunk (`LinkOptions.page`); with `from`, a
   * state another linker made, carried over to this one (page-state.ts, `rebasePage`).
   */
  startPage(from?: PageState): PageState;
  /** Number of aliases the linker knows. */
  readonly size: number;
}

const PHRASES: Record<MatchHow, string> = {
  exact: 'by its name',
  alias: 'as a name of',
  variant: 'as a spelling variant of',
  phonetic: 'as a sound-alike spelling of',
  fuzzy: 'as a near spelling of',
  coreference: 'as a later reference to',
  appositive: 'as another name this page gives',
};

function explain(how: MatchHow, quote: string, name: string): string {
  if (how === 'exact') return `matched "${quote}" by name`;
  return `matched "${quote}" ${PHRASES[how]} ${name}`;
}

/** The look-up tables a linker works from, each built from the index. */
interface Tables {
  entities: IndexEntity[];
  aliases: ReturnType<typeof buildAliasTable>;
  people: ReturnType<typeof buildPersonTable>;
  codes: ReturnType<typeof buildCodeTable>;
  orgs: ReturnType<typeof buildOrgTable>;
}

/** Builds a linker from a compact index (in the CLI or a test). */
export function createLinker(index: LinkerIndex): Linker {
  const entities = indexEntities(index);
  const people = buildPersonTable(index);
  const orgs = buildOrgTable(index);
  return linkerFrom(index, { entities, aliases: buildAliasTable(index), people, codes: buildCodeTable(index), orgs });
}

/** Longest run of table building between two pauses, in `createLinkerInSteps`. */
const SLICE_MS = 8;

/**
 * The same linker, its costly tables built in slices of about `SLICE_MS` with `pause()` between
 * them: in a page, all of it in one task took 30–50 ms, and even one table per task reached
 * 49 ms in a cold page (the organisation table alone 41 ms).
 */
export async function createLinkerInSteps(index: LinkerIndex, pause: () => Promise<void>): Promise<Linker> {
  // Each build starts in a task of its own, not in the tail of the last one's final slice.
  const sliced = async <T>(build: Build<T>): Promise<T> => {
    const value = await buildInSlices(build, pause, SLICE_MS);
    await pause();
    return value;
  };
  const entities = await sliced(indexEntitiesBuild(index));
  const people = await sliced(personTableBuild(index));
  const orgs = await sliced(orgTableBuild(index));
  return linkerFrom(index, { entities, aliases: buildAliasTable(index), people, codes: buildCodeTable(index), orgs });
}

function linkerFrom(index: LinkerIndex, { entities, aliases, people, codes, orgs }: Tables): Linker {
  function mentionAt(start: number, end: number, quote: string, c: Candidate): Mention {
    const entity = entities[c.entity] as IndexEntity;
    return {
      start,
      end,
      quote,
      entityId: entity.id,
      entityName: entity.name,
      entityType: entity.type,
      confidence: Math.round(c.confidence * 100) / 100,
      how: c.how,
      explanation: explain(c.how, quote, entity.name),
    };
  }

  function toMention(text: string, state: LinkState, c: Candidate): Mention {
    const start = state.tokens.start[c.from] as number;
    const end = state.tokens.end[c.to - 1] as number;
    return mentionAt(start, end, text.slice(start, end), c);
  }

  /** Entity numbers by id, built the first time a page state is carried over to this linker. */
  let byId: Map<string, number> | null = null;

  return {
    size: index.aliasKeys.length,
    startPage(from) {
      if (!from) return new PageState(entities);
      byId ??= new Map(entities.map((e, n) => [e.id, n]));
      const numbers = byId;
      return rebasePage(from, entities, (id) => numbers.get(id));
    },
    link(text, options = {}) {
      const page = options.page;
      if (page && page.state.owner !== entities) throw new Error('this page state belongs to another linker');
      const tokens = scanTokens(text);
      const state = new LinkState(tokens, new PageContext(tokens), entities);
      if (page) seedFromPage(state, page.state);
      resolveAliasCandidates(state, findAliasCandidates(aliases, tokens));
      if (page) relinkPageEntities(state, page.state);
      dropNamePartMatches(state, people);
      dropQualifiedPlaces(state);
      dropForeignQualified(state);
      linkPersonVariants(state, people);
      linkOrgNames(state, orgs);
      linkCodeNames(state, codes);
      linkParentheticalAcronyms(state);
      linkAppositiveLists(state);
      const coref = linkCoreferences(state, people, page && corefMemory(page.state));
      dropInsideLongerNames(state, people);
      if (page) {
        upgradeEarlier(state, page.state, people, coref, page.chunk, (p, c) => mentionAt(p.start, p.end, p.quote, c));
        recordChunk(state, page.state, people, coref, page.chunk, text);
      }
      return state
        .mentions()
        .filter((c) => c.confidence >= THRESHOLD)
        .map((c) => toMention(text, state, c))
        .filter((m) => !options.suppress?.(m.quote, m.entityId));
    },
  };
}
