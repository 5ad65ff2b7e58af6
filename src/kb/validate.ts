/**
 * Validation of knowledge-base entries: shape (types, required fields, ISO dates, id format),
 * duplicate ids, dangling relation targets and alias collisions. Every issue names its file and entry.
 */
import { ENTITY_TYPES, type Alias, type Entity, type EntityType } from './model.ts';
import { normalizeKey } from './keys.ts';

/** One problem found, located by file and entry (e.g. `#12 (wd:Q268584)` or `entities[3]`). */
export interface Issue {
  file: string;
  entry: string;
  message: string;
}

/** `namespace:key`; namespace lower-case, key without spaces. */
export const ID_PATTERN = /^[a-z][a-z0-9-]*:[A-Za-z0-9][A-Za-z0-9._-]*$/;
/** ISO 8601 cut to the precision known: YYYY, YYYY-MM or YYYY-MM-DD. */
export const ISO_DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;
const ALIAS_KINDS = new Set(['official', 'short', 'acronym', 'transliteration', 'nickname', 'former', 'native', 'demonym', 'other']);
const COUNTRY = /^[A-Z]{2}$/;

type Raw = Record<string, unknown>;
const isObject = (v: unknown): v is Raw => typeof v === 'object' && v !== null && !Array.isArray(v);
const isString = (v: unknown): v is string => typeof v === 'string';

/** Formats an issue as one line: `file: entry: message`. */
export function formatIssue(issue: Issue): string {
  return `${issue.file}: ${issue.entry}: ${issue.message}`;
}

function normalizeAlias(raw: unknown, at: string, problems: string[]): Alias | undefined {
  if (isString(raw)) return raw.trim() ? { text: raw.trim() } : (problems.push(`${at}: empty alias`), undefined);
  if (!isObject(raw) || !isString(raw.text) || !raw.text.trim()) {
    problems.push(`${at}: an alias is a string or {text, caseSensitive?, contextDependent?, kind?}`);
    return undefined;
  }
  const alias: Alias = { text: raw.text.trim() };
  for (const flag of ['caseSensitive', 'contextDependent'] as const) {
    if (raw[flag] === undefined) continue;
    if (typeof raw[flag] !== 'boolean') problems.push(`${at}.${flag}: must be true or false`);
    else alias[flag] = raw[flag];
  }
  if (raw.kind !== undefined) {
    if (!isString(raw.kind) || !ALIAS_KINDS.has(raw.kind)) problems.push(`${at}.kind: unknown kind ${JSON.stringify(raw.kind)}`);
    else alias.kind = raw.kind as Alias['kind'];
  }
  return alias;
}

function checkDate(value: unknown, at: string, problems: string[]): void {
  if (value !== undefined && (!isString(value) || !ISO_DATE.test(value))) {
    problems.push(`${at}: not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD): ${JSON.stringify(value)}`);
  }
}

function checkStringList(value: unknown, at: string, problems: string[]): void {
  if (value !== undefined && (!Array.isArray(value) || !value.every(isString))) problems.push(`${at}: must be an array of strings`);
}

function checkRoles(roles: unknown, problems: string[]): void {
  if (roles === undefined) return;
  if (!Array.isArray(roles)) return void problems.push('roles: must be an array');
  roles.forEach((r, i) => {
    if (!isObject(r) || !isString(r.title) || !r.title) return void problems.push(`roles[${i}]: needs a title`);
    if (r.country !== undefined && (!isString(r.country) || !COUNTRY.test(r.country))) problems.push(`roles[${i}].country: not ISO alpha-2`);
    checkDate(r.from, `roles[${i}].from`, problems);
    checkDate(r.to, `roles[${i}].to`, problems);
    checkDate(r.asOf, `roles[${i}].asOf`, problems);
    if (r.asOf !== undefined && r.to !== undefined) problems.push(`roles[${i}].asOf: only for a role without an end date`);
  });
}

function checkLinks(raw: Raw, problems: string[]): void {
  if (raw.relations !== undefined) {
    if (!Array.isArray(raw.relations)) problems.push('relations: must be an array');
    else raw.relations.forEach((r, i) => {
      if (!isObject(r) || !isString(r.type) || !isString(r.target) || !r.type) problems.push(`relations[${i}]: needs type and target`);
    });
  }
  if (raw.sources !== undefined) {
    if (!Array.isArray(raw.sources)) problems.push('sources: must be an array');
    else raw.sources.forEach((s, i) => {
      if (!isObject(s) || !isString(s.label) || !isString(s.url) || !/^https?:\/\//.test(s.url)) problems.push(`sources[${i}]: needs label and an http(s) url`);
    });
  }
  if (raw.ids !== undefined && (!isObject(raw.ids) || !Object.values(raw.ids).every(isString))) problems.push('ids: must map scheme to string');
}

/**
 * Checks one raw entry and returns it as an Entity (aliases normalised to objects), or the problems found.
 * `requireId` is false for user packs, whose ids are assigned later.
 */
export function checkEntity(raw: unknown, requireId = true): { entity?: Entity; problems: string[] } {
  const problems: string[] = [];
  if (!isObject(raw)) return { problems: ['an entry must be an object'] };
  if (requireId && (!isString(raw.id) || !ID_PATTERN.test(raw.id))) problems.push(`id: must look like namespace:key, got ${JSON.stringify(raw.id)}`);
  if (!isString(raw.name) || !raw.name.trim()) problems.push('name: required');
  if (!ENTITY_TYPES.includes(raw.type as EntityType)) problems.push(`type: must be one of ${ENTITY_TYPES.join(', ')}, got ${JSON.stringify(raw.type)}`);
  if (raw.description !== undefined && !isString(raw.description)) problems.push('description: must be a string');
  if (requireId && (!isString(raw.description) || !raw.description.trim())) problems.push('description: required');
  const rawAliases = raw.aliases ?? [];
  if (!Array.isArray(rawAliases)) problems.push('aliases: must be an array');
  const aliases = (Array.isArray(rawAliases) ? rawAliases : []).map((a, i) => normalizeAlias(a, `aliases[${i}]`, problems)).filter((a): a is Alias => !!a);
  if (raw.country !== undefined && (!isString(raw.country) || !COUNTRY.test(raw.country))) problems.push('country: not ISO alpha-2 upper case');
  for (const field of ['founded', 'born', 'died'] as const) checkDate(raw[field], field, problems);
  for (const field of ['affiliation', 'cues'] as const) checkStringList(raw[field], field, problems);
  if (raw.prominence !== undefined && (typeof raw.prominence !== 'number' || raw.prominence < 0 || raw.prominence > 1)) problems.push('prominence: must be a number in 0..1');
  checkRoles(raw.roles, problems);
  checkLinks(raw, problems);
  if (problems.length > 0) return { problems };
  const entity = { ...raw, name: (raw.name as string).trim(), aliases, description: (raw.description as string | undefined) ?? '' } as Entity;
  return { entity, problems };
}

/** Relation targets and affiliations that name no entity in the set. */
export function danglingReferences(entities: Entity[], locate: (id: string) => { file: string; entry: string }): Issue[] {
  const ids = new Set(entities.map((e) => e.id));
  const issues: Issue[] = [];
  for (const e of entities) {
    const targets = [...(e.relations ?? []).map((r) => r.target), ...(e.affiliation ?? [])];
    for (const target of targets) if (!ids.has(target)) issues.push({ ...locate(e.id), message: `dangling reference to unknown entity ${target}` });
  }
  return issues;
}

/** Alias keys used by more than one entity (warnings: the linker disambiguates by context). */
export function aliasCollisions(entities: Entity[]): Map<string, string[]> {
  const owners = new Map<string, Set<string>>();
  for (const e of entities) {
    for (const text of [e.name, ...e.aliases.map((a) => a.text)]) {
      const key = normalizeKey(text);
      if (!key) continue;
      if (!owners.has(key)) owners.set(key, new Set());
      owners.get(key)!.add(e.id);
    }
  }
  const shared = new Map<string, string[]>();
  for (const [key, ids] of owners) if (ids.size > 1) shared.set(key, [...ids]);
  return shared;
}
