// UNIQUE(a, b, ...): the arrays have the same indices, and no two indices hold the same
// tuple (a[i], b[i], ...). As in the reference, a failure is a rejection of the input
// with its reason, not a false test. A million entries are common (all points distinct),
// so a single array of integers is checked by sorting numbers, not by hashing bigints.

import { ArrayVariable, type EntryKey } from './array-variable.js';
import { formatValue, identityKey } from './values.js';
import { type Value } from './value-types.js';

export type UniqueCheck = { unique: true } | { unique: false; problem: string };

export interface NamedArray {
  name: string;
  entries: ArrayVariable;
}

export function checkUnique(arrays: readonly NamedArray[]): UniqueCheck {
  const [first, ...others] = arrays;
  for (const other of others) {
    if (other.entries.size !== first!.entries.size) {
      return { unique: false, problem: `${first!.name} and ${other.name} have different numbers of entries (${first!.entries.size} and ${other.entries.size})` };
    }
  }
  if (others.length === 0) {
    const repeated = repeatedSafeInteger(first!.entries);
    if (repeated === 'none') return { unique: true };
    // With a repeat, or values other than small integers, the general way below finds and names it.
  }
  const seenAt = new Map<bigint | string, EntryKey>();
  for (const [key, value] of first!.entries.entries()) {
    const tuple: Value[] = [value];
    for (const other of others) {
      const otherValue = other.entries.get(key);
      const at = ArrayVariable.formatKey(key);
      if (otherValue === undefined) return { unique: false, problem: `${other.name}${at} is not defined, but ${first!.name}${at} is` };
      tuple.push(otherValue);
    }
    const tupleKey = others.length === 0 ? identityKey(value) : tuple.map(lengthPrefixedKey).join('');
    const earlier = seenAt.get(tupleKey);
    if (earlier !== undefined) return { unique: false, problem: describeRepeat(arrays, tuple, key, earlier) };
    seenAt.set(tupleKey, key);
  }
  return { unique: true };
}

/** 'none' when all values are integers within ±2^53 and distinct; 'maybe' otherwise. */
function repeatedSafeInteger(entries: ArrayVariable): 'none' | 'maybe' {
  const numbers = new Float64Array(entries.size);
  let count = 0;
  for (const value of entries.values()) {
    if (typeof value !== 'bigint' || value > 9007199254740991n || value < -9007199254740991n) return 'maybe';
    numbers[count++] = Number(value);
  }
  numbers.sort();
  for (let index = 1; index < count; index++) if (numbers[index] === numbers[index - 1]) return 'maybe';
  return 'none';
}

/** Identity keys of several values joined so that no two different tuples join alike. */
function lengthPrefixedKey(value: Value): string {
  const key = identityKey(value);
  const text = typeof key === 'bigint' ? `i${key}` : key;
  return `${text.length}:${text}`;
}

/** `x[8] = 3 equals x[1]`, or for several arrays `(x[8], y[8]) = (0, 1) equals (x[1], y[1])`. */
function describeRepeat(arrays: readonly NamedArray[], tuple: readonly Value[], key: EntryKey, earlier: EntryKey): string {
  const entries = (at: EntryKey) => arrays.map(({ name }) => `${name}${ArrayVariable.formatKey(at)}`).join(', ');
  const values = tuple.map(formatValue).join(', ');
  if (arrays.length === 1) return `${entries(key)} = ${values} equals ${entries(earlier)}`;
  return `(${entries(key)}) = (${values}) equals (${entries(earlier)})`;
}
