/**
 * STIX 2.1 export (https://docs.oasis-open.org/cti/stix/v2.1/): a bundle with
 *   report        one per page, `object_refs` to its entities and notes
 *   intrusion-set threat-actor entities (MITRE ATT&CK groups are intrusion sets)
 *   identity      people (`individual`), organisations and agencies (`organization`)
 *   location      countries (with `country`), places whose country is known
 *   note          one per highlight: `abstract` = the quoted passage, `content` = the note
 *                 (or the passage when there is none), `object_refs` = its report and entities
 * Ids are UUID v5 from Dossier's namespace and the entity id / page URL / highlight id, so the
 * same thing gets the same STIX id in every export. Events and "other" entities have no STIX
 * 2.1 SDO, and a place with no known country cannot be a valid `location`: those are left out.
 */
import type { Highlight, HighlightEntity } from './model.ts';
import { mapWithProgress, type ConvertOptions } from './progress.ts';
import { uuidV5 } from './uuid.ts';

export interface StixOptions extends ConvertOptions {
  /** ISO 3166-1 alpha-2 of an entity's country, when the KB knows it (used for places). */
  countryOf?: (entityId: string) => string | undefined;
}

type Sdo = Record<string, unknown> & { type: string; id: string; created: string; modified: string };

const stamp = (iso: string) => new Date(iso).toISOString();
const stixId = (type: string, name: string) => `${type}--${uuidV5(name)}`;

/** The country code of a `country:XX` id, else what the KB says. */
function countryCode(e: HighlightEntity, options: StixOptions): string | undefined {
  const own = /^country:([a-z]{2})$/i.exec(e.id)?.[1];
  return (own ?? options.countryOf?.(e.id))?.toUpperCase();
}

function references(e: HighlightEntity): Record<string, string>[] {
  const refs = [{ source_name: 'dossier', external_id: e.id }];
  const attack = /^attack:(G\d{4})$/i.exec(e.id)?.[1];
  if (attack) refs.push({ source_name: 'mitre-attack', external_id: attack.toUpperCase() });
  return refs;
}

/** The STIX type and type-specific properties for an entity, or null when STIX has no fit. */
function entityShape(e: HighlightEntity, options: StixOptions): { type: string; props: Record<string, string> } | null {
  switch (e.type) {
    case 'threat-actor': return { type: 'intrusion-set', props: {} };
    case 'person': return { type: 'identity', props: { identity_class: 'individual' } };
    case 'organization':
    case 'company':
    case 'agency':
    case 'party':
    case 'sports-team':
    case 'media':
    case 'university':
    case 'court': return { type: 'identity', props: { identity_class: 'organization' } };
    case 'country':
    case 'place': {
      const country = countryCode(e, options);
      return country ? { type: 'location', props: { country } } : null;
    }
    default: return null;
  }
}

/** Widens an SDO's created/modified to cover one more highlight. */
function widen(sdo: Sdo, h: Highlight): void {
  if (stamp(h.created) < sdo.created) sdo.created = stamp(h.created);
  if (stamp(h.modified) > sdo.modified) sdo.modified = stamp(h.modified);
}

function entitySdo(e: HighlightEntity, h: Highlight, options: StixOptions): Sdo | null {
  const shape = entityShape(e, options);
  if (!shape) return null;
  return {
    type: shape.type, spec_version: '2.1', id: stixId(shape.type, `entity:${e.id}`),
    created: stamp(h.created), modified: stamp(h.modified), name: e.name, ...shape.props,
    external_references: references(e),
  };
}

/** Builds the bundle's objects: reports first, then entities, then notes. */
function objects(highlights: readonly Highlight[], options: StixOptions): Sdo[] {
  const reports = new Map<string, Sdo & { object_refs: string[] }>();
  const entities = new Map<string, Sdo>();
  const notes = mapWithProgress(highlights, (h) => {
    const reportId = stixId('report', `report:${h.source}`);
    const report = reports.get(h.source) ?? {
      type: 'report', spec_version: '2.1', id: reportId, created: stamp(h.created), modified: stamp(h.modified),
      name: h.title || h.source, published: stamp(h.modified), object_refs: [] as string[],
      external_references: [{ source_name: 'web', url: h.source }],
    };
    reports.set(h.source, report);
    widen(report, h);
    report.published = report.modified;
    const refs: string[] = [];
    for (const e of h.entities) {
      const sdo = entities.get(e.id) ?? entitySdo(e, h, options);
      if (!sdo) continue;
      entities.set(e.id, sdo);
      widen(sdo, h);
      if (!refs.includes(sdo.id)) refs.push(sdo.id);
      if (!report.object_refs.includes(sdo.id)) report.object_refs.push(sdo.id);
    }
    const note: Sdo = {
      type: 'note', spec_version: '2.1', id: stixId('note', `note:${h.id}`),
      created: stamp(h.created), modified: stamp(h.modified),
      abstract: h.selectors.quote.exact, content: h.note || h.selectors.quote.exact,
      object_refs: [reportId, ...refs],
      ...(h.tags.length ? { labels: [...h.tags] } : {}),
      external_references: [{ source_name: 'dossier', external_id: h.id, url: h.source }],
    };
    report.object_refs.push(note.id);
    return note;
  }, options);
  return [...reports.values(), ...entities.values(), ...notes];
}

/** Writes highlights as a STIX 2.1 bundle (two-space indented JSON, trailing newline). */
export function toStix(highlights: readonly Highlight[], options: StixOptions = {}): string {
  const bundle = {
    type: 'bundle',
    id: stixId('bundle', `bundle:${highlights.map((h) => h.id).join(' ')}`),
    objects: objects(highlights, options),
  };
  return `${JSON.stringify(bundle, null, 2)}\n`;
}
