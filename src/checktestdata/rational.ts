// Exact fractions of bigints. checktestdata compares floats against their bounds; the
// reference uses GMP floats of a few hundred bits, we use exact fractions so that a bound
// like 0.1 means exactly one tenth and no input near it is accepted or refused by rounding.

/**
 * num/den with den > 0. Results of arithmetic are in lowest terms (`rational` reduces);
 * floats read from the input are kept as written, digits over a power of ten, so that
 * reading a million of them costs no gcd. Nothing but `reduce` relies on lowest terms.
 */
export class Rational {
  constructor(
    readonly num: bigint,
    readonly den: bigint,
  ) {}
}

const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

export function rational(num: bigint, den: bigint = 1n): Rational {
  if (den === 0n) throw new RangeError('division by zero');
  if (den < 0n) {
    num = -num;
    den = -den;
  }
  if (den === 1n) return new Rational(num, den);
  const divisor = gcd(num < 0n ? -num : num, den);
  return divisor === 1n ? new Rational(num, den) : new Rational(num / divisor, den / divisor);
}

/** Greatest common divisor of two non-negative bigints; doubles when both fit, as that is ten times faster. */
export function gcd(a: bigint, b: bigint): bigint {
  if (a <= MAX_SAFE && b <= MAX_SAFE) {
    let x = Number(a);
    let y = Number(b);
    while (y !== 0) {
      const rest = x % y;
      x = y;
      y = rest;
    }
    return BigInt(x);
  }
  while (b !== 0n) {
    const rest = a % b;
    a = b;
    b = rest;
  }
  return a;
}

/** The same fraction in lowest terms. */
export function reduce(a: Rational): Rational {
  return rational(a.num, a.den);
}

export function add(a: Rational, b: Rational): Rational {
  if (a.den === b.den) return rational(a.num + b.num, a.den);
  return rational(a.num * b.den + b.num * a.den, a.den * b.den);
}

export function subtract(a: Rational, b: Rational): Rational {
  return add(a, negate(b));
}

export function multiply(a: Rational, b: Rational): Rational {
  return rational(a.num * b.num, a.den * b.den);
}

/** Throws a RangeError when b is zero. */
export function divide(a: Rational, b: Rational): Rational {
  return rational(a.num * b.den, a.den * b.num);
}

export function negate(a: Rational): Rational {
  return new Rational(-a.num, a.den);
}

/** a^exponent for exponent >= 0; the caller bounds the size of the result. */
export function power(a: Rational, exponent: bigint): Rational {
  // Powers of a fraction in lowest terms stay in lowest terms.
  return new Rational(a.num ** exponent, a.den ** exponent);
}

/** -1, 0 or 1. */
export function compare(a: Rational, b: Rational): number {
  const left = a.num * b.den;
  const right = b.num * a.den;
  return left < right ? -1 : left > right ? 1 : 0;
}

/** Exactly digits * 10^exponent10, e.g. (15n, -1) is 1.5. */
export function fromDecimal(digits: bigint, exponent10: number): Rational {
  return exponent10 >= 0 ? new Rational(digits * powerOfTen(exponent10), 1n) : rational(digits, powerOfTen(-exponent10));
}

const smallPowersOfTen: bigint[] = [1n];

export function powerOfTen(exponent: number): bigint {
  if (exponent < 64) {
    while (smallPowersOfTen.length <= exponent) smallPowersOfTen.push(smallPowersOfTen[smallPowersOfTen.length - 1]! * 10n);
    return smallPowersOfTen[exponent]!;
  }
  return 10n ** BigInt(exponent);
}

/** Number of binary digits of |x|; 0 for 0. Linear in the size of x, cheap next to arithmetic on it. */
export function bitLength(x: bigint): number {
  if (x < 0n) x = -x;
  if (x === 0n) return 0;
  const hex = x.toString(16);
  return (hex.length - 1) * 4 + (32 - Math.clz32(parseInt(hex[0]!, 16)));
}
