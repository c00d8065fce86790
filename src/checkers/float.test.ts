import { describe, expect, it } from 'vitest';
import { createFloatChecker, type FloatTolerance } from './float.js';

const DEFAULT_TOLERANCE = { absTolerance: 1e-6, relTolerance: 1e-6 };

function check(expected: string, actual: string, tolerance: FloatTolerance = DEFAULT_TOLERANCE) {
  return createFloatChecker(tolerance)({ input: '', expected, actual });
}

describe('createFloatChecker', () => {
  it.each([
    ['identical numbers', '3.14159 2.71828', '3.14159 2.71828'],
    ['a number within the absolute tolerance', '3.14159', '3.1415905'],
    ['exponent notation', '0.0314', '3.14e-2'],
    ['an upper-case exponent with a sign', '100', '1E+2'],
    ['a leading plus', '1.5', '+1.5'],
    ['no digit before the point', '0.5', '.5'],
    ['no digit after the point', '5', '5.'],
    ['leading zeros', '12', '0012.000'],
    ['negative zero', '0', '-0'],
    ['negative zero expected', '-0.0', '0'],
    ['a tiny negative for zero', '0', '-0.0000001'],
    ['negative numbers', '-2.5 -1e-3', '-2.5000001 -0.001'],
    ['spacing like the tokens checker', '1.0 2.0\n', '1.0\r\n2.0   \n\n'],
    ['words around numbers', 'Case #1: 0.5\n', 'Case #1: 0.5000001\n'],
    ['inf and nan as text', 'inf nan -inf', 'inf nan -inf'],
  ])('accepts %s', (_, expected, actual) => {
    expect(check(expected, actual)).toEqual({ kind: 'accepted' });
  });

  it('accepts a big value within the relative tolerance but not the absolute one', () => {
    expect(check('1000000000000', '1000000900000')).toEqual({ kind: 'accepted' });
    expect(check('1e12', '1.0000011e12')).toEqual({
      kind: 'wrong',
      message: 'token 1: expected 1e12 (abs 1e-6, rel 1e-6), got 1.0000011e12 (diff 1.1e6)',
    });
  });

  it('accepts a small value within the absolute tolerance but not the relative one', () => {
    expect(check('1e-9', '2e-7')).toEqual({ kind: 'accepted' });
    expect(check('1e-9', '1.1e-6')).toEqual({
      kind: 'wrong',
      message: 'token 1: expected 1e-9 (abs 1e-6, rel 1e-6), got 1.1e-6 (diff 1.1e-6)',
    });
  });

  it('compares huge numbers relatively', () => {
    const tolerance = { absTolerance: 0, relTolerance: 1e-9 };
    expect(check('123456789012345678901234567890', '1.2345678901234568e29', tolerance)).toEqual({ kind: 'accepted' });
    expect(check('1e300', '-1e300', tolerance)).toEqual({
      kind: 'wrong',
      message: 'token 1: expected 1e300 (rel 1e-9), got -1e300 (diff 2e300)',
    });
  });

  it('keeps the boundary where it is on paper, despite binary rounding', () => {
    // 1.1 - 1 computes to 0.10000000000000009 in doubles.
    const tolerance = { absTolerance: 0.1, relTolerance: 0 };
    expect(check('1', '1.1', tolerance)).toEqual({ kind: 'accepted' });
    expect(check('1', '0.9', tolerance)).toEqual({ kind: 'accepted' });
    expect(check('1', '1.1000001', tolerance)).toEqual({
      kind: 'wrong',
      message: 'token 1: expected 1 (abs 0.1), got 1.1000001 (diff 0.1000001)',
    });
  });

  it('compares numbers by value even with no tolerance', () => {
    const tolerance = { absTolerance: 0, relTolerance: 0 };
    expect(check('1', '1.000', tolerance)).toEqual({ kind: 'accepted' });
    expect(check('1', '1.001', tolerance)).toEqual({
      kind: 'wrong',
      message: 'token 1: expected 1 (no tolerance), got 1.001 (diff 1e-3)',
    });
  });

  it('says how far off a number is, as in the brief', () => {
    expect(check('3.14159', '3.15')).toEqual({
      kind: 'wrong',
      message: 'token 1: expected 3.14159 (abs 1e-6, rel 1e-6), got 3.15 (diff 8.4e-3)',
    });
  });

  it.each([
    ['a word', 'abc'],
    ['nan', 'nan'],
    ['inf', 'inf'],
    ['Infinity', 'Infinity'],
    ['hexadecimal', '0x10'],
    ['a decimal comma', '3,14'],
    ['a bare exponent', '1e'],
  ])('rejects %s where a number is expected', (_, actual) => {
    expect(check('2 3.14', `2 ${actual}`)).toEqual({
      kind: 'wrong',
      message: `token 2: expected 3.14 (abs 1e-6, rel 1e-6), got ${JSON.stringify(actual)}, which is not a number`,
    });
  });

  it('rejects an actual number too large for a double', () => {
    expect(check('1e308', '1e400')).toEqual({
      kind: 'wrong',
      message: 'token 1: expected 1e308 (abs 1e-6, rel 1e-6), got 1e400 (diff Infinity)',
    });
  });

  it.each([
    ['inf', 'Inf', 'token 1: expected "inf", got "Inf"'],
    ['nan', '0', 'token 1: expected "nan", got "0"'],
    ['YES', 'yes', 'token 1: expected "YES", got "yes"'],
    // Too large for a double, so there is no value to be close to.
    ['1e400', '1.0e400', 'token 1: expected "1e400", got "1.0e400"'],
  ])('compares expected %s as text', (expected, actual, message) => {
    expect(check(expected, actual)).toEqual({ kind: 'wrong', message });
  });

  it('reports missing and extra tokens like the tokens checker', () => {
    expect(check('1.5 2.5', '1.5')).toEqual({ kind: 'wrong', message: 'output ends after 1 token, expected 2' });
    expect(check('1.5', '1.5 2.5')).toEqual({ kind: 'wrong', message: 'extra output after token 1: "2.5"' });
    expect(check('1.5', '')).toEqual({ kind: 'wrong', message: 'output is empty, expected "1.5"' });
  });

  it('cuts long numbers in messages', () => {
    const expected = `1.${'0'.repeat(60)}`;
    expect(check(expected, '2')).toEqual({
      kind: 'wrong',
      message: `token 1: expected 1.${'0'.repeat(38)}... (abs 1e-6, rel 1e-6), got 2 (diff 1)`,
    });
  });

  it.each([
    [{ absTolerance: -1, relTolerance: 0 }],
    [{ absTolerance: 0, relTolerance: Number.NaN }],
  ])('refuses an invalid tolerance %o', (tolerance) => {
    expect(() => createFloatChecker(tolerance)).toThrow(RangeError);
  });
});
