/**
 * Word tables for spotting names the KB does not know. General language knowledge only: name
 * structure words (suffixes of organisations, place cues, name particles), never a name.
 */
import type { EntityType } from '../../kb/model.ts';

/** Last words of organisation names, with the type they suggest. */
export const ORG_SUFFIXES: ReadonlyMap<string, EntityType> = new Map([
  ...'inc ltd llc plc corp corporation co company holdings group gmbh ag sa nv bv limited partners industries enterprises bakery brewery'
    .split(' ').map((w) => [w, 'company'] as const),
  ...('institute committee council association foundation trust society union federation league bank hospital museum ' +
    'centre center charity alliance coalition network church cathedral theatre orchestra')
    .split(' ').map((w) => [w, 'organization'] as const),
  ...'university college school academy'.split(' ').map((w) => [w, 'university'] as const),
  ...'court tribunal'.split(' ').map((w) => [w, 'court'] as const),
  ...'club fc'.split(' ').map((w) => [w, 'sports-team'] as const),
  ...'party'.split(' ').map((w) => [w, 'party'] as const),
  ...'press times post herald journal gazette'.split(' ').map((w) => [w, 'media'] as const),
  ...'agency authority commission department ministry office service board directorate bureau police government'
    .split(' ').map((w) => [w, 'agency'] as const),
  ...'street road avenue lane square bridge river lake mountain hill park valley island bay county district village'
    .split(' ').map((w) => [w, 'place'] as const),
]);

/** First words of organisation names when "of" follows ("University of Leeds", "Bank of Ghana"). */
export const ORG_HEADS = new Set(['university', 'bank', 'institute', 'college', 'museum', 'ministry', 'department', 'court', 'church', 'school', 'academy', 'society', 'council', 'federation', 'association', 'office', 'city', 'county', 'port', 'isle', 'lake', 'mount']);

/** Lower-case words that may sit inside a name between capitalised words ("Bank of England", "Ursula von der Leyen"). */
export const CONNECTORS = new Set(['of', 'de', 'del', 'della', 'di', 'da', 'das', 'dos', 'du', 'des', 'la', 'le', 'van', 'von', 'der', 'den', 'ter', 'bin', 'al', 'el', 'and', 'for', 'on', 'y']);

/** Connectors that may not join two names in a list ("Tom and Jane") unless an organisation word follows. */
export const LIST_CONNECTORS = new Set(['and', 'for', 'on']);

/** Short titles written before a person's name, with or without a full stop. */
export const PERSON_TITLES = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'sen', 'rep', 'gov', 'sir', 'dame', 'lord', 'lady', 'cllr', 'councillor', 'rev', 'reverend', 'fr', 'sister', 'brother', 'mp', 'judge', 'justice', 'coach', 'manager', 'captain', 'striker', 'midfielder', 'defender', 'goalkeeper', 'officer', 'inspector', 'detective', 'sergeant', 'constable', 'chef', 'author', 'artist', 'singer', 'actor', 'actress', 'director', 'producer']);

/** Directions before "of" that make the next name a place ("north of Exeter"). */
export const DIRECTIONS = new Set(['north', 'south', 'east', 'west', 'northeast', 'northwest', 'southeast', 'southwest', 'outskirts', 'centre', 'center', 'edge']);

/** Words right before a name that say it is a place ("in Little Snoring", "the village of X"). */
export const PLACE_PREPOSITIONS = new Set(['in', 'near', 'outside', 'across', 'around', 'at', 'from', 'to', 'towards', 'through', 'via']);
export const PLACE_NOUNS = new Set(['village', 'town', 'city', 'county', 'region', 'province', 'state', 'district', 'suburb', 'island', 'hamlet', 'borough', 'parish', 'municipality', 'neighbourhood', 'neighborhood', 'port', 'capital']);

/** Words of a role or description that say what kind of thing is described. */
export const ROLE_TYPE_WORDS: ReadonlyMap<string, EntityType> = new Map([
  ...[...PLACE_NOUNS, 'area', 'resort', 'valley', 'river', 'estate'].map((w) => [w, 'place'] as const),
  ...'company firm maker startup start-up retailer chain brand lender insurer developer manufacturer supplier operator producer label carmaker airline'
    .split(' ').map((w) => [w, 'company'] as const),
  ...'group charity band organisation organization association institute bank'.split(' ').map((w) => [w, 'organization'] as const),
  ...'university school college'.split(' ').map((w) => [w, 'university'] as const),
  ...'club team side'.split(' ').map((w) => [w, 'sports-team'] as const),
  ...'publisher broadcaster newspaper'.split(' ').map((w) => [w, 'media'] as const),
  ...'party'.split(' ').map((w) => [w, 'party'] as const),
  ...'court tribunal'.split(' ').map((w) => [w, 'court'] as const),
  ...'regulator agency authority watchdog ministry department body commission'.split(' ').map((w) => [w, 'agency'] as const),
  // Works with a name: "the journal Sleep Health", "the album Different Class".
  ...'album film book novel series show podcast programme program song play'.split(' ').map((w) => [w, 'work'] as const),
  ...'journal magazine paper report'.split(' ').map((w) => [w, 'other'] as const),
]);

/** Words after a name that say a person spoke or acted. */
export const PERSON_VERBS = new Set(['said', 'says', 'told', 'added', 'explained', 'argued', 'wrote', 'insisted', 'admitted', 'claimed', 'warned', 'scored', 'believes', 'thinks', 'recalled', 'who']);

/** Adjectives of nationality, religion and the like end so; one such word alone is no name ("Scottish", "Japanese"). */
export const ADJECTIVE_ENDING = /(?:ish|ian|ean|ese|ic|an|i|ans|is|ics)$/;

/** First words of place names ("North Ayrshire", "Upper Wallop", "Port Talbot"). */
export const PLACE_PREFIXES = new Set(['river', 'loch', 'cape', 'glen', 'north', 'south', 'east', 'west', 'upper', 'lower', 'little', 'great', 'new', 'old', 'port', 'fort', 'mount', 'lake', 'san', 'santa', 'st', 'saint', 'los', 'las', 'el', 'le', 'la', 'bad', 'isle']);

/** Company words a publisher's name ends in, dropped for the site's own name ("Ledger Line Media Ltd" → "Ledger Line"). */
export const PUBLISHER_WORDS = new Set(['media', 'publishing', 'publishers', 'publications', 'newspapers', 'group', 'holdings', 'communications', 'ltd', 'limited', 'llc', 'inc', 'plc', 'co', 'company', 'corporation']);

/** Nouns a name qualifies after an article ("the Kurmi market", "the Micron plant"): places and facilities. */
export const HEAD_NOUNS = new Set([...PLACE_NOUNS, 'market', 'plant', 'factory', 'site', 'mine', 'refinery', 'station', 'airport', 'stadium', 'ground', 'headquarters', 'campus', 'estate', 'store', 'mall', 'hospital', 'prison', 'festival', 'project', 'scheme', 'programme', 'program', 'campaign', 'case', 'inquiry', 'family']);
