// The token walk that the tokens and float checkers share: pair up expected and actual
// tokens in order, and say which pair differs first or which side runs out early.

import { ACCEPTED, wrong, type CheckInput, type CheckResult } from './checker.js';
import { describeNothing, plural, quote } from './messages.js';
import { TokenPairs } from './token-pairs.js';

/**
 * Judges a pair of tokens whose text differs: the whole message, starting with "token N",
 * or undefined when the pair is acceptable anyway (two numbers close enough).
 */
export type TokenComparison = (pairs: TokenPairs) => string | undefined;

export function compareTokenStreams(check: CheckInput, compareDifferentTokens: TokenComparison): CheckResult {
  // Identical outputs are the common case, and one string comparison settles them.
  if (check.expected === check.actual) return ACCEPTED;
  const pairs = new TokenPairs(check.expected, check.actual);
  for (;;) {
    switch (pairs.nextDifference()) {
      case 'both-ended':
        return ACCEPTED;
      case 'actual-ended':
        return wrong(describeMissingTokens(pairs));
      case 'expected-ended':
        return wrong(describeExtraTokens(pairs));
      case 'different': {
        const message = compareDifferentTokens(pairs);
        if (message !== undefined) return wrong(message);
      }
    }
  }
}

function describeMissingTokens(pairs: TokenPairs): string {
  const actualTokenCount = pairs.tokenNumber();
  if (actualTokenCount === 0) return `${describeNothing(pairs.actual)}, expected ${quote(pairs.expectedToken())}`;
  return `output ends after ${plural(actualTokenCount, 'token')}, expected ${pairs.expectedTokenCount()}`;
}

function describeExtraTokens(pairs: TokenPairs): string {
  const expectedTokenCount = pairs.tokenNumber();
  if (expectedTokenCount === 0) return `expected no output, got ${quote(pairs.actualToken())}`;
  return `extra output after token ${expectedTokenCount}: ${quote(pairs.actualToken())}`;
}
