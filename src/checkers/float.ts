// Tokens, except that where the expected output holds a number, the actual number only has
// to be close: within the absolute OR the relative tolerance, like the Kattis default
// validator's float_tolerance. Expected tokens that are not finite numbers (words, inf,
// nan) must match as text.

import type { Checker } from './checker.js';
import { compareTokenStreams, type TokenComparison } from './compare-tokens.js';
import { formatCompactNumber, quote, shorten } from './messages.js';
import { parseDecimalNumber } from './number-token.js';
import { describeTokenDifference } from './tokens.js';

export interface FloatTolerance {
  /** Accept when |actual - expected| <= absTolerance. */
  absTolerance: number;
  /** Accept when |actual - expected| <= relTolerance * |expected|. */
  relTolerance: number;
}

/**
 * Reading "1.1" and "1" into doubles moves their difference by up to about one unit in the
 * last place of the larger. Allowing that much keeps the boundary where it is on paper:
 * 1.1 against 1 with abs 0.1 is accepted, though 1.1 - 1 computes to 0.10000000000000009.
 */
const PARSE_ROUNDING = 2 * Number.EPSILON;

export function createFloatChecker(tolerance: FloatTolerance): Checker {
  assertValidTolerance(tolerance);
  const shownTolerance = describeTolerance(tolerance);

  const compareDifferentTokens: TokenComparison = (pairs) => {
    const expectedValue = parseDecimalNumber(pairs.expected, pairs.expectedStart, pairs.expectedEnd);
    if (expectedValue === undefined || !Number.isFinite(expectedValue)) return describeTokenDifference(pairs);

    const actualValue = parseDecimalNumber(pairs.actual, pairs.actualStart, pairs.actualEnd);
    if (actualValue !== undefined && isWithin(tolerance, expectedValue, actualValue)) return undefined;
    const where = `token ${pairs.tokenNumber()}: expected ${shorten(pairs.expectedToken())} (${shownTolerance})`;
    if (actualValue === undefined) return `${where}, got ${quote(pairs.actualToken())}, which is not a number`;
    const difference = Math.abs(actualValue - expectedValue);
    const shownDifference = roundAboveAllowed(difference, allowedDifference(tolerance, expectedValue));
    return `${where}, got ${shorten(pairs.actualToken())} (diff ${formatCompactNumber(shownDifference)})`;
  };

  return (check) => compareTokenStreams(check, compareDifferentTokens);
}

function isWithin(tolerance: FloatTolerance, expected: number, actual: number): boolean {
  // An actual that overflowed (1e400) would otherwise pass through the Infinity slack below.
  if (!Number.isFinite(actual)) return false;
  const difference = Math.abs(actual - expected);
  const slack = PARSE_ROUNDING * Math.max(Math.abs(expected), Math.abs(actual));
  return difference <= allowedDifference(tolerance, expected) + slack;
}

function allowedDifference({ absTolerance, relTolerance }: FloatTolerance, expected: number): number {
  return Math.max(absTolerance, relTolerance * Math.abs(expected));
}

/**
 * The difference with two significant digits (8.4e-3), or as many more as it takes to show
 * it above the allowed difference: "diff 0.1" would read as accepted against "abs 0.1".
 */
function roundAboveAllowed(difference: number, allowed: number): number {
  for (let digits = 2; digits < 17; digits++) {
    const rounded = Number(difference.toPrecision(digits));
    if (rounded > allowed) return rounded;
  }
  return difference;
}

/** "abs 1e-6, rel 1e-6"; a zero tolerance is left out. */
function describeTolerance({ absTolerance, relTolerance }: FloatTolerance): string {
  const parts = [];
  if (absTolerance > 0) parts.push(`abs ${formatCompactNumber(absTolerance)}`);
  if (relTolerance > 0) parts.push(`rel ${formatCompactNumber(relTolerance)}`);
  return parts.length > 0 ? parts.join(', ') : 'no tolerance';
}

/** A negative or NaN tolerance is a bug in whoever built the spec: the problem loader validates user input. */
function assertValidTolerance({ absTolerance, relTolerance }: FloatTolerance): void {
  if (!(absTolerance >= 0) || !(relTolerance >= 0)) {
    throw new RangeError(`float checker tolerances must be >= 0, got abs ${absTolerance}, rel ${relTolerance}`);
  }
}
