/**
 * The bulk layer (kb/bulk/*.ndjson.gz, written by scripts/kb-import/): hundreds of thousands of
 * entities from open registries, merged under the curated KB. De-duplication is by Wikidata QID
 * first, then by folded name + country + kind of entity; a curated entity that a bulk record
 * duplicates gains its identifiers and source link only (its names and text stay curated), and
 * bulk records that duplicate one another pool their names. Platform-free: the CLI reads the files.
 */
import { isOrganisationType, type Entity, type Source } from './model.ts';
import { normalizeKey } from './keys.ts';
import { checkEntity, type Issue } from './validate.ts';

/** The header line of a bulk file. */
export interface BulkSource {
  /** Short label for source links and stats ("GeoNames"). */
  label: string;
  name: string;
  version: string;
  licence: string;
  url: string;
}

/** One parsed bulk file; `path` is relative to kb/bulk. */
export interface BulkFile {
  path: string;
  source: BulkSource;
  entries: unknown[];
}

/** Where an identifier scheme's record lives on the web: the entity's own source link. */
const ID_LINKS: [scheme: string, url: (id: string) => string][] = [
  ['geonames', (id) => `https://www.geonames.org/${id}`],
  ['ror', (id) => `https://ror.org/${id}`],
  ['partyfacts', (id) => `https://partyfacts.herokuapp.com/data/partycodes/${id}/`],
  ['wikidata', (id) => `https://www.wikidata.org/wiki/${id}`],
  ['enwikiCurid', (id) => `https://en.wikipedia.org/?curid=${id}`],
  ['enwiki', (id) => `https://en.wikipedia.org/wiki/${encodeURIComponent(id)}`],
];

function sourceOf(e: Entity, source: BulkSource): Source {
  for (const [scheme, url] of ID_LINKS) {
    const id = e.ids?.[scheme];
    if (id) return { label: source.label, url: url(id) };
  }
  return { label: source.label, url: source.url };
}

/**
 * Organisations of every kind meet under one key: ROR's "company" is a curated "organization".
 * A sports team is a kind of its own: the club Universidad de Chile is not the university.
 */
const family = (e: Entity): string => (isOrganisationType(e.type) && e.type !== 'sports-team' ? 'org' : e.type);
const nameKey = (e: Entity): string => `${normalizeKey(e.name)}|${e.country ?? ''}|${family(e)}`;

/** Adds the other's identifiers and source; for two bulk records also its names and the higher prominence. */
function absorb(into: Entity, other: Entity, pool: boolean): void {
  into.ids = { ...other.ids, ...into.ids };
  const sources = into.sources ?? [];
  for (const s of other.sources ?? []) if (!sources.some((x) => x.url === s.url)) sources.push(s);
  into.sources = sources;
  if (!pool) return;
  const seen = new Set([into.name, ...into.aliases.map((a) => a.text)].map((t) => t.toLowerCase()));
  for (const a of [{ text: other.name }, ...other.aliases]) {
    if (seen.has(a.text.toLowerCase())) continue;
    seen.add(a.text.toLowerCase());
    into.aliases.push(a);
  }
  into.prominence = Math.max(into.prominence ?? 0, other.prominence ?? 0);
  into.country ??= other.country;
}

export interface BulkResult {
  /** New entities (not duplicates of the core), `layer: 'bulk'`. */
  entities: Entity[];
  errors: Issue[];
  /** How many records each source gave, and how many were folded into another entity. */
  counts: Record<string, { records: number; merged: number }>;
}

/**
 * Merges bulk files (in the order given: the first file's record wins a duplicate) under `core`,
 * which may be updated in place (identifiers and source links only).
 */
export function mergeBulk(core: Entity[], files: BulkFile[]): BulkResult {
  const errors: Issue[] = [];
  const byQid = new Map<string, Entity>();
  const byName = new Map<string, Entity>();
  /** The bulk file each pooled entity came from: namesakes within one registry are different things (two Springfields). */
  const fileOf = new WeakMap<Entity, string>();
  /** Curated bodies of no one country (the EU, the UN): a registry files them under a seat ("European Union", BE). */
  const stateless = new Map<string, Entity>();
  /**
   * People by folded name alone (null once two share it): a registry that knows no one's country
   * (a film's cast) names the same person as one that does, if that name is nobody else's.
   */
  const personByName = new Map<string, Entity | null>();
  const notePerson = (e: Entity): void => {
    if (e.type !== 'person') return;
    const key = normalizeKey(e.name);
    personByName.set(key, personByName.has(key) && personByName.get(key) !== e ? null : e);
  };
  for (const e of core) {
    notePerson(e);
    if (e.ids?.wikidata) byQid.set(e.ids.wikidata, e);
    if (!byName.has(nameKey(e))) byName.set(nameKey(e), e);
    if (!e.country && e.type !== 'person') stateless.set(`${normalizeKey(e.name)}|${family(e)}`, e);
  }
  const added: Entity[] = [];
  /** Ids of folded records → the entity they folded into, for relations that name them (a film's cast). */
  const redirect = new Map<string, string>();
  const counts: BulkResult['counts'] = {};
  for (const file of files) {
    const count = (counts[file.source.label] ??= { records: 0, merged: 0 });
    file.entries.forEach((raw, i) => {
      const { entity, problems } = checkEntity(raw);
      for (const message of problems) errors.push({ file: `bulk/${file.path}`, entry: `#${i + 1}`, message });
      if (!entity) return;
      const e: Entity = { ...entity, origin: 'shipped', layer: 'bulk', sources: [sourceOf(entity, file.source)] };
      count.records += 1;
      const qid = e.ids?.wikidata;
      const namesake = byName.get(nameKey(e));
      const person = e.type === 'person' && !e.country ? personByName.get(normalizeKey(e.name)) : undefined;
      const seen = (qid && byQid.get(qid)) || (namesake && fileOf.get(namesake) !== file.path ? namesake : undefined)
        || stateless.get(`${normalizeKey(e.name)}|${family(e)}`) || (person && fileOf.get(person) !== file.path ? person : undefined);
      if (seen) {
        absorb(seen, e, fileOf.has(seen));
        redirect.set(e.id, seen.id);
        count.merged += 1;
        return;
      }
      fileOf.set(e, file.path);
      notePerson(e);
      added.push(e);
      if (qid) byQid.set(qid, e);
      if (!namesake) byName.set(nameKey(e), e);
    });
  }
  for (const e of added) {
    if (e.relations) e.relations = e.relations.map((r) => ({ ...r, target: redirect.get(r.target) ?? r.target }));
  }
  return { entities: added, errors, counts };
}
