import { describe, expect, it } from 'vitest';
import { firstDifferingByte, lineAndColumn } from './text-position.js';

describe('lineAndColumn', () => {
  it.each([
    ['abc', 0, 1, 1],
    ['abc', 2, 1, 3],
    ['ab\ncd', 2, 1, 3],
    ['ab\ncd', 3, 2, 1],
    ['ab\r\ncd\n', 7, 3, 1],
  ])('of %j at %d is line %d, column %d', (text, index, line, column) => {
    expect(lineAndColumn(text, index)).toEqual({ line, column });
  });
});

describe('firstDifferingByte', () => {
  it('counts UTF-8 bytes before the difference', () => {
    expect(firstDifferingByte('abc', 'abd', 2)).toBe(2);
    expect(firstDifferingByte('ééa', 'ééb', 2)).toBe(4);
    expect(firstDifferingByte('ab', 'a', 1)).toBe(1);
  });

  it('goes into characters that share leading bytes', () => {
    expect(firstDifferingByte('é', 'è', 0)).toBe(1);
    expect(firstDifferingByte('\u{1F600}', '\u{1F601}', 1)).toBe(3);
    expect(firstDifferingByte('a', 'é', 0)).toBe(0);
  });
});
