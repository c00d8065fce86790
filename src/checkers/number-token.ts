// Which tokens count as numbers for the float checker, and their values. Number() alone is
// too lenient (it reads "" as 0 and accepts "0x1A", "0b11" and "Infinity"), and slicing
// every token to hand it to Number() dominates the time on outputs of millions of numbers.

const PLUS = 43;
const MINUS = 45;
const DOT = 46;
const DIGIT_0 = 48;
const UPPER_E = 69;
const LOWER_E = 101;

/** Powers of ten that doubles hold exactly: 10^22 is the last. */
const EXACT_POWERS_OF_TEN = Array.from({ length: 23 }, (_, power) => 10 ** power);

/**
 * The value of text[start, end) when it is a decimal number the way C's printf or any
 * language writes one: an optional sign, digits with an optional decimal point (at least
 * one digit in all), an optional exponent. `3.14e-2`, `-0`, `+1.5`, `.5` and `5.` all count;
 * `inf`, `nan`, `0x1p3` and `1,5` do not. Too large a value reads as Infinity.
 */
export function parseDecimalNumber(text: string, start: number, end: number): number | undefined {
  let i = start;
  const negative = text.charCodeAt(i) === MINUS;
  if (negative || text.charCodeAt(i) === PLUS) i++;

  // The digits, read as one integer `mantissa` with the point ignored; `scale` is how many were after the point.
  let mantissa = 0;
  let digitCount = 0;
  let scale = 0;
  let afterPoint = false;
  for (; i < end; i++) {
    const code = text.charCodeAt(i);
    const digit = code - DIGIT_0;
    if (digit >= 0 && digit <= 9) {
      mantissa = mantissa * 10 + digit;
      digitCount++;
      if (afterPoint) scale++;
    } else if (code === DOT && !afterPoint) {
      afterPoint = true;
    } else {
      break;
    }
  }
  if (digitCount === 0) return undefined;

  let exponent = 0;
  if (i < end && (text.charCodeAt(i) === LOWER_E || text.charCodeAt(i) === UPPER_E)) {
    i++;
    const exponentNegative = text.charCodeAt(i) === MINUS;
    if (exponentNegative || text.charCodeAt(i) === PLUS) i++;
    const exponentStart = i;
    for (; i < end && isDigitCode(text.charCodeAt(i)); i++) exponent = exponent * 10 + (text.charCodeAt(i) - DIGIT_0);
    if (i === exponentStart) return undefined;
    if (exponentNegative) exponent = -exponent;
  }
  if (i !== end) return undefined;

  const value = exactValue(mantissa, exponent - scale) ?? Number(text.slice(start, end));
  // Number() has read the sign already; the fast path has not. -Math.abs also keeps "-0" as -0.
  return negative ? -Math.abs(value) : value;
}

/**
 * mantissa * 10^power when one IEEE operation on exact operands gives it, which makes it
 * correctly rounded, the same double Number() would return (Clinger's fast path).
 */
function exactValue(mantissa: number, power: number): number | undefined {
  if (mantissa > Number.MAX_SAFE_INTEGER) return undefined;
  const factor = EXACT_POWERS_OF_TEN[Math.abs(power)];
  if (factor === undefined) return undefined;
  return power < 0 ? mantissa / factor : mantissa * factor;
}

function isDigitCode(code: number): boolean {
  return code >= DIGIT_0 && code <= DIGIT_0 + 9;
}
