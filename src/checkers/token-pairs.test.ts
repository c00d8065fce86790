import { describe, expect, it } from 'vitest';
import { TokenPairs } from './token-pairs.js';

describe('TokenPairs', () => {
  it('stops only at pairs that differ, then at the end', () => {
    const pairs = new TokenPairs('a b c d', 'a\nB c\r\nD');
    expect(pairs.nextDifference()).toBe('different');
    expect([pairs.tokenNumber(), pairs.expectedToken(), pairs.actualToken()]).toEqual([2, 'b', 'B']);
    expect(pairs.nextDifference()).toBe('different');
    expect([pairs.tokenNumber(), pairs.expectedToken(), pairs.actualToken()]).toEqual([4, 'd', 'D']);
    expect(pairs.nextDifference()).toBe('both-ended');
    expect(pairs.tokenNumber()).toBe(4);
  });

  it('tells which output ran out and what the other still holds', () => {
    const short = new TokenPairs('1 2 3 4', '1 2');
    expect(short.nextDifference()).toBe('actual-ended');
    expect([short.tokenNumber(), short.expectedToken(), short.expectedTokenCount()]).toEqual([2, '3', 4]);

    const long = new TokenPairs('1 2', '1 2 3 4');
    expect(long.nextDifference()).toBe('expected-ended');
    expect([long.tokenNumber(), long.actualToken()]).toEqual([2, '3']);
  });

  it('sees a token that only one output continues as different', () => {
    const pairs = new TokenPairs('12 5', '123 5');
    expect(pairs.nextDifference()).toBe('different');
    expect([pairs.expectedToken(), pairs.actualToken()]).toEqual(['12', '123']);
    expect(pairs.nextDifference()).toBe('both-ended');
  });

  it('handles empty and blank outputs', () => {
    expect(new TokenPairs('', '').nextDifference()).toBe('both-ended');
    expect(new TokenPairs(' \n', '\t').nextDifference()).toBe('both-ended');
    const pairs = new TokenPairs('x', ' ');
    expect(pairs.nextDifference()).toBe('actual-ended');
    expect([pairs.tokenNumber(), pairs.expectedToken()]).toEqual([0, 'x']);
  });
});
