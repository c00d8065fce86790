import { describe, expect, it } from 'vitest';
import {
  countTokens,
  firstDifference,
  isBlankFrom,
  isWhitespaceCode,
  sameText,
  startOfCharacter,
  tokenEnd,
  tokenStart,
} from './text-spans.js';

describe('isWhitespaceCode', () => {
  it('matches the C locale isspace() set and nothing else', () => {
    const whitespace = [...' \t\n\v\f\r'].map((c) => c.charCodeAt(0));
    for (const code of whitespace) expect(isWhitespaceCode(code)).toBe(true);
    for (const code of [0, 8, 14, 31, 33, 0xa0, 0x2003, 0x3000]) expect(isWhitespaceCode(code)).toBe(false);
    // What charCodeAt returns past the end: callers rely on it not being whitespace.
    expect(isWhitespaceCode(Number.NaN)).toBe(false);
  });
});

describe('firstDifference', () => {
  it.each([
    ['', '', 0],
    ['abc', 'abc', 3],
    ['abc', 'abd', 2],
    ['abc', 'ab', 2],
    ['', 'x', 0],
  ])('of %j and %j is %d', (a, b, index) => {
    expect(firstDifference(a, b)).toBe(index);
  });

  it('finds differences on either side of the compared slices', () => {
    const long = 'q'.repeat(200_000);
    for (const index of [0, 65_535, 65_536, 65_537, 131_072, 199_999]) {
      const changed = `${long.slice(0, index)}!${long.slice(index + 1)}`;
      expect(firstDifference(long, changed)).toBe(index);
    }
    expect(firstDifference(long, long.slice(0, 150_000))).toBe(150_000);
  });
});

describe('sameText', () => {
  it('compares spans of short and long texts', () => {
    expect(sameText('xabcx', 1, 4, 'abc', 0, 3)).toBe(true);
    expect(sameText('xabcx', 1, 4, 'abd', 0, 3)).toBe(false);
    expect(sameText('ab', 0, 2, 'abc', 0, 3)).toBe(false);
    const long = 'z'.repeat(1000);
    expect(sameText(`-${long}`, 1, 1001, long, 0, 1000)).toBe(true);
    expect(sameText(`-${long}`, 1, 1001, `${long.slice(1)}y`, 0, 1000)).toBe(false);
  });
});

describe('token helpers', () => {
  it('find where tokens start and end', () => {
    expect(tokenStart('ab cd', 4)).toBe(3);
    expect(tokenStart('ab cd', 3)).toBe(3);
    expect(tokenStart('abcd', 3)).toBe(0);
    expect(tokenEnd('ab cd', 3)).toBe(5);
    expect(tokenEnd('ab cd', 2)).toBe(2);
  });

  it('count tokens in a span', () => {
    expect(countTokens(' a bb\n c ', 0, 9)).toBe(3);
    expect(countTokens('a bb c', 2, 6)).toBe(2);
    expect(countTokens('  \n', 0, 3)).toBe(0);
  });

  it('tell a blank rest from one with text', () => {
    expect(isBlankFrom('a \n\t', 1)).toBe(true);
    expect(isBlankFrom('a \nb', 1)).toBe(false);
    expect(isBlankFrom('a', 1)).toBe(true);
  });
});

describe('startOfCharacter', () => {
  it('steps back out of a surrogate pair only', () => {
    expect(startOfCharacter('a\u{1F600}b', 2)).toBe(1);
    expect(startOfCharacter('a\u{1F600}b', 1)).toBe(1);
    expect(startOfCharacter('abc', 2)).toBe(2);
    expect(startOfCharacter('abc', 3)).toBe(3);
  });
});
