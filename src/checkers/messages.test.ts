import { describe, expect, it } from 'vitest';
import { describeDifference, describeNothing, formatCompactNumber, plural, quote, shorten } from './messages.js';

describe('quote', () => {
  it('shows values as one-line JSON strings', () => {
    expect(quote('a\r\n\t"b"\\')).toBe('"a\\r\\n\\t\\"b\\"\\\\"');
  });

  it('cuts after 40 characters and marks the cut outside the quotes', () => {
    expect(quote('x'.repeat(40))).toBe(`"${'x'.repeat(40)}"`);
    expect(quote('x'.repeat(41))).toBe(`"${'x'.repeat(40)}"...`);
    expect(quote('abcdef', 2)).toBe('"cdef"');
  });

  it('never splits a surrogate pair', () => {
    expect(quote(`${'x'.repeat(39)}\u{1F600}yz`)).toBe(`"${'x'.repeat(39)}"...`);
  });
});

describe('shorten', () => {
  it('cuts without quoting', () => {
    expect(shorten('1'.repeat(45))).toBe(`${'1'.repeat(40)}...`);
    expect(shorten('3.14')).toBe('3.14');
  });
});

describe('describeDifference', () => {
  it('shows short values whole', () => {
    expect(describeDifference('line 2', '1 2', '1 3', 'column')).toBe('line 2: expected "1 2", got "1 3"');
  });

  it('shows long values from the start when the difference is near it', () => {
    expect(describeDifference('line 1', `a${'x'.repeat(60)}`, `b${'x'.repeat(60)}`, 'column')).toBe(
      `line 1: expected "a${'x'.repeat(39)}"..., got "b${'x'.repeat(39)}"...`,
    );
  });

  it('names the position of a difference deep in a long value', () => {
    const shared = 'x'.repeat(60);
    expect(describeDifference('token 1', `${shared}a`, `${shared}`, 'character')).toBe('token 1, character 61: expected "a", got ""');
  });
});

describe('small wording helpers', () => {
  it('pluralizes', () => {
    expect(plural(1, 'line')).toBe('1 line');
    expect(plural(0, 'token')).toBe('0 tokens');
  });

  it('tells an empty output from a blank one', () => {
    expect(describeNothing('')).toBe('output is empty');
    expect(describeNothing(' \n')).toBe('output has only whitespace');
  });

  it.each([
    [1e-6, '1e-6'],
    [8.4e-3, '8.4e-3'],
    [0.5, '0.5'],
    [0, '0'],
    [1234.5, '1234.5'],
    [1.1e6, '1.1e6'],
    [-2e300, '-2e300'],
    [Infinity, 'Infinity'],
  ])('formats %d compactly', (value, text) => {
    expect(formatCompactNumber(value)).toBe(text);
  });
});
