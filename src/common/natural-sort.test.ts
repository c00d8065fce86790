import { describe, expect, it } from 'vitest';
import { compareNatural, sortNatural } from './natural-sort.js';

describe('sortNatural', () => {
  it('puts 2 before 10', () => {
    expect(sortNatural(['10', '2', '1'])).toEqual(['1', '2', '10']);
  });

  it('compares digit runs inside names', () => {
    expect(sortNatural(['test-10', 'test-9', 'sample-10', 'sample-2'])).toEqual(['sample-2', 'sample-10', 'test-9', 'test-10']);
    expect(sortNatural(['a10b2', 'a10b10', 'a2b99'])).toEqual(['a2b99', 'a10b2', 'a10b10']);
  });

  it('handles numbers too long for a double', () => {
    expect(sortNatural(['100000000000000000000', '99999999999999999999'])).toEqual(['99999999999999999999', '100000000000000000000']);
  });

  it('ignores case first, so Big and big sit together', () => {
    expect(sortNatural(['small', 'Big', 'big', 'Alpha'])).toEqual(['Alpha', 'Big', 'big', 'small']);
  });

  it('puts a name before its longer continuations', () => {
    expect(sortNatural(['a1', 'a', 'a0'])).toEqual(['a', 'a0', 'a1']);
  });

  it('gives the same order whatever the input order, even for equal numbers', () => {
    const names = ['01', '1', '001', 'x'];
    expect(sortNatural(names)).toEqual(sortNatural([...names].reverse()));
    expect(compareNatural('1', '1')).toBe(0);
    expect(compareNatural('01', '1')).not.toBe(0);
  });

  it('does not change its argument', () => {
    const names = ['b', 'a'];
    sortNatural(names);
    expect(names).toEqual(['b', 'a']);
  });
});
