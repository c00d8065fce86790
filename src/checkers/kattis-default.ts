// The Kattis/ICPC default output validator, as problemtools' default_validator defines it:
// whitespace-separated tokens, ASCII case ignored unless `case_sensitive`, whitespace
// ignored unless `space_change_sensitive` (then every whitespace character must match),
// and numbers compared with a tolerance when one is set and the judge's token reads as a
// finite double. Its options are the test's flags (Kattis `validator_flags` and
// `output_validator_flags`), so one checker serves every test of a package. Verdicts match
// default_validator built with glibc, with one deliberate exception: it compares tokens as
// C strings, cut at a NUL byte; here a NUL is a character like any other.

import { ACCEPTED, wrong, type Checker, type CheckInput, type CheckResult } from './checker.js';
import { compareTokenStreams } from './compare-tokens.js';
import { describeDifference, describeNothing, formatCompactNumber, plural, quote, shorten } from './messages.js';
import { parseDecimalNumber } from './number-token.js';
import type { TokenPairs } from './token-pairs.js';
import { countTokens, firstDifference, isWhitespaceCode, sameText, tokenEnd } from './text-spans.js';

export interface KattisDefaultOptions {
  caseSensitive: boolean;
  spaceChangeSensitive: boolean;
  /** Negative when unset, as in problemtools: no difference is ever within a negative tolerance. */
  absTolerance: number;
  relTolerance: number;
}

export type ParsedKattisFlags = { kind: 'ok'; options: KattisDefaultOptions } | { kind: 'invalid'; message: string };

const KNOWN_FLAGS = 'case_sensitive, space_change_sensitive, float_absolute_tolerance E, float_relative_tolerance E, float_tolerance E';

/** Reads the flags the way default_validator reads its argv; a mistake is what it would call a judge error. */
export function parseKattisDefaultFlags(flags: readonly string[]): ParsedKattisFlags {
  const options: KattisDefaultOptions = { caseSensitive: false, spaceChangeSensitive: false, absTolerance: -1, relTolerance: -1 };
  for (let index = 0; index < flags.length; index++) {
    const flag = flags[index] ?? '';
    if (flag === 'case_sensitive') options.caseSensitive = true;
    else if (flag === 'space_change_sensitive') options.spaceChangeSensitive = true;
    else if (flag === 'float_absolute_tolerance' || flag === 'float_relative_tolerance' || flag === 'float_tolerance') {
      const valueText = flags[++index];
      const value = valueText === undefined ? undefined : scanFiniteDouble(valueText, 0, valueText.length);
      if (value === undefined) {
        const got = valueText === undefined ? 'nothing' : JSON.stringify(valueText);
        return { kind: 'invalid', message: `validator flag ${flag} needs a number after it, got ${got}` };
      }
      if (flag !== 'float_relative_tolerance') options.absTolerance = value;
      if (flag !== 'float_absolute_tolerance') options.relTolerance = value;
    } else {
      return { kind: 'invalid', message: `unknown validator flag ${JSON.stringify(flag)} (the default validator knows ${KNOWN_FLAGS})` };
    }
  }
  return { kind: 'ok', options };
}

export const checkKattisDefault: Checker = (check) => {
  const parsed = parseKattisDefaultFlags(check.flags ?? []);
  if (parsed.kind === 'invalid') return { kind: 'checker-failed', message: parsed.message };
  if (check.expected === check.actual) return ACCEPTED;
  const compare = tokenComparison(parsed.options);
  return parsed.options.spaceChangeSensitive ? compareSpaceSensitive(check, compare) : compareTokenStreams(check, compare);
};

/** The parts of TokenPairs a comparison reads, so the space-sensitive walk can offer them too. */
type TokenPair = Pick<TokenPairs, 'expected' | 'expectedStart' | 'expectedEnd' | 'actual' | 'actualStart' | 'actualEnd' | 'tokenNumber' | 'expectedToken' | 'actualToken'>;

/** Judges a pair of tokens whose text differs: the message, or undefined when they count as equal. */
type Comparison = (pair: TokenPair) => string | undefined;

function tokenComparison({ caseSensitive, absTolerance, relTolerance }: KattisDefaultOptions): Comparison {
  const useFloats = absTolerance >= 0 || relTolerance >= 0;
  return (pair) => {
    const { expected, expectedStart, expectedEnd, actual, actualStart, actualEnd } = pair;
    const expectedValue = useFloats ? scanFiniteDouble(expected, expectedStart, expectedEnd) : undefined;
    if (expectedValue !== undefined) {
      const where = `token ${pair.tokenNumber()}: expected ${shorten(pair.expectedToken())} (${describeTolerance(absTolerance, relTolerance)})`;
      const actualValue = scanFiniteDouble(actual, actualStart, actualEnd);
      if (actualValue === undefined) return `${where}, got ${quote(pair.actualToken())}, which is not a finite number`;
      // Exactly default_validator's test, in doubles, without any slack for parse rounding.
      const difference = Math.abs(expectedValue - actualValue);
      if (difference <= absTolerance || difference <= relTolerance * Math.abs(expectedValue)) return undefined;
      const allowed = Math.max(absTolerance, relTolerance * Math.abs(expectedValue));
      return `${where}, got ${shorten(pair.actualToken())} (diff ${formatCompactNumber(roundAbove(difference, allowed))})`;
    }
    const sameIgnoringCase = equalIgnoringAsciiCase(expected, expectedStart, expectedEnd, actual, actualStart, actualEnd);
    if (sameIgnoringCase && !caseSensitive) return undefined;
    const message = describeDifference(`token ${pair.tokenNumber()}`, pair.expectedToken(), pair.actualToken(), 'character');
    return sameIgnoringCase ? `${message} (case_sensitive is set)` : message;
  };
}

/**
 * space_change_sensitive: the whitespace between tokens (and before the first and after the
 * last) must be the same characters in the same amount, "\r" included.
 */
function compareSpaceSensitive({ expected, actual }: CheckInput, compare: Comparison): CheckResult {
  // Both outputs are identical before `start`, which begins a whitespace run after a token (or is 0).
  let start = firstDifference(expected, actual);
  while (start > 0 && !isWhitespaceCode(expected.charCodeAt(start - 1))) start--;
  while (start > 0 && isWhitespaceCode(expected.charCodeAt(start - 1))) start--;
  const walk = new SpaceWalk(expected, actual, start, countTokens(expected, 0, start));
  for (;;) {
    const runsDiffer = !walk.skipWhitespace();
    const expectedEnded = walk.expectedEnd >= expected.length;
    const actualEnded = walk.actualEnd >= actual.length;
    if (expectedEnded && actualEnded && !runsDiffer) return ACCEPTED;
    if (expectedEnded && !actualEnded) return wrong(describeExtraToken(walk));
    if (actualEnded && !expectedEnded) return wrong(describeMissingTokens(walk));
    if (runsDiffer) return wrong(describeWhitespace(walk, expectedEnded));
    walk.nextToken();
    const message = sameText(expected, walk.expectedStart, walk.expectedEnd, actual, walk.actualStart, walk.actualEnd) ? undefined : compare(walk);
    if (message !== undefined) return wrong(message);
  }
}

class SpaceWalk implements TokenPair {
  /** The current span: a whitespace run after skipWhitespace, a token after nextToken. */
  expectedStart: number;
  expectedEnd: number;
  actualStart: number;
  actualEnd: number;

  constructor(readonly expected: string, readonly actual: string, start: number, private tokensBefore: number) {
    this.expectedStart = this.expectedEnd = this.actualStart = this.actualEnd = start;
  }

  /** Moves over the whitespace runs that follow; true when they are the same characters. */
  skipWhitespace(): boolean {
    this.expectedStart = this.expectedEnd;
    this.actualStart = this.actualEnd;
    while (isWhitespaceCode(this.expected.charCodeAt(this.expectedEnd))) this.expectedEnd++;
    while (isWhitespaceCode(this.actual.charCodeAt(this.actualEnd))) this.actualEnd++;
    return sameText(this.expected, this.expectedStart, this.expectedEnd, this.actual, this.actualStart, this.actualEnd);
  }

  nextToken(): void {
    this.expectedStart = this.expectedEnd;
    this.actualStart = this.actualEnd;
    this.expectedEnd = tokenEnd(this.expected, this.expectedStart);
    this.actualEnd = tokenEnd(this.actual, this.actualStart);
    this.tokensBefore++;
  }

  /** 1-based number of the current token; between tokens, how many came before. */
  tokenNumber(): number {
    return this.tokensBefore;
  }

  expectedToken(): string {
    return this.expected.slice(this.expectedStart, this.expectedEnd);
  }

  actualToken(): string {
    return this.actual.slice(this.actualStart, this.actualEnd);
  }
}

function describeWhitespace(walk: SpaceWalk, expectedEnded: boolean): string {
  const count = walk.tokenNumber();
  const where = count === 0 ? (expectedEnded ? 'whitespace' : 'whitespace before token 1') : expectedEnded ? `whitespace after the last token (${count})` : `whitespace after token ${count}`;
  return describeDifference(where, walk.expectedToken(), walk.actualToken(), 'character');
}

function describeExtraToken(walk: SpaceWalk): string {
  const extra = quote(walk.actual.slice(walk.actualEnd, tokenEnd(walk.actual, walk.actualEnd)));
  const count = walk.tokenNumber();
  return count === 0 ? `expected no output, got ${extra}` : `extra output after token ${count}: ${extra}`;
}

function describeMissingTokens(walk: SpaceWalk): string {
  const count = walk.tokenNumber();
  if (count === 0) return `${describeNothing(walk.actual)}, expected ${quote(walk.expected.slice(walk.expectedEnd, tokenEnd(walk.expected, walk.expectedEnd)))}`;
  return `output ends after ${plural(count, 'token')}, expected ${count + countTokens(walk.expected, walk.expectedEnd, walk.expected.length)}`;
}

function equalIgnoringAsciiCase(a: string, aStart: number, aEnd: number, b: string, bStart: number, bEnd: number): boolean {
  if (aEnd - aStart !== bEnd - bStart) return false;
  for (let i = aStart, j = bStart; i < aEnd; i++, j++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(j);
    if (x !== y && foldAsciiCase(x) !== foldAsciiCase(y)) return false;
  }
  return true;
}

/** strcasecmp in the "C" locale folds A-Z only; "É" and "é" stay different. */
function foldAsciiCase(code: number): number {
  return code >= 65 && code <= 90 ? code + 32 : code;
}

function describeTolerance(absTolerance: number, relTolerance: number): string {
  const parts = [];
  if (absTolerance >= 0) parts.push(`abs ${formatCompactNumber(absTolerance)}`);
  if (relTolerance >= 0) parts.push(`rel ${formatCompactNumber(relTolerance)}`);
  return parts.join(', ');
}

/** Fewest significant digits (at least 2) that still show the difference above what was allowed. */
function roundAbove(difference: number, allowed: number): number {
  for (let digits = 2; digits < 17; digits++) {
    const rounded = Number(difference.toPrecision(digits));
    if (rounded > allowed) return rounded;
  }
  return difference;
}

// What glibc's sscanf("%lf%10s") accepts as a whole token, beyond plain decimals: an exponent
// marker without digits ("1e", "2.5E+": the digits before it are the value) and C99 hex
// floats ("0x1.8p1", "0x.", "0x1p"). inf and nan read as numbers but are not finite.
const DANGLING_EXPONENT = /^([+-]?(?:\d+\.?\d*|\.\d+))[eE][+-]?$/;
const HEX_FLOAT = /^([+-]?)0[xX](?:([0-9a-fA-F]+)(?:\.([0-9a-fA-F]*))?|\.([0-9a-fA-F]+))(?:[pP]([+-]?\d*))?$|^([+-]?)0[xX]\.$/;

/**
 * The value of text[start, end) when default_validator's isfloat() accepts it: the whole
 * token reads as a double and the double is finite. Otherwise undefined.
 */
export function scanFiniteDouble(text: string, start: number, end: number): number | undefined {
  const value = parseDecimalNumber(text, start, end) ?? scanUnusualDouble(text.slice(start, end));
  return value !== undefined && Number.isFinite(value) ? value : undefined;
}

function scanUnusualDouble(token: string): number | undefined {
  const dangling = DANGLING_EXPONENT.exec(token);
  if (dangling?.[1] !== undefined) return parseDecimalNumber(dangling[1], 0, dangling[1].length);
  const hex = HEX_FLOAT.exec(token);
  if (hex === null) return undefined;
  if (hex[6] !== undefined) return hex[6] === '-' ? -0 : 0;
  const fraction = hex[3] ?? hex[4] ?? '';
  // BigInt to Number rounds to nearest; scaling by powers of two is then exact unless the
  // result is subnormal. Steps of at most 2^1000 keep every factor finite.
  let value = Number(BigInt(`0x${hex[2] ?? ''}${fraction}`));
  let exponent = Math.max(-3000, Math.min(3000, Number.parseInt(hex[5] || '0', 10) || 0)) - 4 * fraction.length;
  while (exponent !== 0) {
    const step = Math.max(-1000, Math.min(1000, exponent));
    value *= 2 ** step;
    exponent -= step;
  }
  return hex[1] === '-' ? -value : value;
}
