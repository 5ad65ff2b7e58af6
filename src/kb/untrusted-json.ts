/**
 * Guards for parsed JSON from a file the user picked: keys that could reach an object's prototype,
 * absurd nesting and NUL characters are reported with their path instead of being stored.
 */

/** Keys refused anywhere in a pack: spread or merged carelessly, they reach an object's prototype. */
const HOSTILE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
/** Far deeper than any entity (entities[0].roles[0].x is 4 levels) and shallow enough to walk safely. */
export const MAX_DEPTH = 16;

export interface JsonProblem {
  where: string;
  message: string;
}

const step = (path: string, key: string | number) => (typeof key === 'number' ? `${path}[${key}]` : path ? `${path}.${key}` : key);

/**
 * The first hostile key, over-deep value or string with a NUL character in `value`, or undefined.
 * Iterative, so a file nested 100,000 levels deep cannot overflow the stack.
 */
export function findJsonProblem(value: unknown, root = ''): JsonProblem | undefined {
  const stack: [unknown, string, number][] = [[value, root, 0]];
  while (stack.length) {
    const [v, path, depth] = stack.pop()!;
    const where = path || 'file';
    if (typeof v === 'string') {
      if (v.includes('\u0000')) return { where, message: 'contains a NUL character' };
      continue;
    }
    if (typeof v !== 'object' || v === null) continue;
    if (depth >= MAX_DEPTH) return { where, message: `nested more than ${MAX_DEPTH} levels deep` };
    if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) stack.push([v[i], step(path, i), depth + 1]);
      continue;
    }
    const keys = Object.keys(v);
    const bad = keys.find((k) => HOSTILE_KEYS.has(k));
    if (bad) return { where: step(path, bad), message: 'this key is not allowed' };
    for (let i = keys.length - 1; i >= 0; i--) stack.push([(v as Record<string, unknown>)[keys[i]!], step(path, keys[i]!), depth + 1]);
  }
  return undefined;
}
