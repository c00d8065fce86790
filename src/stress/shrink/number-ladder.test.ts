import { describe, expect, it } from 'vitest';
import { isInteger, ladder, magnitudeOf } from './number-ladder.js';

describe('ladder', () => {
  it('offers 0 first, then points closing in on the failing value, ascending', () => {
    expect(ladder(-1n, 100n)).toEqual([0n, 50n, 75n, 88n, 94n, 97n, 99n]);
  });

  it('offers only values strictly between the bounds, and none when they touch', () => {
    expect(ladder(3n, 6n)).toEqual([4n, 5n]);
    expect(ladder(4n, 5n)).toEqual([]);
    expect(ladder(-1n, 0n)).toEqual([]);
  });

  it('stays short for huge numbers', () => {
    const values = ladder(-1n, 10n ** 18n);
    expect(values.length).toBeLessThanOrEqual(8);
    expect(values[0]).toBe(0n);
  });
});

describe('magnitudeOf', () => {
  it('keeps the sign of a negative number, and writes 0 without one', () => {
    const { magnitude, write } = magnitudeOf('-42');
    expect(magnitude).toBe(42n);
    expect(write(7n)).toBe('-7');
    expect(write(0n)).toBe('0');
  });

  it('knows integers from other tokens', () => {
    expect(['12', '-3', '007'].every(isInteger)).toBe(true);
    expect(['1.5', 'abc', '', '-'].some(isInteger)).toBe(false);
  });
});
