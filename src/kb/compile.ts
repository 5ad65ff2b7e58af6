/**
 * The KB compiler: source files (already parsed JSON) → one validated KnowledgeBase.
 * Platform-free: the CLI reads the files and hands them in. Curated entries are merged over imported
 * ones with the same id (curated fields win), countries come from world-countries, alias flags by rule.
 */
import { KB_SCHEMA_VERSION, type Entity, type KnowledgeBase } from './model.ts';
import { applyAliasRules } from './alias-rules.ts';
import { addLegalNameForms } from './legal-forms.ts';
import { buildCountries } from './countries.ts';
import { adoptIds, buildCapitals } from './capitals.ts';
import { mergeEntity } from './merge.ts';
import { mergeBulk, type BulkFile, type BulkResult } from './bulk.ts';
import { aliasCollisions, checkEntity, danglingReferences, type Issue } from './validate.ts';
import commonWordsFile from '../../kb/common-words.json';

/** One parsed source file; `path` is relative to kb/sources (e.g. `imported/people.json`). */
export interface SourceFile {
  path: string;
  data: unknown;
}

export interface CompileOptions {
  /** Date part of the content version, ISO `YYYY-MM-DD`; defaults to today. */
  date?: string;
  /** Lower-case words whose aliases are context-dependent; defaults to kb/common-words.json. */
  commonWords?: Iterable<string>;
  /** Add world-countries entities, countries and their capitals (default true). */
  countries?: boolean;
  /** The bulk layer (kb/bulk), merged under the curated entities; none by default. */
  bulk?: BulkFile[];
}

export interface CompileResult {
  kb: KnowledgeBase;
  errors: Issue[];
  /** Alias collisions and other non-fatal findings. */
  warnings: Issue[];
  /** Records per bulk source and how many were duplicates, when a bulk layer was given. */
  bulk?: BulkResult['counts'];
}

interface Located {
  entity: Entity;
  file: string;
  entry: string;
}

const isImported = (path: string): boolean => path.startsWith('imported/');

function entriesOf(file: SourceFile, errors: Issue[]): unknown[] {
  const data = file.data;
  if (Array.isArray(data)) return data;
  if (data && typeof data === 'object' && Array.isArray((data as { entities?: unknown }).entities)) return (data as { entities: unknown[] }).entities;
  errors.push({ file: file.path, entry: '(file)', message: 'must be a JSON array of entities or {entities: [...]}' });
  return [];
}

/** Reads and checks every entry; duplicate ids within one tier are errors. */
function collect(files: SourceFile[], errors: Issue[]): { imported: Map<string, Located>; curated: Map<string, Located> } {
  const tiers = { imported: new Map<string, Located>(), curated: new Map<string, Located>() };
  for (const file of [...files].sort((a, b) => a.path.localeCompare(b.path))) {
    const tier = isImported(file.path) ? tiers.imported : tiers.curated;
    entriesOf(file, errors).forEach((raw, i) => {
      const rawId = (raw as { id?: unknown } | null)?.id;
      const entry = `#${i}${typeof rawId === 'string' ? ` (${rawId})` : ''}`;
      const { entity, problems } = checkEntity(raw);
      for (const message of problems) errors.push({ file: file.path, entry, message });
      if (!entity) return;
      const seen = tier.get(entity.id);
      if (seen) {
        errors.push({ file: file.path, entry, message: `duplicate id ${entity.id} (also ${seen.file} ${seen.entry})` });
        return;
      }
      tier.set(entity.id, { entity: { ...entity, origin: 'shipped' }, file: file.path, entry });
    });
  }
  return tiers;
}

/** 8 hex digits of two FNV-1a passes: a short, stable content hash without node:crypto. */
export function contentHash(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995) ^ (b >>> 15);
  }
  return ((a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0')).slice(0, 10);
}

/** Compiles sources into a KnowledgeBase; `errors` non-empty means the KB must not be shipped. */
export function compileKb(files: SourceFile[], options: CompileOptions = {}): CompileResult {
  const errors: Issue[] = [];
  const { imported, curated } = collect(files, errors);
  const located = new Map<string, Located>();
  if (options.countries !== false) {
    for (const entity of buildCountries()) located.set(entity.id, { entity, file: '(world-countries)', entry: entity.id });
    const sourced = [...imported.values(), ...curated.values()].map((l) => l.entity);
    for (const entity of adoptIds(buildCapitals(), sourced)) located.set(entity.id, { entity, file: '(world-countries capitals)', entry: entity.id });
  }
  for (const [id, l] of imported) {
    const base = located.get(id);
    located.set(id, base ? { ...l, entity: mergeEntity(base.entity, l.entity) } : l);
  }
  for (const [id, l] of curated) {
    const base = located.get(id);
    located.set(id, base ? { ...l, entity: mergeEntity(base.entity, l.entity) } : l);
  }
  const core = [...located.values()].map((l) => l.entity);
  const locate = (id: string) => {
    const l = located.get(id);
    return { file: l?.file ?? '?', entry: l?.entry ?? id };
  };
  errors.push(...danglingReferences(core, locate));
  const bulk = options.bulk ? mergeBulk(core, options.bulk) : undefined;
  if (bulk) errors.push(...bulk.errors);
  const entities = bulk ? [...core, ...bulk.entities.filter((e) => !located.has(e.id))] : core;
  entities.sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
  const commonWords = new Set(options.commonWords ?? commonWordsFile.words);
  addLegalNameForms(entities, commonWords);
  applyAliasRules(entities, commonWords);
  // Shared aliases are a curator's warning: among the bulk layer's namesakes they are the rule.
  const warnings: Issue[] = [...aliasCollisions(core)].map(([key, ids]) => ({
    file: locate(ids[0]).file,
    entry: ids.join(', '),
    message: `alias "${key}" is shared by ${ids.length} entities`,
  }));
  const date = (options.date ?? new Date().toISOString().slice(0, 10)).replace(/-/g, '.');
  const kb: KnowledgeBase = {
    schemaVersion: KB_SCHEMA_VERSION,
    contentVersion: `${date}-${contentHash(JSON.stringify(entities))}`,
    entities,
  };
  return { kb, errors, warnings, ...(bulk ? { bulk: bulk.counts } : {}) };
}
