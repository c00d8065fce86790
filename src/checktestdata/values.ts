// The three kinds of value a checktestdata variable holds, as plain JavaScript values so
// that a million array entries cost no wrapper objects:
//   integer  bigint (arbitrary precision, as the reference's GMP integers)
//   float    Rational (exact; the reference uses GMP floats)
//   string   string of bytes: one char per byte, codes 0-255 ("binary" strings), because
//            the reference compares, measures (STRLEN) and matches strings byte by byte.
// Integers turn into floats when mixed with floats; nothing else converts.

import { bytesToDisplayText } from './bytes.js';
import { ProgramFault } from './faults.js';
import { formatInteger, formatRational } from './number-format.js';
import * as q from './rational.js';
import { Rational } from './rational.js';

import type { ArithmeticOperator, ComparisonOperator, Value } from './value-types.js';

/** Results of ^ larger than this many bits are refused: computing them would hang the judge. */
export const MAX_POWER_BITS = 1 << 22;
const MAX_EXPONENT = (1n << 64n) - 1n;

export function typeName(value: Value): 'integer' | 'float' | 'string' {
  return typeof value === 'bigint' ? 'integer' : typeof value === 'string' ? 'string' : 'float';
}

/** For messages: 42, 0.5, "text". */
export function formatValue(value: Value): string {
  if (typeof value === 'bigint') return formatInteger(value);
  if (typeof value === 'string') return JSON.stringify(bytesToDisplayText(value));
  return formatRational(value);
}

export function arithmetic(operator: ArithmeticOperator, left: Value, right: Value): Value {
  if (operator === '^') return power(left, right);
  if (typeof left === 'bigint' && typeof right === 'bigint') return integerArithmetic(operator, left, right);
  if (operator === '%') throw new ProgramFault(`% needs two integers, got ${describeOperands(left, right)}`);
  if (typeof left === 'string' || typeof right === 'string') {
    throw new ProgramFault(`cannot compute ${formatValue(left)} ${operator} ${formatValue(right)}: strings only compare`);
  }
  const a = toRational(left);
  const b = toRational(right);
  switch (operator) {
    case '+':
      return q.add(a, b);
    case '-':
      return q.subtract(a, b);
    case '*':
      return q.multiply(a, b);
    case '/':
      if (b.num === 0n) throw new ProgramFault(`division by zero: ${formatValue(left)} / ${formatValue(right)}`);
      return q.divide(a, b);
  }
}

function integerArithmetic(operator: '+' | '-' | '*' | '/' | '%', a: bigint, b: bigint): bigint {
  switch (operator) {
    case '+':
      return a + b;
    case '-':
      return a - b;
    case '*':
      return a * b;
    // Both round toward zero, as GMP's (and C's) integer / and % do.
    case '/':
    case '%':
      if (b === 0n) throw new ProgramFault(`division by zero: ${formatInteger(a)} ${operator} 0`);
      return operator === '/' ? a / b : a % b;
  }
}

export function negateValue(value: Value): Value {
  if (typeof value === 'bigint') return -value;
  if (typeof value === 'string') throw new ProgramFault(`cannot negate the string ${formatValue(value)}`);
  return q.negate(value);
}

function power(base: Value, exponent: Value): Value {
  if (typeof exponent !== 'bigint') throw new ProgramFault(`the exponent of ^ must be an integer, got ${describe(exponent)}`);
  if (exponent < 0n || exponent > MAX_EXPONENT) {
    throw new ProgramFault(`the exponent ${formatInteger(exponent)} of ^ is not in [0, 2^64-1]`);
  }
  if (typeof base === 'string') throw new ProgramFault(`the base of ^ must be a number, got ${describe(base)}`);
  const baseBits = typeof base === 'bigint' ? q.bitLength(base) : Math.max(q.bitLength(base.num), q.bitLength(base.den));
  // 0, 1 and -1 (bit length 0 or 1) stay small whatever the exponent.
  if (baseBits > 1 && (baseBits - 1) * Number(exponent) > MAX_POWER_BITS) {
    throw new ProgramFault(`${formatValue(base)} ^ ${formatInteger(exponent)} is too large to compute`);
  }
  return typeof base === 'bigint' ? base ** exponent : q.power(base, exponent);
}

export function compareValues(operator: ComparisonOperator, left: Value, right: Value): boolean {
  const order = orderOf(left, right);
  switch (operator) {
    case '<':
      return order < 0;
    case '>':
      return order > 0;
    case '<=':
      return order <= 0;
    case '>=':
      return order >= 0;
    case '==':
      return order === 0;
    case '!=':
      return order !== 0;
  }
}

function orderOf(left: Value, right: Value): number {
  if (typeof left === 'bigint' && typeof right === 'bigint') return left < right ? -1 : left > right ? 1 : 0;
  if (typeof left === 'string' && typeof right === 'string') return left < right ? -1 : left > right ? 1 : 0;
  if (typeof left === 'string' || typeof right === 'string') {
    throw new ProgramFault(`cannot compare ${describeOperands(left, right)}`);
  }
  return q.compare(toRational(left), toRational(right));
}

/** A number as a fraction; integers convert, strings are the program's mistake. */
export function toRational(value: Value, what = 'value'): Rational {
  if (typeof value === 'bigint') return new Rational(value, 1n);
  if (typeof value === 'string') throw new ProgramFault(`${what} must be a number, got ${describe(value)}`);
  return value;
}

export function toInteger(value: Value, what: string): bigint {
  if (typeof value !== 'bigint') throw new ProgramFault(`${what} must be an integer, got ${describe(value)}`);
  return value;
}

export function toByteString(value: Value, what: string): string {
  if (typeof value !== 'string') throw new ProgramFault(`${what} must be a string, got ${describe(value)}`);
  return value;
}

/**
 * What makes two array values the same for UNIQUE and INARRAY. As in the reference the
 * kind counts: the integer 1 and the float 1.0 are different values there, though 1 == 1.0.
 */
export function identityKey(value: Value): bigint | string {
  if (typeof value === 'bigint') return value;
  if (typeof value === 'string') return `s${value}`;
  const { num, den } = q.reduce(value);
  return `f${num}/${den}`;
}

/** "the integer 5", "the string "x"". */
export function describe(value: Value): string {
  return `the ${typeName(value)} ${formatValue(value)}`;
}

function describeOperands(left: Value, right: Value): string {
  return `${describe(left)} and ${describe(right)}`;
}
