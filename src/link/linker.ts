/**
 * The linker: text in, linked mentions out. Stages run in order of certainty, each adding to a
 * shared state: alias matches (resolved in context), then spelling variants of people, codes and
 * organisation names, then names the page defines itself, then references back.
 */
import { scanTokens } from '../text/tokens.ts';
import { linkAppositiveLists, linkParentheticalAcronyms } from './appositive.ts';
import { codeTableOf, linkCodeNames } from './code-names.ts';
import { PageContext } from './context.ts';
import { linkCoreferences } from './coreference.ts';
import { linkRepeatedSpellings } from './discourse.ts';
import { buildAliasTable, findAliasCandidates, hasAliasKey } from './exact.ts';
import { EntityTable } from './entity-table.ts';
import { packedIndexOf } from './index-binary.ts';
import { stackLayers } from './layers.ts';
import type { IndexEntity, LinkerIndex } from './linker-index.ts';
import { dropInsideLongerNames } from './longer-names.ts';
import { dropNamePartMatches } from './name-parts.ts';
import { linkNearNames } from './near-names.ts';
import { linkLeadingWords } from './short-forms.ts';
import { nearTableOf } from './near-table.ts';
import { linkOrgNames } from './org-names.ts';
import { orgTableOf } from './org-table.ts';
import type { PackedIndex } from './packed-index.ts';
import { linkPersonVariants } from './person-names.ts';
import { personTableOf } from './person-table.ts';
import { dropForeignQualified } from './org-qualifiers.ts';
import { dropQualifiedPlaces } from './place-names.ts';
import { corefMemory, recordChunk, relinkPageEntities, seedFromPage, upgradeEarlier } from './page-link.ts';
import { PageState, rebasePage } from './page-state.ts';
import { resolveAliasCandidates, THRESHOLD } from './resolve.ts';
import { linkCoordinated } from './coordination.ts';
import { linkWithLateEvidence } from './second-look.ts';
import { linkRegionsNamedLikeCities } from './region-or-city.ts';
import { linkPlacesByEvidence } from './place-evidence.ts';
import { linkSportsTeams } from './sports-teams.ts';
import { LinkState, type Candidate } from './state.ts';
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
  /** Whether `keys` (folded words, space-joined) is a name or alias of a KB entity, linked or not. */
  knows(keys: string): boolean;
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

/** Builds a linker from a compact index (in the CLI or a test): packed as the build packs it, then read in place. */
export function createLinker(index: LinkerIndex): Linker {
  return linkerOver([packedIndexOf(index)]);
}

/**
 * The linker over packed indexes read in place (the Worker's: the shipped KB's file, then the
 * user's entities): nothing to build, the look-up tables are in the indexes.
 */
export function linkerOver(indexes: readonly PackedIndex[]): Linker {
  const layers = stackLayers(indexes);
  const entities = new EntityTable(layers);
  const aliases = buildAliasTable(layers);
  const people = personTableOf(layers);
  const orgs = orgTableOf(layers);
  const codes = codeTableOf(layers);
  const near = nearTableOf(layers);
  const knows = (keys: string): boolean => hasAliasKey(aliases, keys);

  function mentionAt(start: number, end: number, quote: string, c: Candidate): Mention {
    const entity = entities.get(c.entity) as IndexEntity;
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
    size: indexes.reduce((n, index) => n + index.aliasCount, 0),
    knows,
    startPage(from) {
      if (!from) return new PageState(entities);
      if (!byId) {
        byId = new Map();
        for (let n = 0; n < entities.length; n++) byId.set(entities.id(n) as string, n);
      }
      const numbers = byId;
      return rebasePage(from, entities, (id) => numbers.get(id));
    },
    link(text, options = {}) {
      const page = options.page;
      if (page && page.state.owner !== entities) throw new Error('this page state belongs to another linker');
      const tokens = scanTokens(text);
      const state = new LinkState(tokens, new PageContext(tokens), entities);
      if (page) seedFromPage(state, page.state);
      const candidates = findAliasCandidates(aliases, tokens);
      resolveAliasCandidates(state, candidates);
      if (page) relinkPageEntities(state, page.state);
      dropNamePartMatches(state, people);
      dropQualifiedPlaces(state);
      dropForeignQualified(state);
      linkPlacesByEvidence(state, candidates);
      linkRegionsNamedLikeCities(state);
      linkWithLateEvidence(state, candidates);
      linkCoordinated(state, candidates);
      linkPersonVariants(state, people);
      linkOrgNames(state, orgs);
      linkNearNames(state, near, knows);
      linkRepeatedSpellings(state);
      linkCodeNames(state, codes);
      linkParentheticalAcronyms(state);
      linkAppositiveLists(state);
      linkSportsTeams(state);
      const coref = linkCoreferences(state, people, page && corefMemory(page.state));
      linkLeadingWords(state);
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
