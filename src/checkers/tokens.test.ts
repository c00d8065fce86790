import { describe, expect, it } from 'vitest';
import { checkTokens } from './tokens.js';

function check(expected: string, actual: string) {
  return checkTokens({ input: '', expected, actual });
}

describe('checkTokens', () => {
  it.each([
    ['identical', '1 2 3\n', '1 2 3\n'],
    ['different spacing', '1 2 3\n', '1   2\t3'],
    ['tokens moved across newlines', '1 2\n3 4\n', '1\n2 3\n4'],
    ['CRLF line ends', '1 2\n3\n', '1 2\r\n3\r\n'],
    ['vertical tab and form feed', '1 2 3', '1\v2\f3'],
    ['trailing spaces and blank lines', '6\n', '6   \n\n\n'],
    ['leading whitespace', '6', '\n\n  6'],
    ['both empty', '', ''],
    ['expected empty, actual only whitespace', '', ' \n\t'],
  ])('accepts %s', (_, expected, actual) => {
    expect(check(expected, actual)).toEqual({ kind: 'accepted' });
  });

  it.each([
    ['a different token', '1 2 6', '1 2 7', 'token 3: expected "6", got "7"'],
    ['a different letter case', 'Yes', 'yes', 'token 1: expected "Yes", got "yes"'],
    ['a token that is a prefix of the expected one', '123', '12', 'token 1: expected "123", got "12"'],
    ['negative zero as text', '0', '-0', 'token 1: expected "0", got "-0"'],
    ['a no-break space, which does not separate tokens', '1 2', '1\u00a02', 'token 1: expected "1", got "1\u00a02"'],
    ['an empty output', '6', '', 'output is empty, expected "6"'],
    ['an output of only whitespace', '6\n', ' \r\n', 'output has only whitespace, expected "6"'],
    ['a missing token', '1 2 3', '1 2\n', 'output ends after 2 tokens, expected 3'],
    ['missing tokens after one', '1 2 3', '1', 'output ends after 1 token, expected 3'],
    ['an extra token', '1 2 3\n', '1 2 3 9\n', 'extra output after token 3: "9"'],
    ['output where none is expected', '\n', '9', 'expected no output, got "9"'],
  ])('rejects %s', (_, expected, actual, message) => {
    expect(check(expected, actual)).toEqual({ kind: 'wrong', message });
  });

  it('quotes tokens so quotes and backslashes stay readable', () => {
    expect(check('"a"', 'a\\')).toEqual({ kind: 'wrong', message: 'token 1: expected "\\"a\\"", got "a\\\\"' });
  });

  it('cuts long tokens and names where they differ', () => {
    const expected = `${'x'.repeat(100)}a`;
    const actual = `${'x'.repeat(100)}b`;
    expect(check(expected, actual)).toEqual({ kind: 'wrong', message: 'token 1, character 101: expected "a", got "b"' });
    expect(check('a'.repeat(100), 'b'.repeat(100))).toEqual({
      kind: 'wrong',
      message: `token 1: expected "${'a'.repeat(40)}"..., got "${'b'.repeat(40)}"...`,
    });
  });

  it('counts tokens from the start when the outputs share a long identical beginning', () => {
    const shared = '1 22 333\n'.repeat(20_000);
    expect(check(`${shared}4 5`, `${shared}4 6`)).toEqual({ kind: 'wrong', message: 'token 60002: expected "5", got "6"' });
    expect(check(`${shared}4 5`, `${shared}4`)).toEqual({ kind: 'wrong', message: 'output ends after 60001 tokens, expected 60002' });
    expect(check(`${shared}4`, `${shared}4 5`)).toEqual({ kind: 'wrong', message: 'extra output after token 60001: "5"' });
  });

  it('finds a difference inside a token that starts in the shared beginning', () => {
    expect(check('abcdef', 'abcdxf')).toEqual({ kind: 'wrong', message: 'token 1: expected "abcdef", got "abcdxf"' });
    expect(check('1 2 345', '1 2 34')).toEqual({ kind: 'wrong', message: 'token 3: expected "345", got "34"' });
  });
});
