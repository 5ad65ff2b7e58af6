/**
 * The entities as the linker's stages see them: an `IndexEntity` object is made from the packed
 * columns only for an entity a stage looks at, and kept (a bounded number) so the same entity is
 * the same object while it matters (support.ts caches its cue hashes by object).
 */
import type { IndexEntity } from './linker-index.ts';
import type { IndexLayer } from './layers.ts';

/** Entity objects kept at most; a page touches hundreds. */
const MAX_CACHED = 10_000;

export class EntityTable {
  /** Number of entities, in every layer. */
  readonly length: number;
  private readonly cache = new Map<number, IndexEntity>();

  constructor(private readonly layers: readonly IndexLayer[]) {
    const last = layers[layers.length - 1];
    this.length = last ? last.entityShift + last.index.entityCount : 0;
  }

  /** Entity `n`'s type without making its object: for stages that scan the whole KB once. */
  type(n: number): IndexEntity['type'] | undefined {
    const layer = this.layerOf(n);
    return layer?.index.type(n - layer.entityShift);
  }

  /** Entity `n`'s id without making its object. */
  id(n: number): string | undefined {
    const layer = this.layerOf(n);
    return layer?.index.id(n - layer.entityShift);
  }

  /** Entity `n`'s name without making its object. */
  name(n: number): string | undefined {
    const layer = this.layerOf(n);
    return layer?.index.name(n - layer.entityShift);
  }

  /** Entity `n`'s folded context words without making its object. */
  cues(n: number): string | undefined {
    const layer = this.layerOf(n);
    return layer?.index.cues(n - layer.entityShift);
  }

  /** Entity `n`'s prominence without making its object (0 out of range). */
  prominence(n: number): number {
    const layer = this.layerOf(n);
    return layer ? layer.index.prominence(n - layer.entityShift) : 0;
  }

  private layerOf(n: number): IndexLayer | undefined {
    // Most entities are the shipped KB's, the first layer: asked for on every candidate.
    const first = this.layers[0];
    if (first && n >= 0 && n < first.index.entityCount) return first;
    return this.layers.find((l) => n >= l.entityShift && n < l.entityShift + l.index.entityCount);
  }

  /** Entity `n`, or undefined out of range (as an array's element would be). */
  get(n: number): IndexEntity | undefined {
    const known = this.cache.get(n);
    if (known) return known;
    const layer = this.layerOf(n);
    if (!layer) return undefined;
    if (this.cache.size >= MAX_CACHED) this.cache.clear();
    const entity = entityOf(layer, n - layer.entityShift);
    this.cache.set(n, entity);
    return entity;
  }
}

function entityOf({ index, entityShift }: IndexLayer, n: number): IndexEntity {
  const country = index.country(n);
  return {
    id: index.id(n),
    name: index.name(n),
    type: index.type(n),
    ...(country ? { country } : {}),
    prominence: index.prominence(n),
    cues: index.cues(n),
    related: Array.from(index.related(n), (t) => t + entityShift),
    relatedBy: Array.from(index.relatedBy(n), (t) => t + entityShift),
  };
}
