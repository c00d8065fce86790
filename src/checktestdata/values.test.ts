import { describe, expect, it } from 'vitest';
import { ProgramFault } from './faults.js';
import { Rational, rational } from './rational.js';
import { arithmetic, compareValues, formatValue, identityKey, MAX_POWER_BITS, negateValue, toInteger, toRational } from './values.js';
import { type Value } from './value-types.js';

const half = rational(1n, 2n);

describe('arithmetic', () => {
  it('keeps integers integer, dividing toward zero like GMP and C', () => {
    expect(arithmetic('+', 2n, 3n)).toBe(5n);
    expect(arithmetic('/', 7n, 2n)).toBe(3n);
    expect(arithmetic('/', -7n, 2n)).toBe(-3n);
    expect(arithmetic('%', -7n, 3n)).toBe(-1n);
    expect(arithmetic('%', 7n, -3n)).toBe(1n);
    expect(arithmetic('^', -2n, 3n)).toBe(-8n);
    expect(arithmetic('^', 0n, 0n)).toBe(1n);
  });

  it('makes a float as soon as one operand is a float, exactly', () => {
    expect(arithmetic('/', 1n, rational(2n))).toEqual(half);
    expect(arithmetic('+', rational(1n, 10n), rational(2n, 10n))).toEqual(rational(3n, 10n));
    expect(arithmetic('*', half, 4n)).toEqual(rational(2n));
    expect(arithmetic('^', half, 3n)).toEqual(rational(1n, 8n));
  });

  it.each<[string, () => Value]>([
    ['% of floats', () => arithmetic('%', half, 1n)],
    ['a string operand', () => arithmetic('+', 'a', 1n)],
    ['integer division by zero', () => arithmetic('/', 1n, 0n)],
    ['integer modulo by zero', () => arithmetic('%', 1n, 0n)],
    ['float division by zero', () => arithmetic('/', half, 0n)],
    ['a float exponent', () => arithmetic('^', 2n, half)],
    ['a negative exponent', () => arithmetic('^', 2n, -1n)],
    ['an exponent past 2^64-1', () => arithmetic('^', 1n, 1n << 64n)],
    ['a string base', () => arithmetic('^', 's', 2n)],
    ['a result too large to compute', () => arithmetic('^', 3n, BigInt(MAX_POWER_BITS + 1))],
    ['negating a string', () => negateValue('s')],
  ])('refuses %s as the program’s fault', (_, compute) => {
    expect(compute).toThrow(ProgramFault);
  });

  it('computes huge powers of 0, 1 and -1', () => {
    expect(arithmetic('^', -1n, (1n << 64n) - 1n)).toBe(-1n);
    expect(arithmetic('^', 1n, 10n ** 18n)).toBe(1n);
  });

  it('negates numbers', () => {
    expect(negateValue(5n)).toBe(-5n);
    expect(negateValue(half)).toEqual(rational(-1n, 2n));
  });
});

describe('compareValues', () => {
  it('compares integers with floats by value', () => {
    expect(compareValues('==', 1n, rational(1n))).toBe(true);
    expect(compareValues('<', half, 1n)).toBe(true);
    expect(compareValues('>=', 10n ** 30n, rational(10n ** 30n - 1n))).toBe(true);
    expect(compareValues('!=', 2n, 2n)).toBe(false);
  });

  it('compares strings byte by byte', () => {
    expect(compareValues('<', 'abc', 'b')).toBe(true);
    expect(compareValues('>=', 'hello', 'helln')).toBe(true);
    expect(compareValues('<', 'z', '\xc3\xa9')).toBe(true);
  });

  it('refuses to compare a string with a number', () => {
    expect(() => compareValues('==', 'a', 1n)).toThrow('cannot compare the string "a" and the integer 1');
  });
});

describe('conversions', () => {
  it('takes integers where integers are needed', () => {
    expect(toInteger(3n, 'x')).toBe(3n);
    expect(() => toInteger(half, 'the count of REP')).toThrow('the count of REP must be an integer, got the float 0.5');
  });

  it('turns integers into floats, not strings', () => {
    expect(toRational(3n)).toEqual(rational(3n));
    expect(() => toRational('3', 'the bound')).toThrow('the bound must be a number, got the string "3"');
  });
});

describe('identityKey', () => {
  it('tells the kinds apart, as the reference does in arrays', () => {
    const keys = [identityKey(1n), identityKey(rational(1n)), identityKey('1'), identityKey('s1')];
    expect(new Set(keys).size).toBe(4);
    expect(identityKey(rational(2n, 4n))).toBe(identityKey(half));
    expect(identityKey(new Rational(50n, 100n))).toBe(identityKey(half));
  });
});

describe('formatValue', () => {
  it('shows strings as JSON and numbers plainly', () => {
    expect(formatValue('a"b')).toBe('"a\\"b"');
    expect(formatValue(-3n)).toBe('-3');
    expect(formatValue(half)).toBe('0.5');
    expect(formatValue(new Rational(-2500n, 1000n))).toBe('-2.5');
    expect(formatValue(new Rational(300n, 100n))).toBe('3');
  });
});
