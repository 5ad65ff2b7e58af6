/**
 * The linker reads one or more packed indexes (packed-index.ts) as one: the shipped KB's, built
 * at build time, and the user's own entities after it, built in the Worker. Each layer's entity
 * and alias numbers follow the layers before it, as if the entities had been indexed together;
 * a look-up asks every layer and lists the shipped KB's answers first.
 */
import type { PackedIndex } from './packed-index.ts';
import type { PostingTable } from './posting-table.ts';

/** One packed index and where its entity and alias numbers start. */
export interface IndexLayer {
  index: PackedIndex;
  entityShift: number;
  aliasShift: number;
}

/** Layers for indexes in order, numbered one after another. */
export function stackLayers(indexes: readonly PackedIndex[]): IndexLayer[] {
  let entityShift = 0;
  let aliasShift = 0;
  return indexes.map((index) => {
    const layer = { index, entityShift, aliasShift };
    entityShift += index.entityCount;
    aliasShift += index.aliasCount;
    return layer;
  });
}

/** A map's `get`, all the look-up tables need: the values under a key, undefined when absent. */
export interface Lookup<V> {
  get(key: string): readonly V[] | undefined;
}

/** A set's `has`. */
export interface KeySet {
  has(key: string): boolean;
}

/**
 * A look-up over one posting table of every layer: `make` turns the `stride` values at `i` of a
 * layer's list into what the stage works with (an entity number moved by the layer's shift…).
 */
export function stackedLookup<V>(layers: readonly IndexLayer[], table: (index: PackedIndex) => PostingTable, make: (layer: IndexLayer, values: Int32Array, i: number) => V, stride = 1): Lookup<V> {
  return {
    get(key) {
      let out: V[] | undefined;
      for (const layer of layers) {
        const values = table(layer.index).get(key);
        if (!values) continue;
        out ??= [];
        for (let i = 0; i < values.length; i += stride) out.push(make(layer, values, i));
      }
      return out;
    },
  };
}

/** Whether any layer's table has the key. */
export function stackedKeys(layers: readonly IndexLayer[], table: (index: PackedIndex) => PostingTable): KeySet {
  return { has: (key) => layers.some((layer) => table(layer.index).has(key)) };
}
