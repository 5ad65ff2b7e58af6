/**
 * The knowledge-base model: what an entity is, as the linker matches it and a card shows it.
 * Plain serialisable data only, so the same objects live in IndexedDB, cross the message
 * protocol, and are written by the KB compiler.
 */

/** Version of the shape below. Bump it when a stored record changes shape (and add a migration). */
export const KB_SCHEMA_VERSION = 1;

/**
 * The mapped entity types (issue 15). Order matters: the linker index stores a
 * type as its position, and the popup groups by it. `work` is a named film, book, album, song,
 * TV series or product.
 */
export const ENTITY_TYPES = [
  'person',
  'organization',
  'company',
  'agency',
  'party',
  'sports-team',
  'media',
  'university',
  'court',
  'threat-actor',
  'country',
  'place',
  'event',
  'work',
  'other',
] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

/**
 * Types that are bodies of people (an organisation of some kind): the linker treats them alike
 * where it speaks of organisations (word-set names, qualifiers, credits).
 */
export const ORGANISATION_TYPES: ReadonlySet<EntityType> = new Set<EntityType>([
  'organization', 'company', 'agency', 'party', 'sports-team', 'media', 'university', 'court',
]);

/** True for an organisation of any kind (see ORGANISATION_TYPES). */
export function isOrganisationType(type: string): boolean {
  return ORGANISATION_TYPES.has(type as EntityType);
}

/** One real name an entity goes by. Never a garble: the linker handles those. */
export interface Alias {
  text: string;
  /** Match only with this exact letter case (acronyms such as "DAX", "SVR", "TASS"). */
  caseSensitive?: boolean;
  /** Ambiguous on its own (a common word, a shared acronym): link only when the context supports it. */
  contextDependent?: boolean;
  /** What sort of name it is; informational (cards group by it). */
  kind?: 'official' | 'short' | 'acronym' | 'transliteration' | 'nickname' | 'former' | 'native' | 'demonym' | 'other';
}

/** A role or title held, with ISO 8601 dates cut to the precision known (YYYY, YYYY-MM or YYYY-MM-DD). */
export interface Role {
  title: string;
  /** ISO 3166-1 alpha-2 of the state the office belongs to. */
  country?: string;
  from?: string;
  to?: string;
  /** For a role with no `to`: the date the source last saw it open (it may have ended since). */
  asOf?: string;
}

/** A typed edge to another entity, e.g. APT29 attributed-to SVR. */
export interface Relation {
  type: string;
  /** Entity id of the other end. */
  target: string;
}

export interface Source {
  label: string;
  url: string;
}

export interface Entity {
  /** Stable id, `namespace:key`, lower-case for curated ids: `country:GB`, `attack:G0016`, `wd:Q268584`, `org:tass`. */
  id: string;
  name: string;
  type: EntityType;
  aliases: Alias[];
  /** One or two sentences, written by us. */
  description: string;
  /** ISO 3166-1 alpha-2 of the country the entity belongs to or is attributed to. */
  country?: string;
  roles?: Role[];
  /** Ids of entities this one belongs to (a party, a parent agency). */
  affiliation?: string[];
  founded?: string;
  born?: string;
  died?: string;
  relations?: Relation[];
  /** Identifiers by scheme: wikidata (Q-id), mitreAttack (G-id), stix, ticker, isoAlpha2, … */
  ids?: Record<string, string>;
  sources?: Source[];
  /** 0..1, how often international news names it; breaks ties and licenses surname-only links. */
  prominence?: number;
  /** Lower-case words that, near a mention, support this entity (e.g. "index", "shares" for DAX the index). */
  cues?: string[];
  /** Where it came from: shipped with the extension or made by the user. */
  origin?: 'shipped' | 'user';
  /**
   * `bulk` for an entity of the bulk layer (open registries, kb/bulk): low trust, so the linker asks
   * it for evidence of its own; absent for curated and imported entities.
   */
  layer?: 'bulk';
}

export interface KnowledgeBase {
  schemaVersion: number;
  /** Content version of the shipped data, e.g. "2026.11.23-1"; changes whenever entities change. */
  contentVersion: string;
  entities: Entity[];
}
