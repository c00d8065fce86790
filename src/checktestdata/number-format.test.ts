import { describe, expect, it } from 'vitest';
import { formatInteger, formatRational } from './number-format.js';
import { rational } from './rational.js';

describe('formatInteger', () => {
  it('writes integers of up to 60 digits in full', () => {
    expect(formatInteger(-42n)).toBe('-42');
    expect(formatInteger(10n ** 59n)).toBe(`1${'0'.repeat(59)}`);
  });

  it('shortens longer ones to 15 significant digits', () => {
    expect(formatInteger(10n ** 100n)).toBe('1e100');
    expect(formatInteger(-(2n ** 300n))).toBe('-2.03703597633448e90');
  });
});

describe('formatRational', () => {
  it.each([
    [rational(1n, 2n), '0.5'],
    [rational(-5n), '-5'],
    [rational(1n, 3n), '0.333333333333333'],
    [rational(2n, 3n), '0.666666666666666'],
    [rational(-1n, 8n), '-0.125'],
    [rational(1n, 10n ** 20n), '0.00000000000000000001'],
    [rational(1n, 3n * 10n ** 7n), '3.33333333333333e-8'],
    [rational(10n ** 70n + 1n, 3n), '3.33333333333333e69'],
    [rational(100n, 3n), '33.3333333333333'],
    [rational(15000000000000001n, 10n), '1500000000000000.1'],
  ])('writes %o as %s', (value, text) => {
    expect(formatRational(value)).toBe(text);
  });
});
