// The default checker: the outputs must hold the same whitespace-separated tokens, in the
// same order, letter for letter (case matters). How the tokens are spaced does not.

import type { Checker } from './checker.js';
import { compareTokenStreams } from './compare-tokens.js';
import { describeDifference } from './messages.js';
import type { TokenPairs } from './token-pairs.js';

export const checkTokens: Checker = (check) => compareTokenStreams(check, describeTokenDifference);

/** The message for two tokens that differ as text; the float checker uses it for tokens that are not numbers. */
export function describeTokenDifference(pairs: TokenPairs): string {
  return describeDifference(`token ${pairs.tokenNumber()}`, pairs.expectedToken(), pairs.actualToken(), 'character');
}
