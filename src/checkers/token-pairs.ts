// Walks the tokens of the expected and the actual output side by side and stops only where
// they differ. A 50 MB output can hold 25 million tokens, so the walk builds no arrays or
// substrings, and skips the identical start of both outputs with one fast comparison.

import {
  countTokens,
  firstDifference,
  isWhitespaceCode as importedIsWhitespaceCode,
  tokenEnd,
  tokenStart,
} from './text-spans.js';

// Bound once to a local: the loop below calls it for every character, and test runners that
// turn imports into property reads (vitest) make an imported call several times slower.
const isWhitespaceCode = importedIsWhitespaceCode;

/** Why the walk stopped: a pair whose text differs, or one or both outputs ran out of tokens. */
export type PairStop = 'different' | 'expected-ended' | 'actual-ended' | 'both-ended';

export class TokenPairs {
  /** The current expected token is expected[expectedStart, expectedEnd); empty once expected ended. */
  expectedStart = 0;
  expectedEnd = 0;
  /** The current actual token is actual[actualStart, actualEnd); empty once actual ended. */
  actualStart = 0;
  actualEnd = 0;

  /** Both outputs are identical before this index, and it starts a token in both. */
  private readonly walkStart: number;
  private tokensBeforeWalkStart: number | undefined;
  /** Tokens paired since walkStart, the current one included. */
  private pairedTokens = 0;

  constructor(
    readonly expected: string,
    readonly actual: string,
  ) {
    this.walkStart = tokenStart(expected, firstDifference(expected, actual));
    this.expectedEnd = this.actualEnd = this.walkStart;
  }

  /** Moves to the next pair of tokens whose text differs, or to where an output runs out. */
  nextDifference(): PairStop {
    const { expected, actual } = this;
    let i = this.expectedEnd;
    let j = this.actualEnd;
    for (;;) {
      // charCodeAt past the end gives NaN: not whitespace, and not equal even to itself.
      let e = expected.charCodeAt(i);
      while (isWhitespaceCode(e)) e = expected.charCodeAt(++i);
      let a = actual.charCodeAt(j);
      while (isWhitespaceCode(a)) a = actual.charCodeAt(++j);
      const expectedEnded = i >= expected.length;
      const actualEnded = j >= actual.length;
      if (expectedEnded || actualEnded) {
        this.moveTo(i, expectedEnded ? i : tokenEnd(expected, i), j, actualEnded ? j : tokenEnd(actual, j));
        if (expectedEnded && actualEnded) return 'both-ended';
        return expectedEnded ? 'expected-ended' : 'actual-ended';
      }

      this.pairedTokens++;
      const pairStartExpected = i;
      const pairStartActual = j;
      while (e === a && !isWhitespaceCode(e)) {
        e = expected.charCodeAt(++i);
        a = actual.charCodeAt(++j);
      }
      if (endsToken(e) && endsToken(a)) continue;
      this.moveTo(pairStartExpected, tokenEnd(expected, i), pairStartActual, tokenEnd(actual, j));
      return 'different';
    }
  }

  expectedToken(): string {
    return this.expected.slice(this.expectedStart, this.expectedEnd);
  }

  actualToken(): string {
    return this.actual.slice(this.actualStart, this.actualEnd);
  }

  /** 1-based number of the current pair; after an output ended, how many tokens it held. */
  tokenNumber(): number {
    this.tokensBeforeWalkStart ??= countTokens(this.expected, 0, this.walkStart);
    return this.tokensBeforeWalkStart + this.pairedTokens;
  }

  /** How many tokens the expected output holds in all; for after the walk stopped at 'actual-ended'. */
  expectedTokenCount(): number {
    return this.tokenNumber() + countTokens(this.expected, this.expectedStart, this.expected.length);
  }

  private moveTo(expectedStart: number, expectedEnd: number, actualStart: number, actualEnd: number): void {
    this.expectedStart = expectedStart;
    this.expectedEnd = expectedEnd;
    this.actualStart = actualStart;
    this.actualEnd = actualEnd;
  }
}

function endsToken(code: number): boolean {
  return Number.isNaN(code) || isWhitespaceCode(code);
}
