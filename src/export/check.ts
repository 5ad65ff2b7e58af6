/**
 * Small typed readers for untrusted JSON. Each names the path of what it reads, so an import
 * error says exactly where a file is wrong: `highlights[12].selectors.quote.exact: expected string`.
 */

/** A file that cannot be imported. Nothing from it is returned or stored. */
export class ImportError extends Error {
  constructor(
    /** Where in the file, e.g. `highlights[3].tags[0]`; `(root)` for the whole document. */
    readonly path: string,
    readonly problem: string,
  ) {
    // A problem with the whole file is said plainly, without a path a reader would not know.
    super(path === '(root)' ? problem : `${path}: ${problem}`);
    this.name = 'ImportError';
  }
}

export type Json = Record<string, unknown>;

/** Joins a path and a key: `join('a', 'b')` is `a.b`, `join('', 'b')` is `b`, `join('a', 3)` is `a[3]`. */
export function join(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  return path ? `${path}.${key}` : key;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

export function expectObject(value: unknown, path: string): Json {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new ImportError(path || '(root)', `expected object, got ${describe(value)}`);
  }
  return value as Json;
}

export function expectArray(value: unknown, path: string): unknown[] {
  if (!Array.isArray(value)) throw new ImportError(path, `expected array, got ${describe(value)}`);
  return value;
}

export function expectString(value: unknown, path: string, opts: { nonEmpty?: boolean } = {}): string {
  if (typeof value !== 'string') throw new ImportError(path, `expected string, got ${describe(value)}`);
  if (opts.nonEmpty && value.length === 0) throw new ImportError(path, 'expected a non-empty string');
  return value;
}

/** A non-negative safe integer (text offsets). */
export function expectOffset(value: unknown, path: string): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
    throw new ImportError(path, `expected a non-negative integer, got ${JSON.stringify(value) ?? describe(value)}`);
  }
  return value;
}

const ISO_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$/;

/** An RFC 3339 timestamp, returned normalised to UTC with milliseconds (`toISOString`). */
export function expectTimestamp(value: unknown, path: string): string {
  const text = expectString(value, path);
  const ms = ISO_UTC.test(text) ? Date.parse(text) : NaN;
  if (Number.isNaN(ms)) throw new ImportError(path, `expected an ISO 8601 timestamp, got ${JSON.stringify(text)}`);
  return new Date(ms).toISOString();
}

/** One of a fixed set of strings. */
export function expectOneOf<T extends string>(value: unknown, allowed: readonly T[], path: string): T {
  const text = expectString(value, path);
  if (!(allowed as readonly string[]).includes(text)) {
    throw new ImportError(path, `expected one of ${allowed.join(', ')}, got ${JSON.stringify(text)}`);
  }
  return text as T;
}

/** Control characters JSON text never holds outside strings: a sign of a binary file. */
// eslint-disable-next-line no-control-regex -- control characters are exactly what this looks for
const BINARY = /[\u0000-\u0008\u000e-\u001f\u007f]/;

/**
 * Why `text` is not JSON, in words for a reader: never the file's own bytes (the engine's
 * message quotes them), a line and column where the engine gives a position.
 */
export function jsonProblem(text: string, error: unknown): string {
  if (text.trim() === '') return 'not JSON: the file is empty';
  if (BINARY.test(text.slice(0, 4096))) return 'not JSON: it looks like a binary file';
  const message = error instanceof Error ? error.message : String(error);
  if (/Unexpected end of JSON input/i.test(message)) return 'not valid JSON: it ends too early (truncated?)';
  const at = /at position (\d+)/.exec(message);
  if (at) {
    const before = text.slice(0, Number(at[1]));
    const line = before.split('\n').length;
    return `not valid JSON: ${message.replace(/ in JSON at position \d+| at position \d+/, '')} at line ${line}, column ${before.length - before.lastIndexOf('\n')}`;
  }
  return `not valid JSON: ${message.replace(/, ".*" is not valid JSON$/s, '')}`;
}

/** Parses JSON, turning a syntax error into an ImportError at the root. */
export function parseJson(text: string): unknown {
  const clean = text.replace(/^\uFEFF/, '');
  try {
    return JSON.parse(clean);
  } catch (error) {
    throw new ImportError('(root)', jsonProblem(clean, error));
  }
}
