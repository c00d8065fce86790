import { describe, expect, it } from 'vitest';
import { checkExact } from './exact.js';

function check(expected: string, actual: string) {
  return checkExact({ input: '', expected, actual });
}

describe('checkExact', () => {
  it.each([
    ['identical', '1 2\n3\n'],
    ['empty', ''],
    ['whitespace and CRLF kept as they are', ' a \r\n\tb\r\n'],
  ])('accepts %s output', (_, text) => {
    expect(check(text, text)).toEqual({ kind: 'accepted' });
  });

  it.each([
    ['a missing final newline', '1 2\n', '1 2', 'output ends at byte offset 3 (line 1, column 4), expected "\\n"'],
    ['CRLF for LF', '1 2\n', '1 2\r\n', 'first difference at byte offset 3 (line 1, column 4): expected "\\n", got "\\r\\n"'],
    ['a trailing space', '1 2\n', '1 2 \n', 'first difference at byte offset 3 (line 1, column 4): expected "\\n", got " \\n"'],
    ['a different digit on line 2', '1 2\n3 4\n', '1 2\n3 5\n', 'first difference at byte offset 6 (line 2, column 3): expected "4\\n", got "5\\n"'],
    ['extra output', 'ab\ncd', 'ab\ncdef', 'extra output at byte offset 5 (line 2, column 3): "ef"'],
    ['an empty output', '6\n', '', 'output is empty, expected "6\\n"'],
  ])('rejects %s', (_, expected, actual, message) => {
    expect(check(expected, actual)).toEqual({ kind: 'wrong', message });
  });

  it('counts byte offsets in UTF-8, down to the first differing byte of a character', () => {
    // "é" is C3 A9 and "è" is C3 A8: they share their first byte.
    expect(check('héllo', 'hèllo')).toEqual({
      kind: 'wrong',
      message: 'first difference at byte offset 2 (line 1, column 2): expected "éllo", got "èllo"',
    });
    // U+1F600 is F0 9F 98 80 and U+1F601 is F0 9F 98 81; in UTF-16 they differ in the second unit.
    expect(check('a\u{1F600}', 'a\u{1F601}')).toEqual({
      kind: 'wrong',
      message: 'first difference at byte offset 4 (line 1, column 2): expected "\u{1F600}", got "\u{1F601}"',
    });
  });

  it('finds differences far past the first compared slice', () => {
    const shared = 'abcdefghi\n'.repeat(10_000);
    expect(check(`${shared}x`, `${shared}y`)).toEqual({
      kind: 'wrong',
      message: 'first difference at byte offset 100000 (line 10001, column 1): expected "x", got "y"',
    });
  });

  it('shows at most 40 characters of each output from the difference on', () => {
    const result = check(`${'a'.repeat(100)}`, `${'a'.repeat(50)}${'b'.repeat(50)}`);
    expect(result).toEqual({
      kind: 'wrong',
      message: `first difference at byte offset 50 (line 1, column 51): expected "${'a'.repeat(40)}"..., got "${'b'.repeat(40)}"...`,
    });
  });
});
