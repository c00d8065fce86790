// Outputs the size of the default output limit (64 MiB is the cap; 50 MB is typical of big
// tests). These tests check the walks stay linear and correct at that size; the timeout is
// the only clock, since timing assertions are flaky on a shared machine.

import { describe, expect, it } from 'vitest';
import { checkerFor } from './index.js';

const FIFTY_MB = 50 * 1024 * 1024;

/** A flat copy, like a decoded Buffer: what the judge hands checkers. repeat() builds ropes. */
function flat(text: string): string {
  return Buffer.from(text, 'latin1').toString('latin1');
}

function check(spec: Parameters<typeof checkerFor>[0], expected: string, actual: string) {
  return checkerFor(spec)({ input: '', expected, actual });
}

describe('50 MB outputs', { timeout: 30_000 }, () => {
  const tokenCount = FIFTY_MB / 2;
  const spaced = flat('1 '.repeat(tokenCount));

  it('tokens: 26 million tokens spaced differently, then the last one wrong', () => {
    expect(check({ name: 'tokens' }, spaced, flat('1\n'.repeat(tokenCount)))).toEqual({ kind: 'accepted' });
    expect(check({ name: 'tokens' }, spaced, flat(`${spaced.slice(0, -2)}2\n`))).toEqual({
      kind: 'wrong',
      message: `token ${tokenCount}: expected "1", got "2"`,
    });
  });

  it('lines: 5 million CRLF lines against LF', () => {
    const lineCount = FIFTY_MB / 10;
    const lines = flat('1 2 3 4 5\n'.repeat(lineCount));
    expect(check({ name: 'lines' }, lines, flat('1 2 3 4 5 \r\n'.repeat(lineCount)))).toEqual({ kind: 'accepted' });
  });

  it('exact: one byte wrong at the very end', () => {
    const text = flat('x'.repeat(FIFTY_MB));
    expect(check({ name: 'exact' }, text, flat(`${text.slice(0, -1)}y`))).toEqual({
      kind: 'wrong',
      message: `first difference at byte offset ${FIFTY_MB - 1} (line 1, column ${FIFTY_MB}): expected "x", got "y"`,
    });
  });

  it('float: 4.8 million numbers that all differ in the last digit', () => {
    const count = Math.floor(FIFTY_MB / 11);
    const expected = flat('3.14159265 '.repeat(count));
    const actual = flat('3.14159266 '.repeat(count));
    expect(check({ name: 'float', absTolerance: 1e-6, relTolerance: 0 }, expected, actual)).toEqual({ kind: 'accepted' });
  });
});
