import { describe, expect, it } from 'vitest';
import { ArrayVariable } from './array-variable.js';
import { rational } from './rational.js';
import { Variables } from './variables.js';

describe('ArrayVariable', () => {
  it('keeps small indices in an array and all others in a map, counting both', () => {
    const entries = new ArrayVariable();
    const keys = [[], [0n], [5n], [-1n], [1n << 40n], [1n, 2n]].map((indices) => ArrayVariable.keyOf(indices));
    expect(keys).toEqual(['', 0, 5, '-1', '1099511627776', '1,2']);
    keys.forEach((key, value) => entries.set(key, BigInt(value)));
    expect(entries.size).toBe(6);
    expect(keys.map((key) => entries.get(key))).toEqual([0n, 1n, 2n, 3n, 4n, 5n]);
    expect(entries.get(3)).toBeUndefined();
    expect([...entries.entries()].map(([key]) => key)).toEqual([0, 5, '', '-1', '1099511627776', '1,2']);
  });

  it('returns the value an entry had, and counts an entry once', () => {
    const entries = new ArrayVariable();
    expect(entries.set(0, 1n)).toBeUndefined();
    expect(entries.set(0, 2n)).toBe(1n);
    expect(entries.set('', 3n)).toBeUndefined();
    expect(entries.set('', 4n)).toBe(3n);
    expect(entries.size).toBe(2);
  });

  it('formats keys the way programs write indices', () => {
    expect([ArrayVariable.formatKey(''), ArrayVariable.formatKey(3), ArrayVariable.formatKey('1,2')]).toEqual(['', '[3]', '[1,2]']);
  });
});

describe('Variables', () => {
  it('holds a plain variable and its array entries side by side', () => {
    const variables = new Variables();
    variables.set('x', [], 1n);
    variables.set('x', [1n], 2n);
    expect([variables.get('x', []), variables.get('x', [1n]), variables.get('x', [2n]), variables.get('y', [])]).toEqual([1n, 2n, undefined, undefined]);
    variables.unset('x');
    expect(variables.has('x')).toBe(false);
  });

  it('finds values of the same kind with INARRAY, and forgets overwritten ones', () => {
    const variables = new Variables();
    variables.set('a', [0n], 5n);
    variables.set('a', [1n], rational(7n));
    expect(variables.includes('a', 5n)).toBe(true);
    expect(variables.includes('a', rational(5n))).toBe(false);
    expect(variables.includes('a', 7n)).toBe(false);
    variables.set('a', [0n], 6n);
    variables.set('a', [2n], 6n);
    expect(variables.includes('a', 5n)).toBe(false);
    expect(variables.includes('a', 6n)).toBe(true);
    variables.set('a', [0n], 1n);
    expect(variables.includes('a', 6n)).toBe(true);
    variables.set('a', [2n], 1n);
    expect(variables.includes('a', 6n)).toBe(false);
  });
});

describe('UNIQUE', () => {
  function withArrays(arrays: Record<string, [bigint[], bigint | string][]>): Variables {
    const variables = new Variables();
    for (const [name, entries] of Object.entries(arrays)) for (const [indices, value] of entries) variables.set(name, indices, value);
    return variables;
  }

  it('accepts distinct values and tuples', () => {
    const variables = withArrays({
      x: [[[0n], 1n], [[1n], 1n], [[2n], 2n]],
      y: [[[0n], 1n], [[1n], 2n], [[2n], 1n]],
      big: [[[0n], 1n << 80n], [[1n], (1n << 80n) + 1n]],
      z: [[[0n], 3n], [[5n], -3n], [[], 0n]],
    });
    expect(variables.unique(['z'])).toEqual({ unique: true });
    expect(variables.unique(['x', 'y'])).toEqual({ unique: true });
    expect(variables.unique(['big'])).toEqual({ unique: true });
  });

  it('names the repeated entry and the one it repeats', () => {
    const variables = withArrays({
      x: [[[0n], 1n], [[1n], 1n], [[2n], 1n]],
      y: [[[0n], 1n], [[1n], 2n], [[2n], 1n]],
      s: [[[], 'a'], [[7n], 'a']],
    });
    expect(variables.unique(['x'])).toEqual({ unique: false, problem: 'x[1] = 1 equals x[0]' });
    expect(variables.unique(['x', 'y'])).toEqual({ unique: false, problem: '(x[2], y[2]) = (1, 1) equals (x[0], y[0])' });
    expect(variables.unique(['s'])).toEqual({ unique: false, problem: 's = "a" equals s[7]' });
  });

  it('needs the same indices in every array', () => {
    const variables = withArrays({ x: [[[0n], 1n], [[1n], 2n]], y: [[[0n], 1n]], z: [[[0n], 1n], [[2n], 2n]] });
    expect(variables.unique(['x', 'y'])).toEqual({ unique: false, problem: 'x and y have different numbers of entries (2 and 1)' });
    expect(variables.unique(['x', 'z'])).toEqual({ unique: false, problem: 'z[1] is not defined, but x[1] is' });
  });

  it('does not confuse tuples whose parts join alike', () => {
    const variables = withArrays({ a: [[[0n], 'x,'], [[1n], 'x']], b: [[[0n], 'y'], [[1n], ',y']] });
    expect(variables.unique(['a', 'b'])).toEqual({ unique: true });
  });
});
