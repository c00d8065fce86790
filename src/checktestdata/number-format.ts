// How numbers look in messages. Bounds such as 10^100 or 1E100000 are legal in a program,
// so a number is written out in full only while that stays readable; past that it is
// shown with 15 significant digits, the precision the reference prints floats with.

import { powerOfTen, reduce, type Rational } from './rational.js';

/** Longest number written digit for digit; longer ones are shortened to 15 significant digits. */
const MAX_EXACT_CHARS = 60;
const SIGNIFICANT_DIGITS = 15;

export function formatInteger(value: bigint): string {
  const text = value.toString();
  if (text.length <= MAX_EXACT_CHARS) return text;
  return formatApproximately(value, 1n);
}

/** 0.5, -2, 0.333333333333333, 1e100000. */
export function formatRational(fraction: Rational): string {
  const value = reduce(fraction);
  if (value.den === 1n) return formatInteger(value.num);
  const exact = exactDecimal(value);
  if (exact !== undefined && exact.length <= MAX_EXACT_CHARS) return exact;
  return formatApproximately(value.num, value.den);
}

/** The decimal expansion when it ends (the denominator has no prime factors but 2 and 5). */
function exactDecimal({ num, den }: Rational): string | undefined {
  let rest = den;
  let twos = 0;
  let fives = 0;
  while (rest % 2n === 0n) {
    rest /= 2n;
    twos++;
  }
  while (rest % 5n === 0n) {
    rest /= 5n;
    fives++;
  }
  if (rest !== 1n) return undefined;
  const decimals = Math.max(twos, fives);
  if (decimals > MAX_EXACT_CHARS) return undefined;
  const scaled = ((num < 0n ? -num : num) * powerOfTen(decimals)) / den;
  const digits = scaled.toString().padStart(decimals + 1, '0');
  const sign = num < 0n ? '-' : '';
  return `${sign}${digits.slice(0, -decimals)}.${digits.slice(-decimals)}`;
}

/** |num/den| rounded down to 15 significant digits, in plain or scientific notation. */
function formatApproximately(num: bigint, den: bigint): string {
  const sign = num < 0n ? '-' : '';
  const magnitude = num < 0n ? -num : num;
  if (magnitude === 0n) return '0';
  let exponent = magnitude.toString().length - den.toString().length;
  let digits = scaledDigits(magnitude, den, exponent);
  // The estimate from the lengths can be one too high; the digits say so by being short.
  if (digits.length < SIGNIFICANT_DIGITS) digits = scaledDigits(magnitude, den, --exponent);
  const mantissa = digits.replace(/0+$/, '');
  if (exponent >= -5 && exponent < SIGNIFICANT_DIGITS) {
    if (exponent < 0) return `${sign}0.${'0'.repeat(-exponent - 1)}${mantissa}`;
    const whole = mantissa.slice(0, exponent + 1).padEnd(exponent + 1, '0');
    const fraction = mantissa.slice(exponent + 1);
    return `${sign}${whole}${fraction ? `.${fraction}` : ''}`;
  }
  const fraction = mantissa.slice(1);
  return `${sign}${mantissa[0]}${fraction ? `.${fraction}` : ''}e${exponent}`;
}

/** The first significant digits of num/den, assuming its leading digit is worth 10^exponent. */
function scaledDigits(num: bigint, den: bigint, exponent: number): string {
  const shift = SIGNIFICANT_DIGITS - 1 - exponent;
  const scaled = shift >= 0 ? (num * powerOfTen(shift)) / den : num / (den * powerOfTen(-shift));
  return scaled.toString();
}
