import { describe, expect, it } from 'vitest';
import { checkLines } from './lines.js';

function check(expected: string, actual: string) {
  return checkLines({ input: '', expected, actual });
}

describe('checkLines', () => {
  it.each([
    ['identical', '1 2\n3\n', '1 2\n3\n'],
    ['CRLF against LF', '1 2\n3\n', '1 2\r\n3\r\n'],
    ['trailing spaces and tabs', '1 2\n3\n', '1 2  \n3\t\n'],
    ['a missing final newline', '1 2\n3\n', '1 2\n3'],
    ['extra blank lines at the end', '1 2\n3\n', '1 2\n3\n\n  \n\r\n'],
    ['blank lines missing at the end', '1\n\n\n', '1'],
    ['a trailing carriage return only', '1', '1\r'],
    ['both empty', '', ''],
    ['blank against empty', '\n\n', ''],
  ])('accepts %s', (_, expected, actual) => {
    expect(check(expected, actual)).toEqual({ kind: 'accepted' });
  });

  it.each([
    ['a different line', 'a\n1 2\n', 'a\r\n1 3  \n', 'line 2: expected "1 2", got "1 3"'],
    ['leading spaces', '1 2\n', '  1 2\n', 'line 1: expected "1 2", got "  1 2"'],
    ['inner spaces', '1 2\n', '1  2\n', 'line 1: expected "1 2", got "1  2"'],
    ['tokens split over lines', '1 2\n', '1\n2\n', 'line 1: expected "1 2", got "1"'],
    ['a missing blank line in the middle', 'a\n\nb\n', 'a\nb\n', 'line 2: expected "", got "b"'],
    ['a lone carriage return inside a line', 'a b', 'a\rb', 'line 1: expected "a b", got "a\\rb"'],
    ['missing lines', 'a\nb\nc\n', 'a\n', 'output ends after 1 line, expected 3'],
    ['an extra line', 'a\nb\n', 'a\nb\n9\n', 'extra output after line 2: "9"'],
    ['an extra line after blank ones', 'a\nb\n', 'a\nb\n\n\n9\n', 'extra output after line 2: "9" (line 5)'],
    ['an empty output', '6\n', '', 'output is empty, expected "6"'],
    ['an output of only whitespace', '\n6\n', '\r\n \n', 'output has only whitespace, expected "6"'],
    ['output where none is expected', '', '\n9', 'expected no output, got "9"'],
  ])('rejects %s', (_, expected, actual, message) => {
    expect(check(expected, actual)).toEqual({ kind: 'wrong', message });
  });

  it('names the column when the difference lies far into a long line', () => {
    const prefix = 'x'.repeat(100);
    expect(check(`${prefix}abc\n`, `${prefix}abd\n`)).toEqual({
      kind: 'wrong',
      message: 'line 1, column 103: expected "c", got "d"',
    });
  });

  it('counts lines from the start when the outputs share a long identical beginning', () => {
    const shared = '1 2 3\n'.repeat(30_000);
    expect(check(`${shared}4 5\n`, `${shared}4 6\n`)).toEqual({ kind: 'wrong', message: 'line 30001: expected "4 5", got "4 6"' });
    expect(check(`${shared}4 5\n`, shared)).toEqual({ kind: 'wrong', message: 'output ends after 30000 lines, expected 30001' });
    expect(check(shared, `${shared}\n9`)).toEqual({ kind: 'wrong', message: 'extra output after line 30000: "9" (line 30002)' });
  });

  it('starts at the line holding the first difference even when it lies at offset 0', () => {
    expect(check('\n1\n', 'x\n1\n')).toEqual({ kind: 'wrong', message: 'line 1: expected "", got "x"' });
  });
});
