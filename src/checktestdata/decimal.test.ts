import { describe, expect, it } from 'vitest';
import { decimalToRational, decimalWithin, MAX_KEPT_EXPONENT, type Decimal } from './decimal.js';
import { rational } from './rational.js';

const decimal = (negative: boolean, mantissa: bigint, exponent10: number): Decimal => ({ negative, mantissa, exponent10 });
const tenth = rational(1n, 10n);

describe('decimalWithin', () => {
  it('compares exactly: 0.1 is within [0, 0.1], one digit more is not', () => {
    expect(decimalWithin(decimal(false, 1n, -1), rational(0n), tenth)).toBe(true);
    expect(decimalWithin(decimal(false, 10000000000000000000000000001n, -28), rational(0n), tenth)).toBe(false);
    expect(decimalWithin(decimal(true, 0n, 0), rational(0n), rational(0n))).toBe(true);
  });

  it('decides by size alone for powers of ten too large to build', () => {
    const bounds = [rational(-(10n ** 10n)), rational(10n ** 10n)] as const;
    expect(decimalWithin(decimal(false, 1n, 1e15), ...bounds)).toBe(false);
    expect(decimalWithin(decimal(true, 1n, Infinity), ...bounds)).toBe(false);
    expect(decimalWithin(decimal(false, 1n, -1e15), ...bounds)).toBe(true);
    expect(decimalWithin(decimal(true, 5n, -Infinity), ...bounds)).toBe(true);
    expect(decimalWithin(decimal(false, 1n, -1e15), rational(1n, 10n ** 20n), rational(1n))).toBe(false);
    expect(decimalWithin(decimal(false, 0n, 1e15), rational(0n), rational(1n))).toBe(true);
  });

  it('compares exactly when a huge exponent lands near a huge bound', () => {
    const bound = rational(10n ** 5000n);
    expect(decimalWithin(decimal(false, 1n, 5000), rational(0n), bound)).toBe(true);
    expect(decimalWithin(decimal(false, 10000000000000001n, 4984), rational(0n), bound)).toBe(false);
    expect(decimalWithin(decimal(false, 99n, 4998), rational(0n), bound)).toBe(true);
  });
});

describe('decimalToRational', () => {
  it('keeps the digits over a power of ten, unreduced', () => {
    expect(decimalToRational(decimal(true, 250n, -3))).toEqual({ num: -250n, den: 1000n });
    expect(decimalToRational(decimal(false, 3n, 2))).toEqual(rational(300n));
  });

  it('refuses powers of ten beyond what can be kept', () => {
    expect(decimalToRational(decimal(false, 1n, -MAX_KEPT_EXPONENT - 1))).toBeUndefined();
    expect(decimalToRational(decimal(false, 1n, Infinity))).toBeUndefined();
  });
});
