// A float as read from the input: sign, digits and a power of ten. It stays in this form
// until compared with its bounds, because an input may say 1e999999999: that is refused by
// comparing sizes, without ever building the billion-digit number.

import { compare, powerOfTen, Rational } from './rational.js';

/** (negative ? -1 : 1) * mantissa * 10^exponent10; "0.05" is 5 and -2. */
export interface Decimal {
  negative: boolean;
  /** The digits without the dot, as a non-negative integer. */
  mantissa: bigint;
  /** Can be ±Infinity for exponents too long for a double; such a number is beyond every bound. */
  exponent10: number;
}

/** Up to this power of ten a decimal is compared as a fraction straight away, without looking at sizes first. */
const EXACT_EXPONENT_LIMIT = 1000;

/** Decimals with a larger power of ten than this are not made into fractions: 1e-999999999 would not fit in memory. */
export const MAX_KEPT_EXPONENT = 1_000_000;

/** Whether min <= decimal <= max, exactly. */
export function decimalWithin(decimal: Decimal, min: Rational, max: Rational): boolean {
  if (Math.abs(decimal.exponent10) <= EXACT_EXPONENT_LIMIT) {
    const value = unreducedFraction(decimal);
    return compare(value, min) >= 0 && compare(value, max) <= 0;
  }
  return compareBySize(decimal, min) >= 0 && compareBySize(decimal, max) <= 0;
}

/** The decimal as a fraction, digits over a power of ten; undefined when that power is beyond ±MAX_KEPT_EXPONENT. */
export function decimalToRational(decimal: Decimal): Rational | undefined {
  return Math.abs(decimal.exponent10) > MAX_KEPT_EXPONENT ? undefined : unreducedFraction(decimal);
}

/** num/10^k or num*10^k; `compare` needs no reduced fractions. */
function unreducedFraction({ negative, mantissa, exponent10 }: Decimal): Rational {
  const num = negative ? -mantissa : mantissa;
  return exponent10 >= 0 ? new Rational(num * powerOfTen(exponent10), 1n) : new Rational(num, powerOfTen(-exponent10));
}

/** -1, 0 or 1 as the decimal is below, equal to or above the bound; builds the decimal only when near the bound. */
function compareBySize(decimal: Decimal, bound: Rational): number {
  const boundSign = bound.num > 0n ? 1 : bound.num < 0n ? -1 : 0;
  if (decimal.mantissa === 0n) return -boundSign;
  const sign = decimal.negative ? -1 : 1;
  if (sign !== boundSign) return sign > boundSign ? 1 : -1;
  // |decimal| is in [10^(L-1+e), 10^(L+e)); |bound| = |p|/q is in (10^(Lp-1-Lq), 10^(Lp-Lq+1)).
  const { exponent10 } = decimal;
  const length = decimal.mantissa.toString().length;
  const boundNumLength = (bound.num < 0n ? -bound.num : bound.num).toString().length;
  const boundDenLength = bound.den.toString().length;
  if (length - 1 + exponent10 >= boundNumLength - boundDenLength + 1) return sign;
  if (length + exponent10 <= boundNumLength - 1 - boundDenLength) return -sign;
  // Within a few powers of ten of the bound: the exponent is about as large as the bound's own digits.
  return compare(unreducedFraction(decimal), bound);
}
