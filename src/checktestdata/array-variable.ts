// The entries of one variable name. Every name is an array: the plain variable is the
// entry with no indices, so x and x[1] can both exist, as in the reference. Validators
// mostly fill x[0], x[1], ... from the input, millions of them, so one-dimensional
// indices from 0 up to DENSE_LIMIT live in a JavaScript array (ten times faster than a
// Map here); anything else (x[-1], x[10^9], x[i,j]) lives in a Map keyed by its text.

import type { Value } from './value-types.js';

const DENSE_LIMIT = 1 << 24;
const DENSE_LIMIT_BIG = BigInt(DENSE_LIMIT);

/** Where an entry lives: a number is an index into the dense array, a string a key of the map ("" is the plain variable). */
export type EntryKey = number | string;

export class ArrayVariable {
  private readonly dense: (Value | undefined)[] = [];
  private denseCount = 0;
  private readonly sparse = new Map<string, Value>();

  static keyOf(indices: readonly bigint[]): EntryKey {
    if (indices.length === 1) {
      const index = indices[0]!;
      return index >= 0n && index < DENSE_LIMIT_BIG ? Number(index) : index.toString();
    }
    return indices.join(',');
  }

  /** "[3]", "[1,2]", or "" for the plain variable. */
  static formatKey(key: EntryKey): string {
    return key === '' ? '' : `[${key}]`;
  }

  get size(): number {
    return this.denseCount + this.sparse.size;
  }

  get(key: EntryKey): Value | undefined {
    return typeof key === 'number' ? this.dense[key] : this.sparse.get(key);
  }

  /** Returns the value the entry had, if any. */
  set(key: EntryKey, value: Value): Value | undefined {
    if (typeof key === 'string') {
      const previous = this.sparse.get(key);
      this.sparse.set(key, value);
      return previous;
    }
    const { dense } = this;
    // Filling the next index keeps the array packed; a gap only makes it holey.
    const previous = key < dense.length ? dense[key] : undefined;
    if (previous === undefined) this.denseCount++;
    dense[key] = value;
    return previous;
  }

  /** Entries in order: dense indices ascending, then the others in the order they were first set. */
  *entries(): IterableIterator<[EntryKey, Value]> {
    const { dense } = this;
    for (let index = 0; index < dense.length; index++) {
      const value = dense[index];
      if (value !== undefined) yield [index, value];
    }
    yield* this.sparse;
  }

  *values(): IterableIterator<Value> {
    for (const [, value] of this.entries()) yield value;
  }
}
