/**
 * User packs: a researcher's own entities, as JSON (an array of entities or {entities: [...]}, KB schema)
 * or CSV (`name,type,aliases,description,url`, aliases `;`-separated). All or nothing: any error and no
 * entity is returned, each error located by CSV line or JSON entry path.
 */
import { ENTITY_TYPES, type Entity, type EntityType } from './model.ts';
import { slugify } from './keys.ts';
import { parseCsv } from './csv.ts';
import { checkEntity } from './validate.ts';
import { findJsonProblem } from './untrusted-json.ts';

export interface PackError {
  /** `line 4` (CSV) or `entities[2].aliases[0]` (JSON). */
  where: string;
  message: string;
}

export interface PackResult {
  entities: Entity[];
  errors: PackError[];
}

const CSV_COLUMNS = ['name', 'type', 'aliases', 'description', 'url'];
/** Fields an entity may have (src/kb/model.ts); anything else in a JSON pack is an error, not silently stored. */
const ENTITY_FIELDS = new Set(['id', 'name', 'type', 'aliases', 'description', 'country', 'roles', 'affiliation', 'founded',
  'born', 'died', 'relations', 'ids', 'sources', 'prominence', 'cues', 'origin']);

/** Gives each entity a `user:<slug>` id, unique within the pack. */
function assignIds(entities: Entity[]): Entity[] {
  const used = new Set<string>();
  return entities.map((e) => {
    const base = `user:${slugify(e.name) || 'entity'}`;
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    return { ...e, id, origin: 'user' as const };
  });
}

function parseJsonPack(text: string): PackResult {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { entities: [], errors: [{ where: 'file', message: `not valid JSON: ${error instanceof Error ? error.message : String(error)}` }] };
  }
  const wrapped = !Array.isArray(data);
  const list = Array.isArray(data) ? data : (data as { entities?: unknown } | null)?.entities;
  if (!Array.isArray(list)) return { entities: [], errors: [{ where: 'file', message: 'expected an array of entities or {"entities": [...]}' }] };
  const hostile = findJsonProblem(data);
  if (hostile) return { entities: [], errors: [hostile] };
  const errors: PackError[] = [];
  const entities: Entity[] = [];
  list.forEach((raw, i) => {
    const path = wrapped ? `entities[${i}]` : `[${i}]`;
    const { entity, problems } = checkEntity(raw, false);
    if (typeof raw === 'object' && raw !== null && !Array.isArray(raw)) {
      for (const key of Object.keys(raw)) if (!ENTITY_FIELDS.has(key)) problems.push(`${key}: unknown field`);
    }
    for (const p of problems) {
      const [field, ...rest] = p.split(': ');
      errors.push(rest.length ? { where: `${path}.${field}`, message: rest.join(': ') } : { where: path, message: p });
    }
    if (entity) entities.push(entity);
  });
  return errors.length ? { entities: [], errors } : { entities: assignIds(entities), errors };
}

function csvRowEntity(row: Record<string, string>, line: number, errors: PackError[]): Entity | undefined {
  const where = `line ${line}`;
  const name = row.name?.trim() ?? '';
  const type = (row.type?.trim().toLowerCase() || '') as EntityType;
  if (!name) errors.push({ where, message: 'name is empty' });
  if (!ENTITY_TYPES.includes(type)) errors.push({ where, message: `type must be one of ${ENTITY_TYPES.join(', ')}, got "${row.type ?? ''}"` });
  const url = row.url?.trim();
  if (url && !/^https?:\/\/\S+$/.test(url)) errors.push({ where, message: `url must be http(s): "${url}"` });
  if (!name || !ENTITY_TYPES.includes(type) || (url && !/^https?:\/\/\S+$/.test(url))) return undefined;
  const aliases = (row.aliases ?? '').split(';').map((a) => a.trim()).filter(Boolean).map((text) => ({ text }));
  return {
    id: '', name, type, aliases, description: row.description?.trim() ?? '',
    ...(url ? { sources: [{ label: 'User source', url }] } : {}),
  };
}

function parseCsvPack(text: string): PackResult {
  const nul = text.indexOf('\u0000');
  if (nul >= 0) return { entities: [], errors: [{ where: `line ${text.slice(0, nul).split('\n').length}`, message: 'contains a NUL character (is this a binary file?)' }] };
  const { records, errors: csvErrors } = parseCsv(text);
  const errors: PackError[] = csvErrors.map((e) => ({ where: `line ${e.line}`, message: e.message }));
  const [header, ...rows] = records;
  if (!header) return { entities: [], errors: errors.length ? errors : [{ where: 'line 1', message: 'empty file' }] };
  const columns = header.fields.map((f) => f.trim().toLowerCase());
  const unknown = columns.filter((c) => !CSV_COLUMNS.includes(c));
  if (unknown.length || !columns.includes('name') || !columns.includes('type')) {
    errors.push({ where: `line ${header.line}`, message: `header must name columns from ${CSV_COLUMNS.join(',')} (name and type required)` });
    return { entities: [], errors };
  }
  const entities: Entity[] = [];
  for (const { line, fields } of rows) {
    if (fields.length !== columns.length) {
      errors.push({ where: `line ${line}`, message: `expected ${columns.length} fields, found ${fields.length}` });
      continue;
    }
    const entity = csvRowEntity(Object.fromEntries(columns.map((c, i) => [c, fields[i]])), line, errors);
    if (entity) entities.push(entity);
  }
  return errors.length ? { entities: [], errors } : { entities: assignIds(entities), errors };
}

/** Parses a pack; the format is taken from `format` or guessed (JSON starts with `[` or `{`). */
export function parseUserPack(text: string, format?: 'json' | 'csv'): PackResult {
  const kind = format ?? (/^\s*[[{]/.test(text.replace(/^\uFEFF/, '')) ? 'json' : 'csv');
  return kind === 'json' ? parseJsonPack(text) : parseCsvPack(text);
}
