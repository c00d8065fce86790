import { describe, expect, it } from 'vitest';
import { add, bitLength, compare, divide, fromDecimal, gcd, multiply, negate, power, powerOfTen, rational, subtract } from './rational.js';

const r = (num: bigint, den = 1n) => rational(num, den);

describe('rational', () => {
  it('reduces to lowest terms with a positive denominator', () => {
    expect(r(6n, 4n)).toEqual({ num: 3n, den: 2n });
    expect(r(3n, -6n)).toEqual({ num: -1n, den: 2n });
    expect(r(0n, -5n)).toEqual({ num: 0n, den: 1n });
  });

  it('refuses a zero denominator', () => {
    expect(() => r(1n, 0n)).toThrow(RangeError);
  });

  it('computes greatest common divisors of small and huge numbers alike', () => {
    expect(gcd(12n, 18n)).toBe(6n);
    expect(gcd(0n, 7n)).toBe(7n);
    expect(gcd(10n ** 40n * 3n, 10n ** 30n * 7n)).toBe(10n ** 30n);
  });

  it('does exact arithmetic', () => {
    expect(add(r(1n, 10n), r(2n, 10n))).toEqual(r(3n, 10n));
    expect(add(r(1n, 3n), r(1n, 6n))).toEqual(r(1n, 2n));
    expect(subtract(r(1n), r(1n, 3n))).toEqual(r(2n, 3n));
    expect(multiply(r(2n, 3n), r(3n, 4n))).toEqual(r(1n, 2n));
    expect(divide(r(1n), r(-3n))).toEqual(r(-1n, 3n));
    expect(negate(r(5n, 7n))).toEqual(r(-5n, 7n));
    expect(power(r(-2n, 3n), 3n)).toEqual(r(-8n, 27n));
    expect(power(r(5n, 7n), 0n)).toEqual(r(1n));
  });

  it('orders by value, not by representation', () => {
    expect(compare(r(1n, 3n), r(2n, 6n))).toBe(0);
    expect(compare(r(-1n, 2n), r(1n, 3n))).toBe(-1);
    expect(compare(r(10n ** 50n + 1n, 10n ** 50n), r(1n))).toBe(1);
  });

  it('builds decimals exactly', () => {
    expect(fromDecimal(15n, -1)).toEqual(r(3n, 2n));
    expect(fromDecimal(1n, -1)).toEqual(r(1n, 10n));
    expect(fromDecimal(-25n, 2)).toEqual(r(-2500n));
    expect(fromDecimal(0n, -5)).toEqual(r(0n));
  });

  it('gives powers of ten, small ones from a table', () => {
    expect(powerOfTen(0)).toBe(1n);
    expect(powerOfTen(18)).toBe(10n ** 18n);
    expect(powerOfTen(100)).toBe(10n ** 100n);
  });

  it('counts binary digits', () => {
    expect(bitLength(0n)).toBe(0);
    expect(bitLength(1n)).toBe(1);
    expect(bitLength(-255n)).toBe(8);
    expect(bitLength(256n)).toBe(9);
    expect(bitLength(1n << 1000n)).toBe(1001);
  });
});
