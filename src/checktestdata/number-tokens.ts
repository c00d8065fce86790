// Reading INT and FLOAT tokens from the input, byte for byte as the reference does:
//   INT    -?[0-9]+ with no leading zero and no "-0": 0|-?[1-9][0-9]*
//   FLOAT  -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?(0|[1-9][0-9]*))?  (no "+" in front, no
//          "1." or ".5"); FIXED reads no exponent (so "1e5" is "1", and "e5" is left for the
//          next command), SCIENTIFIC requires one.
// A token ends where these patterns do; whatever follows is the next command's business.

import type { FloatNotation } from './ast.js';
import type { Decimal } from './decimal.js';
import { isDigit, type InputReader } from './input-reader.js';

const MINUS = 0x2d;
const PLUS = 0x2b;
const DOT = 0x2e;
const ZERO = 0x30;

/** Longest digit run that is exact as a double; longer ones go through BigInt's parser. */
const MAX_DOUBLE_DIGITS = 15;

export type IntegerScan =
  | { kind: 'integer'; value: bigint }
  | { kind: 'malformed'; problem?: 'leading zeros are not allowed' | '-0 is not allowed' };

/** Reads an integer at the reader's position; the token is bytes [start, reader.position). */
export function scanInteger(reader: InputReader): IntegerScan {
  const { bytes } = reader;
  const negative = reader.peek() === MINUS;
  if (negative) reader.position++;
  const digitsStart = reader.position;
  let end = digitsStart;
  let small = 0;
  while (end < bytes.length && isDigit(bytes[end]!)) {
    if (end - digitsStart < MAX_DOUBLE_DIGITS) small = small * 10 + bytes[end]! - ZERO;
    end++;
  }
  reader.position = end;
  const digitCount = end - digitsStart;
  if (digitCount === 0) return { kind: 'malformed' };
  if (bytes[digitsStart] === ZERO && (digitCount > 1 || negative)) {
    return { kind: 'malformed', problem: digitCount > 1 ? 'leading zeros are not allowed' : '-0 is not allowed' };
  }
  const magnitude = digitCount <= MAX_DOUBLE_DIGITS ? BigInt(small) : BigInt(reader.slice(digitsStart, end));
  return { kind: 'integer', value: negative ? -magnitude : magnitude };
}

export type FloatScan =
  | { kind: 'float'; value: Decimal; decimals: number; hasExponent: boolean; oneDigitBeforeDot: boolean }
  | { kind: 'malformed'; problem: string };

/** Reads a float at the reader's position; the token is bytes [start, reader.position). */
export function scanFloat(reader: InputReader, notation: FloatNotation): FloatScan {
  const negative = reader.peek() === MINUS;
  if (negative) reader.position++;
  if (!isDigit(reader.peek())) return { kind: 'malformed', problem: 'digit expected' };
  const wholeStart = reader.position;
  const wholeEnd = skipDigits(reader);
  let fractionEnd = wholeEnd;
  if (reader.peek() === DOT) {
    reader.position++;
    fractionEnd = skipDigits(reader);
  }
  if (reader.bytes[wholeStart] === ZERO && wholeEnd - wholeStart > 1) return { kind: 'malformed', problem: 'leading zeros are not allowed' };
  if (fractionEnd === wholeEnd + 1) return { kind: 'malformed', problem: 'digit expected after the decimal point' };

  let exponent = 0;
  const hasExponent = notation === 'scientific' || (notation === 'any' && (reader.peek() | 0x20) === 0x65);
  if (hasExponent) {
    if ((reader.peek() | 0x20) !== 0x65) return { kind: 'malformed', problem: "exponent 'E' expected" };
    reader.position++;
    const sign = reader.peek();
    if (sign === MINUS || sign === PLUS) reader.position++;
    const exponentStart = reader.position;
    const exponentEnd = skipDigits(reader);
    if (exponentEnd === exponentStart) return { kind: 'malformed', problem: 'digit expected in the exponent' };
    if (reader.bytes[exponentStart] === ZERO && exponentEnd - exponentStart > 1) {
      return { kind: 'malformed', problem: 'leading zeros are not allowed in the exponent' };
    }
    // Past 2^53 the exponent is only needed for its size: such a number is beyond any bound.
    exponent = Number(reader.slice(exponentStart, exponentEnd)) * (sign === MINUS ? -1 : 1);
  }

  const hasDot = fractionEnd > wholeEnd;
  const decimals = hasDot ? fractionEnd - wholeEnd - 1 : 0;
  return {
    kind: 'float',
    value: { negative, mantissa: mantissa(reader.bytes, wholeStart, wholeEnd, fractionEnd), exponent10: exponent - decimals },
    decimals,
    hasExponent,
    oneDigitBeforeDot: hasDot && wholeEnd - wholeStart === 1 && reader.bytes[wholeStart] !== ZERO,
  };
}

/** The digits of bytes[wholeStart, wholeEnd) and of bytes[wholeEnd + 1, fractionEnd) (after the dot) as one integer. */
function mantissa(bytes: Uint8Array, wholeStart: number, wholeEnd: number, fractionEnd: number): bigint {
  const fractionStart = Math.min(wholeEnd + 1, fractionEnd);
  if (wholeEnd - wholeStart + fractionEnd - fractionStart > MAX_DOUBLE_DIGITS) {
    const text = (start: number, end: number) => Buffer.from(bytes.buffer, bytes.byteOffset + start, end - start).toString('latin1');
    return BigInt(text(wholeStart, wholeEnd) + text(fractionStart, fractionEnd));
  }
  let value = 0;
  for (let index = wholeStart; index < wholeEnd; index++) value = value * 10 + bytes[index]! - ZERO;
  for (let index = fractionStart; index < fractionEnd; index++) value = value * 10 + bytes[index]! - ZERO;
  return BigInt(value);
}

/** Moves past digits; returns the new position. */
function skipDigits(reader: InputReader): number {
  const { bytes } = reader;
  let at = reader.position;
  while (at < bytes.length && isDigit(bytes[at]!)) at++;
  reader.position = at;
  return at;
}
