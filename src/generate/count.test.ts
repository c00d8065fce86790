import { describe, expect, it } from 'vitest';
import { countSuffixes, padded, parseCount } from './count.js';

describe('parseCount', () => {
  it('reads a number, a list and an inclusive range', () => {
    expect(parseCount(3)).toEqual({ kind: 'ok', values: [1, 2, 3] });
    expect(parseCount([7, -3])).toEqual({ kind: 'ok', values: [7, -3] });
    expect(parseCount('10..=12')).toEqual({ kind: 'ok', values: [10, 11, 12] });
  });

  it('refuses what BAPCtools refuses', () => {
    for (const raw of [0, 101, 2.5, [], [1, 1], ['a'], '5..=1', '1..10', null]) expect(parseCount(raw).kind).toBe('invalid');
  });
});

describe('count suffixes', () => {
  it('pads consecutive values as Python does, sign included', () => {
    expect(countSuffixes([-2, -1, 0, 1, 2])).toEqual(['-2', '-1', '00', '01', '02']);
    expect(countSuffixes([1, 2, 3])).toEqual(['1', '2', '3']);
    expect(countSuffixes([-123456, 0, 1000000])).toEqual(['-123456', '0', '1000000']);
    expect(padded(-1, 3)).toBe('-01');
  });
});
