/**
 * Reads an export file back: our versioned JSON (`toJson`) or W3C Web Annotation JSON-LD.
 * All or nothing: the first bad field throws an ImportError naming its path, and no partial
 * list is ever returned.
 */
import { ImportError, expectArray, expectObject, join, parseJson } from './check.ts';
import { DOSSIER_EXPORT_FORMAT, DOSSIER_EXPORT_VERSION, type Highlight } from './model.ts';
import { checkUniqueIds, validateHighlight } from './validate.ts';
import { fromW3c, hasType } from './w3c-parse.ts';

export { ImportError } from './check.ts';

export interface ImportResult {
  /** Which of the two formats the file was. */
  format: 'dossier' | 'w3c';
  highlights: Highlight[];
}

function parseDossier(doc: Record<string, unknown>): Highlight[] {
  const version = doc.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw new ImportError('version', `expected a positive integer, got ${JSON.stringify(version) ?? typeof version}`);
  }
  if (version > DOSSIER_EXPORT_VERSION) {
    throw new ImportError('version', `file is version ${version}; this Dossier reads up to ${DOSSIER_EXPORT_VERSION}. Update Dossier to import it.`);
  }
  const list = expectArray(doc.highlights, 'highlights');
  const highlights = list.map((h, i) => validateHighlight(h, join('highlights', i)));
  checkUniqueIds(highlights, (i) => join('highlights', i));
  return highlights;
}

/** Parses an export file's text; throws ImportError (with a path) if anything is wrong. */
export function parseImport(text: string): ImportResult {
  const doc = parseJson(text);
  let result: ImportResult;
  if (!Array.isArray(doc) && expectObject(doc, '').format !== undefined) {
    const o = doc as Record<string, unknown>;
    if (o.format !== DOSSIER_EXPORT_FORMAT) {
      throw new ImportError('format', `expected "${DOSSIER_EXPORT_FORMAT}", got ${JSON.stringify(o.format)}`);
    }
    result = { format: 'dossier', highlights: parseDossier(o) };
  } else if (Array.isArray(doc) || hasType(doc, 'AnnotationCollection') || hasType(doc, 'Annotation')) {
    result = { format: 'w3c', highlights: fromW3c(doc) };
  } else {
    throw new ImportError('(root)', 'not a Dossier export or W3C annotation document');
  }
  return result;
}
