import { describe, expect, it } from 'vitest';
import type { FloatNotation } from './ast.js';
import { InputReader } from './input-reader.js';
import { scanFloat, scanInteger } from './number-tokens.js';

function integer(text: string) {
  const reader = new InputReader(text);
  return { ...scanInteger(reader), end: reader.position };
}

function float(text: string, notation: FloatNotation = 'any') {
  const reader = new InputReader(text);
  return { ...scanFloat(reader, notation), end: reader.position };
}

describe('scanInteger', () => {
  it.each([
    ['0', 0n, 1],
    ['-7 ', -7n, 2],
    ['123456789012345678901234567890x', 123456789012345678901234567890n, 30],
    ['999999999999999', 999999999999999n, 15],
    ['-9223372036854775809', -9223372036854775809n, 20],
  ])('reads %j', (text, value, end) => {
    expect(integer(text)).toEqual({ kind: 'integer', value, end });
  });

  it.each([
    ['', undefined, 0],
    ['x', undefined, 0],
    ['+5', undefined, 0],
    ['-', undefined, 1],
    ['- 5', undefined, 1],
    ['007', 'leading zeros are not allowed', 3],
    ['-0', '-0 is not allowed', 2],
    ['-01', 'leading zeros are not allowed', 3],
  ])('refuses %j', (text, problem, end) => {
    expect(integer(text)).toEqual({ kind: 'malformed', problem, end });
  });
});

describe('scanFloat', () => {
  it.each([
    ['0', false, 0n, 0, 1],
    ['-0.0', true, 0n, -1, 4],
    ['3.25', false, 325n, -2, 4],
    ['1e5', false, 1n, 5, 3],
    ['2.5E-3x', false, 25n, -4, 6],
    ['1000000E-6', false, 1000000n, -6, 10],
    ['0.000001E+6', false, 1n, 0, 11],
    ['0.5000000000000000000000000000000000000000211', false, 5000000000000000000000000000000000000000211n, -43, 45],
    ['1.2.3', false, 12n, -1, 3],
    ['0e0', false, 0n, 0, 3],
  ])('reads %j', (text, negative, mantissa, exponent10, end) => {
    expect(float(text)).toMatchObject({ kind: 'float', value: { negative, mantissa, exponent10 }, end });
  });

  it.each([
    ['', 'digit expected', 0],
    ['.5', 'digit expected', 0],
    ['+1', 'digit expected', 0],
    ['-x', 'digit expected', 1],
    ['5.', 'digit expected after the decimal point', 2],
    ['00.5', 'leading zeros are not allowed', 4],
    ['01', 'leading zeros are not allowed', 2],
    ['1e', 'digit expected in the exponent', 2],
    ['1e+', 'digit expected in the exponent', 3],
    ['1e05', 'leading zeros are not allowed in the exponent', 4],
  ])('refuses %j', (text, problem, end) => {
    expect(float(text)).toEqual({ kind: 'malformed', problem, end });
  });

  it('reads no exponent with FIXED, so "1e5" is the number 1', () => {
    expect(float('1e5', 'fixed')).toMatchObject({ kind: 'float', value: { mantissa: 1n, exponent10: 0 }, end: 1 });
  });

  it('requires an exponent with SCIENTIFIC', () => {
    expect(float('1.5', 'scientific')).toEqual({ kind: 'malformed', problem: "exponent 'E' expected", end: 3 });
    expect(float('1.5e0', 'scientific')).toMatchObject({ kind: 'float', hasExponent: true });
  });

  it('reports what FLOATP checks: decimals, exponent, one nonzero digit before the dot', () => {
    expect(float('9.021e+1')).toMatchObject({ decimals: 3, hasExponent: true, oneDigitBeforeDot: true });
    expect(float('0.123e2')).toMatchObject({ decimals: 3, oneDigitBeforeDot: false });
    expect(float('12.5e1')).toMatchObject({ decimals: 1, oneDigitBeforeDot: false });
    expect(float('1e1')).toMatchObject({ decimals: 0, oneDigitBeforeDot: false });
    expect(float('-5.25')).toMatchObject({ decimals: 2, hasExponent: false, oneDigitBeforeDot: true });
  });

  it('keeps an exponent too long for a double as infinite', () => {
    expect(float(`1e${'9'.repeat(400)}`)).toMatchObject({ value: { exponent10: Infinity } });
    expect(float(`1e-${'9'.repeat(400)}`)).toMatchObject({ value: { exponent10: -Infinity } });
  });
});
